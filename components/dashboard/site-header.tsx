// The site's header on every page: on the dashboard the page's title (h1) and the theme toggle, in one row so the
// first screen keeps its room for the charts; elsewhere (the 404 page) the site's name as a link home.
import { ThemeToggle } from "@/components/controls/theme-toggle";
import type { Theme } from "@/lib/view";

export function SiteHeader({ theme, title }: { theme?: Theme; title?: string }) {
  return (
    <header className="site-header">
      <div className="mx-auto max-w-6xl px-4 flex flex-wrap items-center justify-between gap-2">
        {title ? (
          <h1 className="page-title">{title}</h1>
        ) : (
          <a href="/" className="site-name">
            US aid to Cambodia
          </a>
        )}
        {theme && <ThemeToggle initial={theme} />}
      </div>
    </header>
  );
}
