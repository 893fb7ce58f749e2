// Shapes aid amounts into periods: by year, decade, the seed's periods, relations phase or any span; totals or per-year averages, nominal or constant.
import { type CpiTable, deflateSpanEvenly, deflateToBaseYear } from "./cpi";
import type { Period } from "./periods";
import { isKnownZero, knownZeroNote, knownZeroRuns, type KnownZeroRun } from "./known-zero";
import type { AnnualRow, SeedFigure, SeedPrecision } from "../data/schema";

export type { Period } from "./periods";

export const GROUP_BYS = ["year", "decade", "seed-period", "relations-phase", "span"] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export const DOLLARS = ["nominal", "constant"] as const;
export type Dollars = (typeof DOLLARS)[number];
export const MEASURES = ["total", "per-year"] as const;
export type Measure = (typeof MEASURES)[number];
export const SERIES = ["annual", "seed"] as const;
export type Series = (typeof SERIES)[number];
/** What a per-year average divides by: the years of the period whose value is known (default: years with records and
 * years known to be $0), or every year of the period, counting the years without records as no aid. */
export const AVERAGE_OVER = ["years-with-records", "every-year"] as const;
export type AverageOver = (typeof AVERAGE_OVER)[number];

interface DollarOptions {
  dollars: Dollars;
  /** CPI base year; required when dollars is "constant" */
  baseYear: number | null;
  measure: Measure;
  /** the divisor of per-year averages; "years-with-records" when not given */
  averageOver?: AverageOver;
  cpi: CpiTable;
}

/** How a per-year figure was computed: the number of years divided by and the words that say so. */
interface PerYearDivisor {
  years: number;
  over: AverageOver;
  /** "per year, over the 5 of 10 years with records"; "per year, over the 10 of 10 years with known values (5 known
   * to be $0)" where known zeros count */
  label: string;
}

type RowPrecision = "exact" | "includes-provisional" | SeedPrecision;

export interface Coverage {
  /** years whose value is known: years with records plus years known to be $0 */
  yearsWithData: number;
  yearsInSpan: number;
  /** some years of the span have no record */
  partial: boolean;
  missingYears: number[];
  /** years without records known to be $0 (no US aid could flow; the row's notes say why) */
  knownZeroYears: number[];
  /** years whose amounts are split into economic and military */
  splitYears: number;
  label: string;
}

export interface AidRow {
  series: Series;
  period: Period;
  economic: number | null;
  military: number | null;
  /** amount of years with a total but no economic/military split (FY2021 on) */
  unsplit: number | null;
  total: number | null;
  /** military / (economic + military), over the years that have the split; null where none do */
  militaryShare: number | null;
  /** With per-year averages, economic and military divided by the years that have the split only (not the row's
   * divisor), so they do not add up to the total: their own named columns. Null for totals and where no year has it. */
  splitYearsAverage: { economic: number; military: number; years: number } | null;
  /** per-year averages: what the amounts were divided by; null for totals */
  divisor: PerYearDivisor | null;
  coverage: Coverage;
  /** the period's years known to be $0, in runs that share one reason, with the events and sources that establish it */
  knownZeros: KnownZeroRun[];
  units: "USD";
  dollars: Dollars;
  baseYear: number | null;
  measure: Measure;
  precision: RowPrecision;
  /** programme the figures are limited to, where a seed figure names one */
  programme: string | null;
  sourceIds: string[];
  notes: string[];
}

function coverageLabel(withData: number, inSpan: number, zeros: number): string {
  if (withData === 0) return "no data";
  const known = zeros === 0 ? "" : zeros === withData ? ", $0" : ` (${zeros} at $0)`;
  if (withData === inSpan) return (inSpan === 1 ? "1 year" : `all ${inSpan} years`) + known;
  return `${withData} of ${inSpan} years${known}`;
}

const round = (n: number | null) => (n === null ? null : Math.round(n));

/**
 * Rounds parts to whole dollars so that they add up exactly to `target` (the rounded sum): each part is rounded down
 * and the dollars left over go to the parts with the largest remainders. Null parts stay null.
 */
