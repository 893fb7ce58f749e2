// The United States among Cambodia's financiers, 2000 on: one series per financier and instrument, each on its own
// basis (obligation, commitment, disbursement, debt service). Series are never added to one another: each is summed
// over its own years only. Pure functions of the data.
import type { Dollars, GroupBy } from "../aid/aggregate";
import { deflationFactor, type CpiTable } from "../aid/cpi";
import { periodsFor, type Period } from "../aid/periods";
import type { AnnualRow, RelationsFile, SeedFigure } from "../data/schema";
import type { Basis, CompareData, CounterpartFlowRow } from "./schema";

export const FINANCIERS = ["us", "china", "japan", "adb", "ida", "australia", "korea", "eu-institutions"] as const;
export type Financier = (typeof FINANCIERS)[number];
export const FINANCIER_LABELS: Readonly<Record<Financier, string>> = {
  us: "United States",
  china: "China",
  japan: "Japan",
  adb: "Asian Development Bank",
  ida: "World Bank IDA",
  australia: "Australia",
  korea: "South Korea",
  "eu-institutions": "EU institutions",
};
/** the counterpart file's id of each financier */
const COUNTERPART: Readonly<Record<Financier, string>> = {
  us: "united-states",
  china: "china",
  japan: "japan",
  adb: "adb",
  ida: "ida",
  australia: "australia",
  korea: "korea",
  "eu-institutions": "eu-institutions",
};

export const BASIS_CHOICES = ["disbursement", "commitment", "obligation", "debt-service", "all"] as const;
type BasisChoice = (typeof BASIS_CHOICES)[number];
export const CHINA_MODES = ["v3", "v1-split"] as const;
type ChinaMode = (typeof CHINA_MODES)[number];
export const FINANCIER_MEASURES = ["total", "per-year"] as const;
type FinancierMeasure = (typeof FINANCIER_MEASURES)[number];

export const BASIS_WORDS: Readonly<Record<Basis, string>> = {
  obligation: "obligated (agreed to spend, US fiscal years)",
  commitment: "committed (agreed, in the year agreed; not all is paid out)",
  disbursement: "disbursed (paid out in the year)",
  "debt-service": "debt service paid by Cambodia (repayments and interest)",
};

export interface SeriesDef {
  id: string;
  financier: Financier;
  /** "Obligations", "Grants disbursed", "Loans disbursed", "Debt service", "Commitments (all official finance)" ... */
  instrument: string;
  basis: Basis;
  sourceIds: string[];
  first: number;
  last: number;
  years: "fiscal" | "calendar";
  /** the dollars the source publishes in */
  native: { dollars: "nominal" } | { dollars: "constant"; baseYear: number };
  /** China v1.0 split series: shown only when the reader asks for the split */
  chinaMode: ChinaMode | null;
  note: string | null;
  /** amount in the source's native dollars; null: no record that year */
  valueFor: (year: number) => number | null;
}

function sumOrNull(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

function counterpartSeries(rows: readonly CounterpartFlowRow[], pick: (r: CounterpartFlowRow) => boolean, sign: 1 | -1): Map<number, number> {
  const byYear = new Map<number, number[]>();
  for (const r of rows) if (pick(r)) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r.amount * sign]);
  return new Map([...byYear].map(([y, v]) => [y, Math.round((sumOrNull(v) ?? 0) * 10) / 10]));
}

const V1_SPLIT: { key: string; instrument: string; flows: readonly string[] }[] = [
  { key: "loans", instrument: "Loans and export credits committed (v1.0)", flows: ["loan", "export-credit"] },
  { key: "grants", instrument: "Grants, technical assistance and scholarships committed (v1.0)", flows: ["grant", "technical-assistance", "scholarships"] },
  { key: "debt-relief", instrument: "Debt forgiveness (v1.0)", flows: ["debt-forgiveness"] },
];

const defsCache = new WeakMap<CompareData, SeriesDef[]>();

