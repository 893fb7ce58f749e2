// The view's settings, each listed once: its URL key, the values or range it allows, its default, its on-screen label
// and each value's words, when it applies (otherwise it is left out of the URL, as every setting is at its default),
// and the charts that draw it. The zod schema (./schema.ts), DEFAULT_VIEW, VIEW_KEYS and the value lists
// (./state.ts), the URL parser and serialiser (./url.ts), the bad-link notice's labels and the controls' words all
// derive from this table. Adding a setting is one entry here plus its use. No zod here: the page's scripts load it.
import type { ParamSpec } from "../api/query";
import { AVERAGE_OVER, DOLLARS, GROUP_BYS, MEASURES, SERIES } from "../aid/aggregate";
import { SPLITS } from "../aid/parts";
import { NEIGHBOUR_IDS, NEIGHBOUR_LABELS, type NeighbourId } from "../compare/ids";

/** Facts of the data set the view is checked against; a unit test keeps them equal to data/. */
export const DATA_FIRST_FY = 1955;
export const DATA_LAST_FY = 2024;
export const CPI_FIRST_YEAR = 1946;
export const CPI_LAST_YEAR = 2025;

/** A setting of one of a list of values (a select, radio group or toggle). */
interface EnumSetting<V extends string> {
  kind: "enum";
  values: readonly V[];
  default: V;
  /** each value's words in the control that sets it */
  words: Readonly<Record<V, string>>;
}
/** A whole number in a range (a year); a nullable one may be unset (null), which is its default. */
interface IntSetting {
  kind: "int";
  min: number;
  max: number;
  /** what the number is, for the 400 messages: "a fiscal year within the data" */
  what: string;
  default: number | null;
  nullable?: true;
}
/** Several of a list of values (checkboxes), comma-separated in the URL, kept in one order by `canonical`. */
interface ListSetting<V extends string> {
  kind: "list";
  values: readonly V[];
  default: readonly V[];
  words: Readonly<Record<V, string>>;
  canonical(list: readonly V[]): V[];
}
/** The settings the rules of `appliesWhen` read (written out: the table's type cannot depend on the view it defines). */
interface RuleFacts {
  series: string;
  dollars: string;
  measure: string;
  from: number;
  to: number;
  mark: number | null;
}
interface Common {
  /** the label of the control that sets it */
  label: string;
  /** the chart whose own control it is ("chart 3"), said after the label where the label alone is not enough */
  where?: string;
  /** the charts that draw it, by slug (lib/charts/registry.ts reads its charts' settings from here) */
  charts: readonly string[];
  /** when it has an effect; otherwise it is left out of the URL (every setting is left out at its default) */
  appliesWhen?(v: RuleFacts): boolean;
}
type Setting = Common & (EnumSetting<string> | IntSetting | ListSetting<string>);

const choice = <const V extends string>(s: Common & Omit<EnumSetting<V>, "kind">) => ({ kind: "enum" as const, ...s });
type YearFields = Common & Omit<IntSetting, "kind" | "default" | "nullable">;
const year = (s: YearFields & { default: number }) => ({ kind: "int" as const, ...s });
/** A year that may be unset: null, its default. */
const optionalYear = (s: YearFields) => ({ kind: "int" as const, default: null, nullable: true as const, ...s });

/** Chart 5's default countries; Cambodia is always among them. */
export const DEFAULT_COUNTRIES: readonly NeighbourId[] = ["cambodia", "laos", "vietnam", "thailand"];

/** A choice of countries in one order (Cambodia first, then the file's order), Cambodia always included. */
export function canonicalCountries(list: readonly NeighbourId[]): NeighbourId[] {
  return NEIGHBOUR_IDS.filter((id) => id === "cambodia" || list.includes(id));
}

/** Whether a view's mark falls on a bar it draws: a fiscal year of the annual series within from..to. */
export function markShown<V extends RuleFacts>(view: V): view is V & { mark: number } {
  return view.mark !== null && view.series === "annual" && view.mark >= view.from && view.mark <= view.to;
}