export function roundPartsTo(parts: readonly (number | null)[], target: number): (number | null)[] {
  const floors = parts.map((v) => (v === null ? null : Math.floor(v)));
  const known = floors.filter((v): v is number => v !== null);
  let left = target - known.reduce((a, b) => a + b, 0);
  const order = parts
    .map((v, i) => ({ i, rem: v === null ? -1 : v - Math.floor(v) }))
    .filter((x) => x.rem >= 0)
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  const out = [...floors];
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left--;
  }
  return out;
}

/** The words of a per-year divisor, as the bar tooltip, table, CSV and API state it. */
function divisorLabel(over: AverageOver, withData: number, inSpan: number, knownZeros = 0): string {
  if (over !== "every-year" && knownZeros > 0)
    return `per year, over the ${withData} of ${inSpan} year${inSpan === 1 ? "" : "s"} with known values (${knownZeros === withData ? "all" : knownZeros} known to be $0)`;
  if (over === "every-year") {
    const gap = inSpan - withData;
    return `per year, over all ${inSpan} year${inSpan === 1 ? "" : "s"} of the period${gap > 0 ? ` (the ${gap} without records counted as no aid)` : ""}`;
  }
  if (withData === inSpan) return inSpan === 1 ? "per year, over 1 year with records" : `per year, over all ${inSpan} years, each with records`;
  return `per year, over the ${withData} of ${inSpan} years with records`;
}
/** Annual Greenbook / ForeignAssistance.gov rows summed (or averaged per year with data) over each period. */
export function aggregateAnnual(rows: readonly AnnualRow[], periods: readonly Period[], opts: DollarOptions): AidRow[] {
  const byYear = new Map(rows.map((r) => [r.fiscalYear, r]));
  const conv = (amount: number, fy: number) =>
    opts.dollars === "constant" && opts.baseYear !== null ? deflateToBaseYear(amount, fy, opts.baseYear, opts.cpi) : amount;
  return periods.map((period) => {
    let economic = 0, military = 0, unsplit = 0, total = 0, withData = 0, splitYears = 0, provisional = false;
    const missing: number[] = [];
    const zeros: number[] = [];
    const sourceIds = new Set<string>();
    for (let fy = period.from; fy <= period.to; fy++) {
      const r = byYear.get(fy);
      if (isKnownZero(r)) {
        // no records because no aid could flow: a known $0, economic and military alike, counted in every divisor
        zeros.push(fy);
        withData++;
        splitYears++;
        for (const id of r.knownZero.sourceIds) sourceIds.add(id);
        continue;
      }
      if (!r || r.status === "no-data" || r.total === null) {
        missing.push(fy);
        continue;
      }
      withData++;
      sourceIds.add(r.sourceId);
      if (r.status === "provisional") provisional = true;
      total += conv(r.total, fy);
      if (r.economic !== null && r.military !== null) {
        splitYears++;
        economic += conv(r.economic, fy);
        military += conv(r.military, fy);
      } else unsplit += conv(r.total, fy);
    }
    const inSpan = period.to - period.from + 1;
    const perYear = opts.measure === "per-year";
    const over = opts.averageOver ?? "years-with-records";
    const divYears = over === "every-year" ? inSpan : withData;
    const div = perYear && divYears > 0 ? divYears : 1;
    const notes: string[] = [];
    const zeroRuns = zeros.length ? knownZeroRuns(rows, period.from, period.to) : [];
    notes.push(...zeroRuns.map(knownZeroNote));
    if (withData > 0 && missing.length)
      notes.push(
        perYear && over === "every-year"
          ? `No records for ${missing.map((y) => `FY${y}`).join(", ")}: assumed to be no aid (counted as $0) in the per-year average, as chosen.`
          : `No records for ${missing.map((y) => `FY${y}`).join(", ")}: counted as no data, not zero.`,
      );
    if (withData > 0 && splitYears < withData)
      notes.push(`No economic/military split for ${withData - splitYears} year${withData - splitYears === 1 ? "" : "s"} (ForeignAssistance.gov totals).`);
    if (provisional) notes.push("Includes FY2024, which is provisional (the latest year of its edition is incomplete).");
    const none = withData === 0;
    const hasSplit = !none && splitYears > 0;
    const totalOut = none ? null : Math.round(total / div);
    // every part is divided by the same number of years and rounded to add up to the total exactly
    const [e, m, u] = none ? [null, null, null] : roundPartsTo([hasSplit ? economic / div : null, hasSplit ? military / div : null, unsplit / div], totalOut ?? 0);
    return {
      series: "annual",
      period,
      economic: e,
      military: m,
      unsplit: u,
      total: totalOut,
      splitYearsAverage: perYear && hasSplit ? { economic: Math.round(economic / splitYears), military: Math.round(military / splitYears), years: splitYears } : null,
      divisor: perYear && !none ? { years: div, over, label: divisorLabel(over, withData, inSpan, zeros.length) } : null,
      militaryShare: splitYears === 0 || economic + military === 0 ? null : military / (economic + military),
      coverage: {
        yearsWithData: withData,
        yearsInSpan: inSpan,
        partial: withData > 0 && withData < inSpan,
        missingYears: missing,
        knownZeroYears: zeros,
        splitYears,
        label: coverageLabel(withData, inSpan, zeros.length),
      },
      knownZeros: zeroRuns,
      units: "USD",
      dollars: opts.dollars,
      baseYear: opts.dollars === "constant" ? opts.baseYear : null,
      measure: opts.measure,
      precision: provisional ? "includes-provisional" : "exact",
      programme: null,
      sourceIds: [...sourceIds],
      notes,
    };
  });
}

