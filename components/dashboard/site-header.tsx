// The site's header on every page (the dashboard, the reference page's kin and the 404 page): the site's name as a
// link home and, where the page is drawn per theme, the theme toggle.
import { ThemeToggle } from "@/components/controls/theme-toggle";
import type { Theme } from "@/lib/view";

export function SiteHeader({ theme }: { theme?: Theme }) {
  return (
    <header className="site-header">
      <div className="mx-auto max-w-6xl px-4 flex flex-wrap items-center justify-between gap-2">
        <a href="/" className="site-name">
          US aid to Cambodia
        </a>
        {theme && <ThemeToggle initial={theme} />}
      </div>
    </header>
  );
}