const CHART_1 = "aid-by-period";
const CHART_2 = "relations-band";
const CHART_3 = "military-share";
const CHART_5 = "neighbours";
const CHART_6 = "financiers";
/** The charts over the dashboard's periods (series, grouping, years), and those in its dollars. */
const PERIOD_CHARTS = [CHART_1, CHART_2, CHART_3, CHART_5];
const DOLLAR_CHARTS = [CHART_1, CHART_3, CHART_5, CHART_6];
const FISCAL_YEAR = { min: DATA_FIRST_FY, max: DATA_LAST_FY, what: "a fiscal year within the data" };
const annualOnly = (v: RuleFacts) => v.series !== "seed";
const constantDollarsOnly = (v: RuleFacts) => v.dollars === "constant";
const annualPerYearOnly = (v: RuleFacts) => v.measure === "per-year" && v.series !== "seed";

/** Every setting, in the order a URL writes them. */
export const SETTINGS = {
  series: choice({ values: SERIES, default: "annual", label: "Figures", words: { annual: "Annual obligations", seed: "Seed article" }, charts: PERIOD_CHARTS }),
  groupBy: choice({
    values: GROUP_BYS,
    default: "decade",
    label: "Group by",
    words: { year: "Fiscal year", decade: "Decade", "seed-period": "Seed article's periods", "relations-phase": "Phase of relations", span: "Whole range (one bar)" },
    charts: PERIOD_CHARTS,
    // the seed series has only its own periods: the annual grouping is kept in the state, not in the URL
    appliesWhen: annualOnly,
  }),
  split: choice({
    values: SPLITS,
    default: "kind",
    label: "Split bars by",
    words: { kind: "Economic / military", programme: "Programme", form: "Grant / loan" },
    charts: [CHART_1],
    appliesWhen: annualOnly,
  }),
  from: year({ ...FISCAL_YEAR, default: DATA_FIRST_FY, label: "From fiscal year", charts: PERIOD_CHARTS }),
  to: year({ ...FISCAL_YEAR, default: DATA_LAST_FY, label: "To fiscal year", charts: PERIOD_CHARTS }),
  dollars: choice({ values: DOLLARS, default: "nominal", label: "Dollars", words: { nominal: "Nominal", constant: "Constant (CPI-U)" }, charts: DOLLAR_CHARTS }),
  /** CPI base year; meaningful only with constant dollars */
  base: year({
    min: CPI_FIRST_YEAR,
    max: CPI_LAST_YEAR,
    what: "a CPI-U base year",
    default: CPI_LAST_YEAR,
    label: "Base year",
    charts: DOLLAR_CHARTS,
    appliesWhen: constantDollarsOnly,
  }),
  measure: choice({ values: MEASURES, default: "total", label: "Measure", words: { total: "Total", "per-year": "Average per year" }, charts: [CHART_1, CHART_3] }),
  /** per-year averages: divide by the years with records, or by every year of the period (no records = no aid) */
  averageOver: choice({
    values: AVERAGE_OVER,
    default: "years-with-records",
    label: "Average per year over",
    words: { "years-with-records": "Years with known values", "every-year": "Every year (no records = no aid)" },
    charts: [CHART_1, CHART_3],
    appliesWhen: annualPerYearOnly,
  }),
  /** chart 3: military share as 100% bars, or absolute amounts */
  share: choice({ values: ["percent", "absolute"], default: "percent", words: { percent: "Shares (100%)", absolute: "Amounts" }, charts: [CHART_3],
    label: "Show military versus economic as", where: "chart 3" }),
  /** chart 4: seed figures against the Greenbook as a % difference, or side by side in dollars */
  compare: choice({ values: ["difference", "dollars"], default: "difference", words: { difference: "Difference (%)", dollars: "Dollars" },
    charts: ["seed-vs-greenbook"], label: "Chart view", where: "chart 4" }),
  /** charts 1 and 3: a fiscal year whose bar is marked (the timeline's links); null marks none */
  mark: optionalYear({
    min: DATA_FIRST_FY,
    max: DATA_LAST_FY,
    what: "a fiscal year whose bar charts 1 and 3 mark",
    label: "Marked year",
    where: "charts 1 and 3",
    charts: [CHART_1, CHART_3],
    // a mark outside the view's years (or on the seed's periods, which are not years) marks nothing
    appliesWhen: markShown,
  }),
  /** chart 5: the countries beside Cambodia (always included, first) */
  countries: {
    kind: "list" as const,
    values: NEIGHBOUR_IDS,
    default: DEFAULT_COUNTRIES,
    canonical: canonicalCountries,
    label: "Countries",
    where: "chart 5",
    words: NEIGHBOUR_LABELS,
    charts: [CHART_5],
  },
  /** chart 5: total, per year, per person, share of GDP, or Cambodia's share of US aid to the countries chosen */
  nbMeasure: choice({
    values: ["total", "per-year", "per-person", "gdp-share", "cambodia-share"],
    default: "total",
    label: "Measure",
    where: "chart 5",
    words: { total: "Total obligations", "per-year": "Obligations per year", "per-person": "Obligations per person", "gdp-share": "Obligations as a share of GDP", "cambodia-share": "Cambodia's share" },
    charts: [CHART_5],
  }),
  /** chart 6: the one basis its financiers' series are on (never several added or stacked). Disbursement, money paid
   * out in the year, is the default: the basis a reader is least likely to misread. */
  basis: choice({
    values: ["disbursement", "commitment", "obligation", "debt-service"],
    default: "disbursement",
    label: "Basis",
    where: "chart 6",
    words: { disbursement: "Money paid out (disbursements)", commitment: "Money agreed (commitments)", obligation: "US obligations", "debt-service": "Debt service Cambodia paid" },
    charts: [CHART_6],
  }),
  /** chart 6: its periods (2000 on) */
  fgroupBy: choice({
    values: GROUP_BYS,
    default: "decade",
    label: "Periods",
    where: "chart 6",
    words: { year: "Each year", decade: "Decades", "seed-period": "Seed article's periods", "relations-phase": "Phases of relations", span: "One span" },
    charts: [CHART_6],
  }),
} satisfies Record<string, Setting & ParamSpec>;

