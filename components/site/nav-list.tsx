// The site's links, the current page marked: the wide header's row and the phone menu's list (rendered on the server).
import { NAV_LINKS, type NavKey } from "./nav-links";

export function NavList({ current, className }: { current?: NavKey; className?: string }) {
  return (
    <ul className={className}>
      {NAV_LINKS.map((l) => (
        <li key={l.key}>
          <a href={l.href} aria-current={l.key === current ? "page" : undefined}>
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
