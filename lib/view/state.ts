// The dashboard's view state: the settings table (./settings.ts) read as defaults and value lists, and the rules that
// tie settings together. The page, the proxy, the API and the chart files all read views here.
import { SETTINGS, type ViewKey, type ViewState } from "./settings";

export {
  canonicalCountries,
  CPI_FIRST_YEAR,
  CPI_LAST_YEAR,
  DATA_FIRST_FY,
  DATA_LAST_FY,
  DEFAULT_COUNTRIES,
  DEFAULT_VIEW,
  VIEW_KEYS,
  type ViewKey,
  type ViewState,
} from "./settings";

/** Chart 3: military share as 100% bars, or amounts. */
const SHARE_MODES = SETTINGS.share.values;
export type ShareMode = (typeof SHARE_MODES)[number];
/** Chart 5 (Cambodia among its neighbours): what each bar measures. */
export const NEIGHBOUR_CHART_MEASURES = SETTINGS.nbMeasure.values;
export type NeighbourChartMeasure = (typeof NEIGHBOUR_CHART_MEASURES)[number];
/** Chart 6 (Cambodia's financiers): the one basis its bars are on. */
export const FINANCIER_CHART_BASES = SETTINGS.basis.values;

/**
 * The seed series has only its own periods and kinds. A state keeps the annual series' grouping and split while
 * the seed series is shown (so switching back restores them); everything that draws or links uses this instead.
 */
export function normaliseView(v: ViewState): ViewState {
  if (v.series === "seed") return { ...v, groupBy: "seed-period", split: "kind" };
  return v;
}

interface ViewIssue {
  param: string;
  message: string;
}

/** Rules across settings, for the settings a request actually gave (`given`) merged over the defaults (`v`). */
export function crossFieldIssues(v: ViewState, given: Partial<Record<ViewKey, unknown>>): ViewIssue[] {
  const issues: ViewIssue[] = [];
  if (v.from > v.to) issues.push({ param: "from", message: `from (${v.from}) is after to (${v.to}); from must be less than or equal to to` });
  if (given.base !== undefined && v.dollars !== "constant")
    issues.push({ param: "base", message: `base applies only with dollars="constant"; allowed values of dollars are "nominal", "constant"` });
  if (given.averageOver !== undefined && v.measure !== "per-year")
    issues.push({ param: "averageOver", message: `averageOver applies only with measure="per-year"; allowed values of measure are "total", "per-year"` });
  else if (given.averageOver !== undefined && v.series === "seed")
    issues.push({ param: "averageOver", message: `with series="seed" a figure stated for a span is always divided by the span's years; allowed values of series are "annual", "seed" (averageOver applies to "annual" only)` });
  if (v.series === "seed" && given.groupBy !== undefined && v.groupBy !== "seed-period")
    issues.push({ param: "groupBy", message: `with series="seed" only the seed's own periods apply; allowed values are "seed-period"` });
  if (v.series === "seed" && given.split !== undefined && v.split !== "kind")
    issues.push({ param: "split", message: `with series="seed" only the seed's own kinds apply; allowed values are "kind"` });
  return issues;
}