/** Every series the data can give, in legend order: the United States first. */
export function seriesCatalogue(c: CompareData, annual: readonly AnnualRow[]): SeriesDef[] {
  const hit = defsCache.get(c);
  if (hit) return hit;
  const out: SeriesDef[] = [];
  const usRows = annual.filter((r) => r.fiscalYear >= 2000);
  const usByYear = new Map(usRows.map((r) => [r.fiscalYear, r]));
  out.push({
    id: "us-obligations",
    financier: "us",
    instrument: "Obligations (the dashboard's own series)",
    basis: "obligation",
    sourceIds: [...new Set(usRows.filter((r) => r.status !== "no-data").map((r) => r.sourceId))],
    first: usRows[0]?.fiscalYear ?? 2000,
    last: usRows[usRows.length - 1]?.fiscalYear ?? 2000,
    years: "fiscal",
    native: { dollars: "nominal" },
    chinaMode: null,
    note: "US fiscal years (October-September): Greenbook to FY2020, ForeignAssistance.gov from FY2021 (FY2024 provisional).",
    valueFor: (y) => usByYear.get(y)?.total ?? null,
  });
  const flows = c.counterpartFlows.rows;
  const flowYears = flows.map((r) => r.year);
  const [fFirst, fLast] = [Math.min(...flowYears), Math.max(...flowYears)];
  const flowSeries = (financier: Financier, kind: "grants" | "loans" | "debt-service"): SeriesDef | null => {
    const cp = COUNTERPART[financier];
    const m =
      kind === "grants"
        ? counterpartSeries(flows, (r) => r.counterpart === cp && r.instrument === "grant", 1)
        : counterpartSeries(flows, (r) => r.counterpart === cp && r.instrument !== "grant" && r.flow === (kind === "loans" ? "inflow" : "outflow"), kind === "loans" ? 1 : -1);
    if (m.size === 0) return null;
    return {
      id: `${financier}-${kind === "grants" ? "grants-disbursed" : kind === "loans" ? "loans-disbursed" : "debt-service"}`,
      financier,
      instrument: kind === "grants" ? "Grants disbursed" : kind === "loans" ? "Loans disbursed" : "Debt service paid to it",
      basis: kind === "debt-service" ? "debt-service" : "disbursement",
      sourceIds: [kind === "grants" ? "oecd-dac2a" : "world-bank-ids"],
      first: fFirst,
      last: fLast,
      years: "calendar",
      native: { dollars: "nominal" },
      chinaMode: null,
      note: kind === "grants" ? "OECD DAC2a grants (calendar years), not the Greenbook's obligations." : kind === "loans" ? "Concessional and non-concessional loans, World Bank IDS (calendar years)." : "Shown as a positive amount paid out by Cambodia (World Bank IDS records it as an outflow).",
      valueFor: (y) => m.get(y) ?? null,
    };
  };
  for (const financier of FINANCIERS) {
    if (financier === "china") {
      const v3 = new Map(c.chinaByYear.rows.map((r) => [r.year, r.total]));
      out.push({
        id: "china-commitments",
        financier,
        instrument: "Official finance committed (v3.0, loans and grants together)",
        basis: "commitment",
        sourceIds: [c.chinaByYear.sourceId],
        first: c.chinaByYear.rows[0].year,
        last: c.chinaByYear.rows[c.chinaByYear.rows.length - 1].year,
        years: "calendar",
        native: { dollars: "constant", baseYear: c.chinaByYear.baseYear },
        chinaMode: "v3",
        note: `AidData v3.0, records recommended for aggregates, published in constant ${c.chinaByYear.baseYear} dollars; other dollars are re-expressed with US CPI-U (AidData deflates with its own deflator): an approximation.`,
        valueFor: (y) => v3.get(y) ?? null,
      });
      const rec = c.chinaProjects.projects.filter((p) => p.recommended);
      const years = c.chinaProjects.projects.map((p) => p.year);
      for (const part of V1_SPLIT) {
        const mine = rec.filter((p) => part.flows.includes(p.flow));
        const unknown = mine.filter((p) => p.usdCurrent === null).length;
        out.push({
          id: `china-v1-${part.key}`,
          financier,
          instrument: part.instrument,
          basis: "commitment",
          sourceIds: [c.chinaProjects.sourceId],
          first: Math.min(...years),
          last: Math.max(...years),
          years: "calendar",
          native: { dollars: "nominal" },
          chinaMode: "v1-split",
          note: `AidData v1.0, records recommended for research, current dollars; ${unknown} of ${mine.length} such records have no amount and are not counted. Never spliced with v3.0.`,
          valueFor: (y) => sumOrNull(mine.filter((p) => p.year === y && p.usdCurrent !== null).map((p) => p.usdCurrent ?? 0)) ?? (years.includes(y) ? 0 : null),
        });
      }
    }
    for (const kind of ["grants", "loans", "debt-service"] as const) {
      const s = flowSeries(financier, kind);
      if (s) out.push(s);
    }
  }
  defsCache.set(c, out);
  return out;
}

export interface FinancierQuery {
  basis: BasisChoice;
  financiers: readonly Financier[];
  china: ChinaMode;
  groupBy: GroupBy;
  from: number;
  to: number;
  dollars: Dollars;
  baseYear: number | null;
  measure: FinancierMeasure;
}

