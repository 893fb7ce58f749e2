// The comparison views as query strings (the API and the page's URL alike): strict parsing where every problem names
// the parameter and the allowed values, defaults, and the canonical string of a view (only what differs).
import { DOLLARS, GROUP_BYS } from "../aid/aggregate";
import { parseListValues, parseQuery, type QueryIssue, type QuerySpec } from "../api/query";
import { CPI_FIRST_YEAR, CPI_LAST_YEAR } from "../view/state";
import {
  basesOf,
  BASIS_CHOICES,
  CHINA_MODES,
  FINANCIER_LABELS,
  FINANCIER_MEASURES,
  FINANCIERS,
  selectSeries,
  type Financier,
  type FinancierQuery,
  type SeriesDef,
} from "./financiers";
import { DEFAULT_NEIGHBOURS, NEIGHBOUR_MEASURES, type NeighbourQuery } from "./neighbours";
import { NEIGHBOUR_IDS, type NeighbourId } from "./schema";

const FORMAT = { kind: "enum", values: ["json", "csv"] } as const;
type Parsed<T> = { ok: true; query: T; csv: boolean } | { ok: false; issues: QueryIssue[] };

/** A comma list of known ids, given once: each unknown, repeated or missing id is an issue naming the allowed ones. */
function parseList<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): { ok: true; values: T[] | null } | { ok: false; issue: QueryIssue } {
  const all = params.getAll(name);
  if (all.length === 0) return { ok: true, values: null };
  if (all.length > 1) return { ok: false, issue: { param: name, message: `given ${all.length} times; give it once, as a comma-separated list of ${allowed.map((v) => `"${v}"`).join(", ")}` } };
  return parseListValues(name, all, allowed);
}

function withoutParams(params: URLSearchParams, names: readonly string[]): URLSearchParams {
  return new URLSearchParams([...params].filter(([k]) => !names.includes(k)));
}

function yearSpec(first: number, last: number, what: string) {
  return { kind: "int", min: first, max: last, what } as const;
}

function crossIssues(v: { from?: number; to?: number; base?: number; dollars?: string }): QueryIssue[] {
  const issues: QueryIssue[] = [];
  if (v.from !== undefined && v.to !== undefined && v.from > v.to)
    issues.push({ param: "from", message: `from (${v.from}) is after to (${v.to}); from must be less than or equal to to` });
  if (v.base !== undefined && v.dollars !== "constant")
    issues.push({ param: "base", message: `base applies only with dollars="constant"; allowed values of dollars are "nominal", "constant"` });
  return issues;
}

// --- Neighbours ---

const NEIGHBOUR_DEFAULTS = { groupBy: "decade", dollars: "nominal", base: CPI_LAST_YEAR, measure: "total" } as const;

/** Parses a neighbours query; the years are fiscal years of the neighbours file (`range`). Cambodia is always shown. */
export function parseNeighbourQuery(params: URLSearchParams, range: { first: number; last: number }): Parsed<NeighbourQuery> {
  const list = parseList(params, "countries", NEIGHBOUR_IDS);
  const spec = {
    countries: { kind: "enum", values: [] },
    groupBy: { kind: "enum", values: GROUP_BYS },
    from: yearSpec(range.first, range.last, "a fiscal year of the Greenbook's Southeast Asia series"),
    to: yearSpec(range.first, range.last, "a fiscal year of the Greenbook's Southeast Asia series"),
    dollars: { kind: "enum", values: DOLLARS },
    base: yearSpec(CPI_FIRST_YEAR, CPI_LAST_YEAR, "a CPI-U base year"),
    measure: { kind: "enum", values: NEIGHBOUR_MEASURES },
    format: FORMAT,
  } as const satisfies QuerySpec;
  const parsed = parseQuery(withoutParams(params, ["countries"]), spec);
  const issues = [...(parsed.ok ? [] : parsed.issues), ...(list.ok ? [] : [list.issue])];
  if (!parsed.ok || !list.ok) return { ok: false, issues };
  const v = parsed.values;
  const cross = crossIssues(v);
  if (cross.length) return { ok: false, issues: cross };
  const chosen: NeighbourId[] = list.values ?? [...DEFAULT_NEIGHBOURS];
  const countries: NeighbourId[] = chosen.includes("cambodia") ? ["cambodia", ...chosen.filter((c) => c !== "cambodia")] : ["cambodia", ...chosen];
  const dollars = v.dollars ?? NEIGHBOUR_DEFAULTS.dollars;
  return {
    ok: true,
    csv: v.format === "csv",
    query: {
      countries,
      groupBy: v.groupBy ?? NEIGHBOUR_DEFAULTS.groupBy,
      from: v.from ?? range.first,
      to: v.to ?? range.last,
      dollars,
      baseYear: dollars === "constant" ? (v.base ?? NEIGHBOUR_DEFAULTS.base) : null,
      measure: v.measure ?? NEIGHBOUR_DEFAULTS.measure,
    },
  };
}

/** Only what differs from the defaults, in a fixed order: the URL of a view and its cache key. */
export function serializeNeighbourQuery(q: NeighbourQuery, range: { first: number; last: number }): string {
  const out = new URLSearchParams();
  const isDefault = q.countries.length === DEFAULT_NEIGHBOURS.length && q.countries.every((c, i) => c === DEFAULT_NEIGHBOURS[i]);
  if (!isDefault) out.set("countries", q.countries.join(","));
  if (q.groupBy !== NEIGHBOUR_DEFAULTS.groupBy) out.set("groupBy", q.groupBy);
  if (q.from !== range.first) out.set("from", String(q.from));
  if (q.to !== range.last) out.set("to", String(q.to));
  if (q.dollars !== NEIGHBOUR_DEFAULTS.dollars) out.set("dollars", q.dollars);
  if (q.dollars === "constant" && q.baseYear !== null && q.baseYear !== NEIGHBOUR_DEFAULTS.base) out.set("base", String(q.baseYear));
  if (q.measure !== NEIGHBOUR_DEFAULTS.measure) out.set("measure", q.measure);
  return out.toString().replace(/%2C/g, ",");
}

