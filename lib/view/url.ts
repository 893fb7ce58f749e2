// A view <-> URL search params. Only what differs from the defaults goes in the URL, so links stay short and old
// links keep their meaning. Parsing is strict: every problem names the parameter and what it allows.
import { MAX_VALUE_LENGTH, parseQuery, type QueryIssue, type QuerySpec, type QueryValues } from "../api/query";
import { AVERAGE_OVER, DOLLARS, GROUP_BYS, MEASURES, SERIES } from "../aid/aggregate";
import { SPLITS } from "../aid/parts";
import { NEIGHBOUR_IDS, type NeighbourId } from "../compare/ids";
import {
  canonicalCountries,
  COMPARE_MODES,
  FINANCIER_CHART_BASES,
  NEIGHBOUR_CHART_MEASURES,
  CPI_FIRST_YEAR,
  CPI_LAST_YEAR,
  DATA_FIRST_FY,
  DATA_LAST_FY,
  DEFAULT_VIEW,
  SHARE_MODES,
  VIEW_KEYS,
  crossFieldIssues,
  normaliseView,
  type ViewKey,
  type ViewState,
} from "./state";

/** Every view setting as a query parameter. */
export const VIEW_PARAMS = {
  series: { kind: "enum", values: SERIES },
  groupBy: { kind: "enum", values: GROUP_BYS },
  split: { kind: "enum", values: SPLITS },
  from: { kind: "int", min: DATA_FIRST_FY, max: DATA_LAST_FY, what: "a fiscal year within the data" },
  to: { kind: "int", min: DATA_FIRST_FY, max: DATA_LAST_FY, what: "a fiscal year within the data" },
  dollars: { kind: "enum", values: DOLLARS },
  base: { kind: "int", min: CPI_FIRST_YEAR, max: CPI_LAST_YEAR, what: "a CPI-U base year" },
  measure: { kind: "enum", values: MEASURES },
  averageOver: { kind: "enum", values: AVERAGE_OVER },
  share: { kind: "enum", values: SHARE_MODES },
  compare: { kind: "enum", values: COMPARE_MODES },
  mark: { kind: "int", min: DATA_FIRST_FY, max: DATA_LAST_FY, what: "a fiscal year whose bar charts 1 and 3 mark" },
  countries: { kind: "list", values: NEIGHBOUR_IDS },
  nbMeasure: { kind: "enum", values: NEIGHBOUR_CHART_MEASURES },
  basis: { kind: "enum", values: FINANCIER_CHART_BASES },
  fgroupBy: { kind: "enum", values: GROUP_BYS },
} as const satisfies QuerySpec;

/** The settings /api/aid takes (the chart-only ones, share and compare, do not change its rows). */
export const AID_VIEW_KEYS = ["series", "groupBy", "split", "from", "to", "dollars", "base", "measure", "averageOver"] as const satisfies readonly ViewKey[];

/** Parameters that link shorteners and mailers append; a shared link with them still shows its view. */
export function isTrackingParam(name: string): boolean {
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
  // Cambodia is always shown, first; the others in one order, so equal choices share one address
  if (given.countries !== undefined) given.countries = canonicalCountries(given.countries as NeighbourId[]);
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
    if (key === "base" && view.dollars !== "constant") continue;
    if (key === "averageOver" && (view.measure !== "per-year" || view.series === "seed")) continue;
    if (view.series === "seed" && (key === "groupBy" || key === "split")) continue;
    // a mark outside the view's years (or on the seed's periods, which are not years) marks nothing: left out
    if (key === "mark" && !markShown(view)) continue;
    if (String(view[key]) !== String(DEFAULT_VIEW[key])) out.set(key, String(view[key]));
  }
  // a list's commas stay commas: they are safe in a query and in the view's path segment
  return out.toString().replace(/%2C/g, ",");
}

/** Whether a view's mark falls on a bar it draws: a fiscal year of the annual series within from..to. */
export function markShown(view: ViewState): view is ViewState & { mark: number } {
  return view.mark !== null && view.series === "annual" && view.mark >= view.from && view.mark <= view.to;
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
