// A view <-> URL search params. Only what differs from the defaults goes in the URL, so links stay short and old
// links keep their meaning. Parsing is strict: every problem names the parameter and what it allows.
import { MAX_VALUE_LENGTH, parseQuery, type QueryIssue, type QuerySpec, type QueryValues } from "../api/query";
import { canonicalCountries, DEFAULT_VIEW, SETTINGS, settingApplies, VIEW_KEYS, type ViewKey, type ViewState } from "./settings";
import { crossFieldIssues, normaliseView } from "./state";

/** Every view setting as a query parameter: the settings table is a query spec. */
const VIEW_PARAMS = SETTINGS satisfies QuerySpec;

/** The settings /api/aid takes (the chart-only ones, share and compare, do not change its rows). */
export const AID_VIEW_KEYS = ["series", "groupBy", "split", "from", "to", "dollars", "base", "measure", "averageOver"] as const satisfies readonly ViewKey[];

/** Parameters that link shorteners and mailers append; a shared link with them still shows its view. */
function isTrackingParam(name: string): boolean {
  return /^utm_[a-z]+$/.test(name) || ["fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "ref"].includes(name);
}

type Picked<K extends ViewKey> = { [P in K]: (typeof VIEW_PARAMS)[P] };

/**
 * Parses the view settings `keys` of a query plus `extra` parameters of the caller's own (format, theme, width...).
 * Unknown, repeated, over-long or out-of-range values and broken cross-setting rules are issues.
 */
export function parseViewQuery<K extends ViewKey, E extends QuerySpec>(
  params: URLSearchParams,
  keys: readonly K[],
  extra: E,
): { ok: true; view: ViewState; given: Partial<ViewState>; extra: QueryValues<E> } | { ok: false; issues: QueryIssue[] } {
  const spec = { ...(Object.fromEntries(keys.map((k) => [k, VIEW_PARAMS[k]])) as Picked<K>), ...extra };
  const parsed = parseQuery(params, spec);
  if (!parsed.ok) return parsed;
  const given: Partial<Record<ViewKey, unknown>> = {};
  for (const k of keys) if (parsed.values[k] !== undefined) given[k] = parsed.values[k];
  // a list in one order (Cambodia always first), so equal choices share one address
  if (given.countries !== undefined) given.countries = canonicalCountries(given.countries as ViewState["countries"]);
  const view = { ...DEFAULT_VIEW, ...given } as ViewState;
  const issues = crossFieldIssues(view, given);
  if (issues.length) return { ok: false, issues };
  const extraValues = Object.fromEntries(Object.keys(extra).map((k) => [k, parsed.values[k]])) as QueryValues<E>;
  return { ok: true, view, given: given as Partial<ViewState>, extra: extraValues };
}

/**
 * Reads a dashboard link. Settings that cannot be read are dropped, each with its issue, and the settings that were
 * valid are kept (`base=1800&dollars=constant` keeps constant dollars), so the page can say what it left out.
 */
export function parseView(params: URLSearchParams): { view: ViewState; issues: QueryIssue[] } {
  let own = new URLSearchParams([...params].filter(([k]) => !isTrackingParam(k)));
  const issues: QueryIssue[] = [];
  // each pass drops the parameters an issue names; a cross-setting rule may only show once the others are read
  for (let pass = 0; pass <= VIEW_KEYS.length; pass++) {
    const r = parseViewQuery(own, VIEW_KEYS, {});
    if (r.ok) return { view: r.view, issues };
    issues.push(...r.issues);
    const bad = new Set(r.issues.map((i) => i.param));
    own = new URLSearchParams([...own].filter(([k]) => !bad.has(k.slice(0, MAX_VALUE_LENGTH))));
  }
  return { view: { ...DEFAULT_VIEW }, issues };
}

/** The canonical query string of a view: only non-default values, in a fixed order ("" for the default view). */
export function serializeView(view: ViewState, keys: readonly ViewKey[] = VIEW_KEYS): string {
  const out = new URLSearchParams();
  for (const key of keys) {
    if (!settingApplies(key, view)) continue;
    if (String(view[key]) !== String(DEFAULT_VIEW[key])) out.set(key, String(view[key]));
  }
  // a list's commas stay commas: they are safe in a query and in the view's path segment
  return out.toString().replace(/%2C/g, ",");
}

/** The dashboard's address of a view: "/" or "/?groupBy=year...". */
export function viewHref(view: ViewState): string {
  const qs = serializeView(view);
  return qs ? `/?${qs}` : "/";
}

/** The /api/aid query of a view's bars (chart 1), or with the kind split forced (chart 2): only what differs from
 * the API's defaults, in a fixed order, so equal requests share one cache entry. */
export function aidApiQuery(view: ViewState, opts: { forceKindSplit?: boolean } = {}): string {
  const v = normaliseView(view);
  return serializeView(opts.forceKindSplit ? { ...v, split: "kind" } : v, AID_VIEW_KEYS);
}
