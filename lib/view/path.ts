// View and theme <-> the internal path /v/[theme]/[view] that the proxy rewrites "/?..." to, so every view is
// rendered once and cached, and "/" itself stays prerendered. Values are [a-z0-9-], so "." and "~" are safe separators.
import { VIEW_KEYS, DEFAULT_VIEW, type ViewState } from "./state";
import { parseView, serializeView } from "./url";

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = "theme";

export function themeFromCookie(value: string | undefined): Theme {
  return value === "light" || value === "dark" ? value : "system";
}

/** "groupBy=year&dollars=constant" -> "groupBy.year~dollars.constant"; the default view is "default". */
export function viewSegment(view: ViewState): string {
  const qs = serializeView(view);
  return qs ? qs.replace(/=/g, ".").replace(/&/g, "~") : "default";
}

/** Names a broken link's unreadable settings may carry in its path: the view's own, or "other" (bounded, so cacheable). */
const KNOWN_PARAMS: readonly string[] = VIEW_KEYS;

function brokenSegment(params: string[]): string {
  const names = [...new Set(params.map((p) => (KNOWN_PARAMS.includes(p) ? p : "other")))].sort();
  return ["broken", ...names].join("~");
}

/** Reads a path segment back; null if it is not the canonical segment of a valid view (so caches hold one copy each). */
export function viewFromSegment(segment: string): { view: ViewState; broken: boolean; badParams: string[] } | null {
  if (segment === "broken" || segment.startsWith("broken~")) {
    const names = segment.split("~").slice(1);
    if (segment !== brokenSegment(names)) return null;
    return { view: { ...DEFAULT_VIEW }, broken: true, badParams: names };
  }
  if (segment === "default") return { view: { ...DEFAULT_VIEW }, broken: false, badParams: [] };
  if (!/^[A-Za-z]+\.[a-z0-9-]+(~[A-Za-z]+\.[a-z0-9-]+)*$/.test(segment)) return null;
  const { view, issues } = parseView(new URLSearchParams(segment.replace(/~/g, "&").replace(/\./g, "=")));
  if (issues.length || viewSegment(view) !== segment) return null;
  return { view, broken: false, badParams: [] };
}

/** Where the proxy sends a request for "/" with this query string and theme cookie; null to serve "/" as is. */
export function rewriteTarget(search: URLSearchParams, theme: Theme): string | null {
  const hasQuery = [...search.keys()].length > 0;
  if (!hasQuery && theme === "system") return null;
  const { view, issues } = parseView(search);
  return `/v/${theme}/${issues.length ? brokenSegment(issues.map((i) => i.param)) : viewSegment(view)}`;
}
