// The site's header on every page: on the dashboard the page's title (h1) and the theme toggle, in one row so the
// first screen keeps its room for the charts; elsewhere the site's name as a link home. The site's pages are linked
// from every header: in a row on a laptop, behind one "Menu" disclosure on a phone.
import { ThemeToggle } from "@/components/controls/theme-toggle";
import type { NavKey } from "@/components/site/nav-links";
import { NavList } from "@/components/site/nav-list";
import { PhoneMenu } from "@/components/site/phone-menu";
import "@/components/site/site.css";
import type { Theme } from "@/lib/view";

export function SiteHeader({ theme, title, current }: { theme?: Theme; title?: string; current?: NavKey }) {
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
        <nav aria-label="Site" className="site-nav">
          <NavList current={current} className="nav-wide" />
          <PhoneMenu>
            <NavList current={current} />
          </PhoneMenu>
        </nav>
        {theme && <ThemeToggle initial={theme} />}
      </div>
    </header>
  );
}