/** The series a query draws: the basis chosen, the financiers chosen, China as v3.0 or as v1.0's split. */
export function selectSeries(defs: readonly SeriesDef[], q: Pick<FinancierQuery, "basis" | "financiers" | "china">): SeriesDef[] {
  return defs.filter(
    (d) => (q.basis === "all" || d.basis === q.basis) && q.financiers.includes(d.financier) && (d.chinaMode === null || d.chinaMode === q.china),
  );
}

/** The bases each financier has series on (for 400s that name what is allowed). */
export function basesOf(defs: readonly SeriesDef[], financier: Financier): Basis[] {
  return [...new Set(defs.filter((d) => d.financier === financier).map((d) => d.basis))];
}

interface FinancierCell {
  period: Period;
  /** null: no record in the period (never zero) */
  amount: number | null;
  yearsWithData: number;
  yearsInSpan: number;
  coverage: string;
}

interface FinancierSeries {
  id: string;
  financier: Financier;
  financierLabel: string;
  instrument: string;
  basis: Basis;
  basisWords: string;
  /** "China: loans disbursed (disbursement)", the legend, tooltip, table and CSV label */
  label: string;
  years: "fiscal" | "calendar";
  first: number;
  last: number;
  sourceIds: string[];
  notes: string[];
  cells: FinancierCell[];
}

export interface FinancierView {
  query: FinancierQuery;
  periods: Period[];
  series: FinancierSeries[];
  notes: string[];
  sourceIds: string[];
}

/** Amount of `native` dollars of `year` in the dollars asked for. */
function toDollars(amount: number, year: number, native: SeriesDef["native"], dollars: Dollars, baseYear: number | null, cpi: CpiTable): number {
  const from = native.dollars === "constant" ? native.baseYear : year;
  const to = dollars === "constant" && baseYear !== null ? baseYear : year;
  return from === to ? amount : amount * deflationFactor(cpi, from, to);
}

/** Calendar-year labels: the project's periods say "FY"; these series are mostly calendar years. */
function calendarLabel(p: Period): Period {
  return { ...p, label: p.label.replace(/FY/g, "") };
}

function seriesCell(d: SeriesDef, period: Period, q: Pick<FinancierQuery, "dollars" | "baseYear" | "measure">, cpi: CpiTable): FinancierCell {
  let sum = 0, withData = 0;
  const lo = Math.max(period.from, d.first), hi = Math.min(period.to, d.last);
  for (let y = lo; y <= hi; y++) {
    const v = d.valueFor(y);
    if (v === null) continue;
    withData++;
    sum += toDollars(v, y, d.native, q.dollars, q.baseYear, cpi);
  }
  const inSpan = period.to - period.from + 1;
  const amount = withData === 0 ? null : q.measure === "per-year" ? sum / withData : sum;
  return {
    period,
    amount: amount === null ? null : Math.round(amount),
    yearsWithData: withData,
    yearsInSpan: inSpan,
    coverage: withData === 0 ? "no data" : withData === inSpan ? (inSpan === 1 ? "1 year" : `all ${inSpan} years`) : `${withData} of ${inSpan} years`,
  };
}

export function getFinancierView(
  c: CompareData,
  q: FinancierQuery,
  ctx: { annual: readonly AnnualRow[]; figures: readonly SeedFigure[]; relations: RelationsFile; cpi: CpiTable },
): FinancierView {
  const defs = selectSeries(seriesCatalogue(c, ctx.annual), q);
  const periods = periodsFor(q.groupBy, ctx, q.from, q.to).map(calendarLabel);
  const series = defs.map((d) => {
    const notes = d.note ? [d.note] : [];
    if (q.measure === "per-year") notes.push("Per year: divided by the years of the period that have records.");
    return {
      id: d.id,
      financier: d.financier,
      financierLabel: FINANCIER_LABELS[d.financier],
      instrument: d.instrument,
      basis: d.basis,
      basisWords: BASIS_WORDS[d.basis],
      label: `${FINANCIER_LABELS[d.financier]}: ${d.instrument.charAt(0).toLowerCase()}${d.instrument.slice(1)} (${d.basis})`,
      years: d.years,
      first: d.first,
      last: d.last,
      sourceIds: d.sourceIds,
      notes,
      cells: periods.map((p) => seriesCell(d, p, q, ctx.cpi)),
    };
  });
  const notes = [
    "Each series keeps its own basis; series of different bases (obligation, commitment, disbursement, debt service) are never added together.",
    "Years are calendar years, except US obligations, which are US fiscal years.",
  ];
  if (q.dollars === "constant") notes.push(`Constant ${q.baseYear} dollars with US CPI-U, applied to every series alike.`);
  return { query: q, periods, series, notes, sourceIds: [...new Set(series.flatMap((s) => s.sourceIds))] };
}