// --- Financiers ---

/** Disbursements by default: money paid out in the year, the basis a reader is least likely to misread. */
const FINANCIER_DEFAULTS = { basis: "disbursement", china: "v3", groupBy: "year", dollars: "nominal", base: CPI_LAST_YEAR, measure: "total" } as const;

/** The years the chosen series cover together. */
export function seriesRange(series: readonly SeriesDef[]): { first: number; last: number } | null {
  if (!series.length) return null;
  return { first: Math.min(...series.map((s) => s.first)), last: Math.max(...series.map((s) => s.last)) };
}

export function parseFinancierQuery(params: URLSearchParams, defs: readonly SeriesDef[]): Parsed<FinancierQuery> {
  const all = seriesRange(defs) ?? { first: 2000, last: 2000 };
  const list = parseList(params, "financiers", FINANCIERS);
  const spec = {
    financiers: { kind: "enum", values: [] },
    basis: { kind: "enum", values: BASIS_CHOICES },
    china: { kind: "enum", values: CHINA_MODES },
    groupBy: { kind: "enum", values: GROUP_BYS },
    from: yearSpec(all.first, all.last, "a year the financiers' sources cover"),
    to: yearSpec(all.first, all.last, "a year the financiers' sources cover"),
    dollars: { kind: "enum", values: DOLLARS },
    base: yearSpec(CPI_FIRST_YEAR, CPI_LAST_YEAR, "a CPI-U base year"),
    measure: { kind: "enum", values: FINANCIER_MEASURES },
    format: FORMAT,
  } as const satisfies QuerySpec;
  const parsed = parseQuery(withoutParams(params, ["financiers"]), spec);
  const issues = [...(parsed.ok ? [] : parsed.issues), ...(list.ok ? [] : [list.issue])];
  if (!parsed.ok || !list.ok) return { ok: false, issues };
  const v = parsed.values;
  const cross = crossIssues(v);
  const basis = v.basis ?? FINANCIER_DEFAULTS.basis;
  const china = v.china ?? FINANCIER_DEFAULTS.china;
  if (v.china !== undefined && basis !== "commitment" && basis !== "all")
    cross.push({ param: "china", message: `china applies only where China's commitments are shown; allowed values of basis with it are "commitment", "all"` });
  // a financier named explicitly must have a series on the basis chosen
  for (const f of list.values ?? []) {
    if (basis === "all") continue;
    const has = basesOf(defs, f);
    if (!has.includes(basis))
      cross.push({ param: "financiers", message: `${FINANCIER_LABELS[f]} ("${f}") has no ${basis} series; its bases are ${has.map((b) => `"${b}"`).join(", ")} (or basis="all")` });
  }
  if (cross.length) return { ok: false, issues: cross };
  const financiers: Financier[] = list.values ?? [...FINANCIERS];
  const range = seriesRange(selectSeries(defs, { basis, financiers, china }));
  if (!range) return { ok: false, issues: [{ param: "basis", message: `no series on basis "${basis}" for the financiers chosen; allowed values are ${BASIS_CHOICES.map((b) => `"${b}"`).join(", ")}` }] };
  const outside: QueryIssue[] = [];
  for (const p of ["from", "to"] as const) {
    const y = v[p];
    if (y !== undefined && (y < range.first || y > range.last))
      outside.push({ param: p, message: `${y} is outside the years the sources of basis "${basis}"${china === "v1-split" ? " (China: AidData v1.0)" : ""} cover; allowed: a whole number from ${range.first} to ${range.last}` });
  }
  if (outside.length) return { ok: false, issues: outside };
  const dollars = v.dollars ?? FINANCIER_DEFAULTS.dollars;
  return {
    ok: true,
    csv: v.format === "csv",
    query: {
      basis,
      financiers,
      china,
      groupBy: v.groupBy ?? FINANCIER_DEFAULTS.groupBy,
      from: v.from ?? range.first,
      to: v.to ?? range.last,
      dollars,
      baseYear: dollars === "constant" ? (v.base ?? FINANCIER_DEFAULTS.base) : null,
      measure: v.measure ?? FINANCIER_DEFAULTS.measure,
    },
  };
}

export function serializeFinancierQuery(q: FinancierQuery, range: { first: number; last: number }): string {
  const out = new URLSearchParams();
  if (q.basis !== FINANCIER_DEFAULTS.basis) out.set("basis", q.basis);
  if (q.financiers.length !== FINANCIERS.length || q.financiers.some((f, i) => f !== FINANCIERS[i])) out.set("financiers", q.financiers.join(","));
  if (q.china !== FINANCIER_DEFAULTS.china) out.set("china", q.china);
  if (q.groupBy !== FINANCIER_DEFAULTS.groupBy) out.set("groupBy", q.groupBy);
  if (q.from !== range.first) out.set("from", String(q.from));
  if (q.to !== range.last) out.set("to", String(q.to));
  if (q.dollars !== FINANCIER_DEFAULTS.dollars) out.set("dollars", q.dollars);
  if (q.dollars === "constant" && q.baseYear !== null && q.baseYear !== FINANCIER_DEFAULTS.base) out.set("base", String(q.baseYear));
  if (q.measure !== FINANCIER_DEFAULTS.measure) out.set("measure", q.measure);
  return out.toString().replace(/%2C/g, ",");
}