/**
 * The seed's own figures, one row per seed period. Figures of one period (economic and military of 1955-63) sit in one
 * row; figures of different periods are never added together, because the periods overlap.
 */
export function seedRows(figures: readonly SeedFigure[], periods: readonly Period[], sourceId: string, opts: DollarOptions): AidRow[] {
  return periods.map((period) => {
    const mine = figures.filter((f) => f.startYear === period.from && f.endYear === period.to);
    const n = period.to - period.from + 1;
    const conv = (amount: number) =>
      opts.dollars === "constant" && opts.baseYear !== null
        ? deflateSpanEvenly(amount, period.from, period.to, opts.baseYear, opts.cpi)
        : amount;
    const pick = (kind: SeedFigure["kind"]) => {
      const f = mine.find((x) => x.kind === kind);
      return f ? conv(f.amount) / (opts.measure === "per-year" ? n : 1) : null;
    };
    const economic = pick("economic");
    const military = pick("military");
    const total = pick("total");
    const precisions = [...new Set(mine.map((f) => f.precision))];
    const notes = mine.map((f) => `Seed paragraph ${f.paragraph}: "${f.statedAs}" (${f.precision}).`);
    if (opts.dollars === "constant" && n > 1) notes.push("Constant dollars assume the amount was spread evenly over the span.");
    return {
      series: "seed",
      period,
      economic: round(economic),
      military: round(military),
      unsplit: null,
      total: round(total),
      militaryShare: economic !== null && military !== null && economic + military > 0 ? military / (economic + military) : null,
      splitYearsAverage: null,
      divisor: opts.measure === "per-year" ? { years: n, over: "every-year", label: `per year, over the ${n === 1 ? "1 year" : `${n} years`} the seed states it for` } : null,
      coverage: { yearsWithData: n, yearsInSpan: n, partial: false, missingYears: [], knownZeroYears: [], splitYears: economic !== null && military !== null ? n : 0, label: "stated for the whole span" },
      knownZeros: [],
      units: "USD",
      dollars: opts.dollars,
      baseYear: opts.dollars === "constant" ? opts.baseYear : null,
      measure: opts.measure,
      precision: precisions.length === 1 ? precisions[0] : "exact",
      programme: mine.find((f) => f.programme)?.programme ?? null,
      sourceIds: [sourceId],
      notes,
    };
  });
}

/** Sum of one kind over fiscal years from..to, with how many years had records. */
export function annualSum(
  rows: readonly AnnualRow[],
  kind: "economic" | "military" | "total",
  from: number,
  to: number,
): { amount: number | null; yearsWithData: number; yearsInSpan: number; missingYears: number[] } {
  let amount = 0, withData = 0;
  const missing: number[] = [];
  for (let fy = from; fy <= to; fy++) {
    const r = rows.find((x) => x.fiscalYear === fy);
    const v = r ? r[kind] : null;
    if (v === null) missing.push(fy);
    else {
      amount += v;
      withData++;
    }
  }
  return { amount: withData ? amount : null, yearsWithData: withData, yearsInSpan: to - from + 1, missingYears: missing };
}
