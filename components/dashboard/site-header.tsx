// The site's header on every page: on the dashboard the page's title (h1) and the theme toggle, in one row so the
// first screen keeps its room for the charts; elsewhere the site's name as a link home. The site's pages are linked
// from every header: in a row on a laptop, behind one "Menu" disclosure on a phone.
import { ThemeToggle } from "@/components/controls/theme-toggle";
import type { NavKey } from "@/components/site/nav-links";
import { SiteNav } from "@/components/site/site-nav";
import "@/components/site/site.css";
import type { Theme } from "@/lib/view";

export function SiteHeader({ theme, title, current }: { theme?: Theme; title?: string; current?: NavKey }) {
  return (
    <header className="site-header">
      <div className="site-header-row">
        {title ? (
          <h1 className="page-title">{title}</h1>
        ) : (
          <a href="/" className="site-name">
            US aid to Cambodia
          </a>
        )}
        <SiteNav current={current} />
        {theme && <ThemeToggle initial={theme} />}
      </div>
    </header>
  );
}
