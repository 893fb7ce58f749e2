// View and theme <-> the internal path /v/[theme]/[view] that the proxy rewrites "/?..." to, so every view is
// rendered once and cached, and "/" itself stays prerendered. Values are [a-z0-9-] (a list's items joined by ","), so "."
// and "~" are safe separators.
import { VIEW_KEYS, DEFAULT_VIEW, type ViewState } from "./settings";
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

/** "broken~base~other", then the settings that were kept: "broken~base~dollars.constant". */
function brokenSegment(params: string[], kept: ViewState): string {
  const names = [...new Set(params.map((p) => (KNOWN_PARAMS.includes(p) ? p : "other")))].sort();
  const view = viewSegment(kept);
  return ["broken", ...names, ...(view === "default" ? [] : [view])].join("~");
}

/** Reads a path segment back; null if it is not the canonical segment of a valid view (so caches hold one copy each). */
export function viewFromSegment(segment: string): { view: ViewState; broken: boolean; badParams: string[] } | null {
  if (segment === "broken" || segment.startsWith("broken~")) {
    const tokens = segment.split("~").slice(1);
    const names = tokens.filter((t) => !t.includes("."));
    const keptSegment = tokens.filter((t) => t.includes(".")).join("~");
    const kept = keptSegment ? viewFromSegment(keptSegment) : { view: { ...DEFAULT_VIEW }, broken: false };
    if (!kept || kept.broken || segment !== brokenSegment(names, kept.view)) return null;
    return { view: kept.view, broken: true, badParams: names };
  }
  if (segment === "default") return { view: { ...DEFAULT_VIEW }, broken: false, badParams: [] };
  if (!/^[A-Za-z]+\.[a-z0-9,-]+(~[A-Za-z]+\.[a-z0-9,-]+)*$/.test(segment)) return null;
  const { view, issues } = parseView(new URLSearchParams(segment.replace(/~/g, "&").replace(/\./g, "=")));
  if (issues.length || viewSegment(view) !== segment) return null;
  return { view, broken: false, badParams: [] };
}

/**
 * The views whose pages are built once and kept: the default and every view that changes one setting from it (12 in
 * all, 36 with the themes). Every other view (millions: ranges x base years x combinations) is rendered per request
 * and never stored, so no walk through views can fill the disk or the page cache.
 */
export function canonicalViews(): ViewState[] {
  const d = DEFAULT_VIEW;
  return [
    d,
    ...(["year", "seed-period", "relations-phase", "span"] as const).map((groupBy) => ({ ...d, groupBy })),
    ...(["programme", "form"] as const).map((split) => ({ ...d, split })),
    { ...d, series: "seed" as const },
    { ...d, dollars: "constant" as const },
    { ...d, measure: "per-year" as const },
    { ...d, share: "absolute" as const },
    { ...d, compare: "dollars" as const },
  ];
}

const CANONICAL_SEGMENTS = new Set(canonicalViews().map(viewSegment));

export function isCanonicalSegment(segment: string): boolean {
  return CANONICAL_SEGMENTS.has(segment);
}

/** Where the proxy sends a request for "/" with this query string and theme cookie; null to serve "/" as is.
 * /v/... is the built and cached page of a canonical view, /r/... a page rendered for this request alone. */
export function rewriteTarget(search: URLSearchParams, theme: Theme): string | null {
  const hasQuery = [...search.keys()].length > 0;
  if (!hasQuery && theme === "system") return null;
  const { view, issues } = parseView(search);
  if (issues.length) return `/r/${theme}/${brokenSegment(issues.map((i) => i.param), view)}`;
  const segment = viewSegment(view);
  return `/${isCanonicalSegment(segment) ? "v" : "r"}/${theme}/${segment}`;
}