type Settings = typeof SETTINGS;
export type ViewKey = keyof Settings;
type ValueOf<S> = S extends { kind: "list"; values: readonly (infer V)[] }
  ? V[]
  : S extends { kind: "enum"; values: readonly (infer V)[] }
    ? V
    : S extends { nullable: true }
      ? number | null
      : number;
/** A view: one value for every setting. */
export type ViewState = { [K in ViewKey]: ValueOf<Settings[K]> };

/** The order settings are written in a URL. */
export const VIEW_KEYS = Object.keys(SETTINGS) as readonly ViewKey[];

/** The view with every setting at its default. */
export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze(
  Object.fromEntries(VIEW_KEYS.map((k) => [k, defaultOf(SETTINGS[k])])) as ViewState,
);

/** A setting's default, a fresh copy for a list. */
function defaultOf(s: Setting): string | number | null | string[] {
  return s.kind === "list" ? [...s.default] : s.default;
}

/** Whether a setting has an effect in a view (if not, it is left out of the view's URL). */
export function settingApplies(key: ViewKey, view: ViewState): boolean {
  const s: Setting = SETTINGS[key];
  return s.appliesWhen ? s.appliesWhen(view) : true;
}

/** The settings a chart draws (it ignores the others), in URL order. */
export function settingsOf(chart: string): ViewKey[] {
  return VIEW_KEYS.filter((k) => SETTINGS[k].charts.some((c) => c === chart));
}

/** A setting by its on-screen label, with the chart it belongs to where that is needed ("Chart view (chart 4)"). */
export function settingLabel(param: string): string {
  if (!Object.prototype.hasOwnProperty.call(SETTINGS, param)) return "an unknown setting";
  const s: Setting = SETTINGS[param as ViewKey];
  return s.where ? `${s.label} (${s.where})` : s.label;
}

type EnumKey = { [P in ViewKey]: Settings[P] extends { kind: "enum" } ? P : never }[ViewKey];

/** A setting's values with their on-screen words, for a control's options. */
export function optionsOf<K extends EnumKey>(key: K): (readonly [ViewState[K], string])[] {
  const s: EnumSetting<string> = SETTINGS[key];
  return s.values.map((v) => [v as ViewState[K], s.words[v]] as const);
}
