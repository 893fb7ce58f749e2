// The dashboard's view state <-> URL search params. Only what differs from the fixed defaults goes in the URL,
// so links stay short and old links keep their meaning.
import { DOLLARS, GROUP_BYS, MEASURES, SERIES, type Dollars, type GroupBy, type Measure, type Series } from "./aid";
import { SPLITS, type Split } from "./aid-parts";
import { parseQuery, type QueryIssue } from "./api/query";

/** Facts of the data set the URL is checked against; a unit test keeps them equal to data/. */
export const DATA_FIRST_FY = 1955;
export const DATA_LAST_FY = 2024;
export const CPI_FIRST_YEAR = 1946;
export const CPI_LAST_YEAR = 2025;

export const SHARE_MODES = ["percent", "absolute"] as const;
export type ShareMode = (typeof SHARE_MODES)[number];
export const COMPARE_MODES = ["difference", "dollars"] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

export interface ViewState {
  series: Series;
  groupBy: GroupBy;
  split: Split;
  from: number;
  to: number;
  dollars: Dollars;
  /** CPI base year; meaningful only with constant dollars */
  base: number;
  measure: Measure;
  /** chart 2: military share as 100% bars, or absolute amounts */
  share: ShareMode;
  /** chart 4: seed figures against the Greenbook as a % difference, or side by side in dollars */
  compare: CompareMode;
}

export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze({
  series: "annual",
  groupBy: "decade",
  split: "kind",
  from: DATA_FIRST_FY,
  to: DATA_LAST_FY,
  dollars: "nominal",
  base: CPI_LAST_YEAR,
  measure: "total",
  share: "percent",
  compare: "difference",
});

const ORDER = ["series", "groupBy", "split", "from", "to", "dollars", "base", "measure", "share", "compare"] as const;

const VIEW_SPEC = {
  series: { kind: "enum", values: SERIES },
  groupBy: { kind: "enum", values: GROUP_BYS },
  split: { kind: "enum", values: SPLITS },
  from: { kind: "int", min: DATA_FIRST_FY, max: DATA_LAST_FY, what: "a fiscal year within the data" },
  to: { kind: "int", min: DATA_FIRST_FY, max: DATA_LAST_FY, what: "a fiscal year within the data" },
  dollars: { kind: "enum", values: DOLLARS },
  base: { kind: "int", min: CPI_FIRST_YEAR, max: CPI_LAST_YEAR, what: "a CPI-U base year" },
  measure: { kind: "enum", values: MEASURES },
  share: { kind: "enum", values: SHARE_MODES },
  compare: { kind: "enum", values: COMPARE_MODES },
} as const;

/** Parameters that link shorteners and mailers append; a shared link with them still shows its view. */
export function isTrackingParam(name: string): boolean {
  return /^utm_[a-z]+$/.test(name) || ["fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "ref"].includes(name);
}

/**
 * The seed series has only its own periods and kinds. A state keeps the annual series' grouping and split while
 * the seed series is shown (so switching back restores them); everything that draws or links uses this instead.
 */
export function normaliseView(v: ViewState): ViewState {
  if (v.series === "seed") return { ...v, groupBy: "seed-period", split: "kind" };
  return v;
}

/**
 * Reads a view from search params. A link with anything unreadable is broken as a whole: it returns the default
 * view and the issues, so the page can say so rather than show a half-applied view.
 */
export function parseView(params: URLSearchParams): { view: ViewState; issues: QueryIssue[] } {
  const own = new URLSearchParams([...params].filter(([k]) => !isTrackingParam(k)));
  const parsed = parseQuery(own, VIEW_SPEC);
  if (!parsed.ok) return { view: { ...DEFAULT_VIEW }, issues: parsed.issues };
  const v = parsed.values;
  const issues: QueryIssue[] = [];
  if ((v.from ?? DEFAULT_VIEW.from) > (v.to ?? DEFAULT_VIEW.to))
    issues.push({ param: "from", message: `from (${v.from ?? DEFAULT_VIEW.from}) is after to (${v.to ?? DEFAULT_VIEW.to})` });
  if (v.base !== undefined && v.dollars !== "constant") issues.push({ param: "base", message: `base applies only with dollars=constant` });
  if (v.series === "seed" && v.groupBy !== undefined && v.groupBy !== "seed-period")
    issues.push({ param: "groupBy", message: `the seed series has only its own periods (groupBy=seed-period)` });
  if (v.series === "seed" && v.split !== undefined && v.split !== "kind")
    issues.push({ param: "split", message: `the seed series is split by kind only` });
  if (issues.length) return { view: { ...DEFAULT_VIEW }, issues };
  return { view: { ...DEFAULT_VIEW, ...v }, issues: [] };
}

/** The canonical query string of a view: only non-default values, in a fixed order ("" for the default view). */
export function serializeView(view: ViewState): string {
  const v = view;
  const out = new URLSearchParams();
  for (const key of ORDER) {
    if (key === "base" && v.dollars !== "constant") continue;
    if (v.series === "seed" && (key === "groupBy" || key === "split")) continue;
    if (v[key] !== DEFAULT_VIEW[key]) out.set(key, String(v[key]));
  }
  return out.toString();
}

/** /api/aid query for a view's bars (chart 1), or with the kind split forced (chart 2). */
export function aidApiQuery(view: ViewState, opts: { forceKindSplit?: boolean } = {}): string {
  const v = normaliseView(view);
  const q = new URLSearchParams({ series: v.series, from: String(v.from), to: String(v.to), dollars: v.dollars, measure: v.measure });
  if (v.series === "annual") {
    q.set("groupBy", v.groupBy);
    q.set("split", opts.forceKindSplit ? "kind" : v.split);
  }
  if (v.dollars === "constant") q.set("base", String(v.base));
  return q.toString();
}

export function sameView(a: ViewState, b: ViewState): boolean {
  return serializeView(a) === serializeView(b);
}
