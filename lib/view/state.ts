// The dashboard's view state: its defaults (the zod schema is ./schema.ts), the facts of the data set it is checked against,
// and the rules that tie settings together. The page, the proxy, the API and the chart files all read views here.
import type { ViewState } from "./schema";
import { NEIGHBOUR_IDS, type NeighbourId } from "../compare/ids";

/** Facts of the data set the view is checked against; a unit test keeps them equal to data/. */
export const DATA_FIRST_FY = 1955;
export const DATA_LAST_FY = 2024;
export const CPI_FIRST_YEAR = 1946;
export const CPI_LAST_YEAR = 2025;

export const SHARE_MODES = ["percent", "absolute"] as const;
export type ShareMode = (typeof SHARE_MODES)[number];
export const COMPARE_MODES = ["difference", "dollars"] as const;
/** Chart 5 (Cambodia among its neighbours): what each bar measures. */
export const NEIGHBOUR_CHART_MEASURES = ["total", "per-year", "per-person", "gdp-share", "cambodia-share"] as const;
export type NeighbourChartMeasure = (typeof NEIGHBOUR_CHART_MEASURES)[number];
/** Chart 6 (Cambodia's financiers): the one basis its bars are on (never several added or stacked). Disbursement,
 * money paid out in the year, is the default: the basis a reader is least likely to misread. */
export const FINANCIER_CHART_BASES = ["disbursement", "commitment", "obligation", "debt-service"] as const;
/** Chart 5's default countries; Cambodia is always among them. */
export const DEFAULT_COUNTRIES: readonly NeighbourId[] = ["cambodia", "laos", "vietnam", "thailand"];

/** A choice of countries in one order (Cambodia first, then the file's order), Cambodia always included. */
export function canonicalCountries(list: readonly NeighbourId[]): NeighbourId[] {
  return NEIGHBOUR_IDS.filter((id) => id === "cambodia" || list.includes(id));
}

export type { ViewState } from "./schema";

export type ViewKey = keyof ViewState;

/** The defaults of viewSchema (./schema.ts), written out so pages can use them without loading zod; a unit test keeps
 * the two equal. */
export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze({
  series: "annual",
  groupBy: "decade",
  split: "kind",
  from: DATA_FIRST_FY,
  to: DATA_LAST_FY,
  dollars: "nominal",
  base: CPI_LAST_YEAR,
  measure: "total",
  averageOver: "years-with-records",
  share: "percent",
  compare: "difference",
  mark: null,
  countries: [...DEFAULT_COUNTRIES],
  nbMeasure: "total",
  basis: "disbursement",
  fgroupBy: "decade",
});

/** The order settings are written in a URL. */
export const VIEW_KEYS = ["series", "groupBy", "split", "from", "to", "dollars", "base", "measure", "averageOver", "share", "compare", "mark", "countries", "nbMeasure", "basis", "fgroupBy"] as const satisfies readonly ViewKey[];

/**
 * The seed series has only its own periods and kinds. A state keeps the annual series' grouping and split while
 * the seed series is shown (so switching back restores them); everything that draws or links uses this instead.
 */
export function normaliseView(v: ViewState): ViewState {
  if (v.series === "seed") return { ...v, groupBy: "seed-period", split: "kind" };
  return v;
}

export interface ViewIssue {
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
