// Cambodia among its neighbours: US obligations (Greenbook) to the chosen countries by period, as totals, per-year
// averages, dollars per person (each year's aid over that year's population) or a share of GDP (where the World Bank
// has it), nominal or constant; and Cambodia's share of US aid to the chosen countries. Pure functions of the data.
import { roundPartsTo, type Dollars, type GroupBy } from "../aid/aggregate";
import { deflateToBaseYear, type CpiTable } from "../aid/cpi";
import { periodsFor, type Period } from "../aid/periods";
import { isKnownZero, knownZeroNote, knownZeroRuns } from "../aid/known-zero";
import type { AnnualRow, RelationsFile, SeedFigure } from "../data/schema";
import { populationSeriesFor, SOUTH_VIETNAM_LAST_YEAR, SOUTH_VIETNAM_NOTE } from "./population";
import type { CompareData, NeighbourId } from "./schema";
import { NEIGHBOUR_LABELS } from "./ids";

export { NEIGHBOUR_LABELS };

export const NEIGHBOUR_MEASURES = ["total", "per-year", "per-person", "gdp-share"] as const;
export type NeighbourMeasure = (typeof NEIGHBOUR_MEASURES)[number];

/** Cambodia first, always; a sensible default for the picker. */
export const DEFAULT_NEIGHBOURS: readonly NeighbourId[] = ["cambodia", "laos", "vietnam", "thailand"];

export interface NeighbourQuery {
  countries: readonly NeighbourId[];
  groupBy: GroupBy;
  from: number;
  to: number;
  dollars: Dollars;
  baseYear: number | null;
  measure: NeighbourMeasure;
}

export interface NeighbourContext {
  annual: readonly AnnualRow[];
  figures: readonly SeedFigure[];
  relations: RelationsFile;
  cpi: CpiTable;
}

interface NeighbourCell {
  country: NeighbourId;
  label: string;
  /** in the measure's units: dollars, dollars per person, or a fraction of GDP; null: no data (never zero) */
  economic: number | null;
  military: number | null;
  total: number | null;
  /** the total in dollars of the chosen basis, whatever the measure (Cambodia's share is computed from these) */
  amountUsd: number | null;
  yearsWithData: number;
  yearsInSpan: number;
  missingYears: number[];
  /** Cambodia's years without records that the dashboard's series knows to be $0 (with their reason): counted as $0 */
  knownZeroYears: number[];
  /** years with records whose total is net negative (de-obligations exceeding new obligations): kept negative */
  negativeYears: number[];
  /** per-person: the population series divided by ("south-vietnam" for Vietnam before 1976) */
  populationSeries: string[];
  /** gdp-share: years with records that have a GDP, and why the share is null or partial */
  gdpYears: number[] | null;
  reason: string | null;
  notes: string[];
}

interface NeighbourRow {
  period: Period;
  cells: NeighbourCell[];
  /** Cambodia's total over the chosen countries' totals in the period (dollars of the chosen basis); null where there is nothing to share */
  cambodiaShare: number | null;
}

export interface NeighbourView {
  query: NeighbourQuery;
  rows: NeighbourRow[];
  units: "USD" | "USD per person" | "share of GDP";
  notes: string[];
  sourceIds: string[];
}

/** The first and last fiscal years of the neighbours file. */
export function neighbourYearRange(c: CompareData): { first: number; last: number } {
  const ys = c.neighboursAid.rows.map((r) => r.fiscalYear);
  return { first: Math.min(...ys), last: Math.max(...ys) };
}

interface YearAmounts {
  economic: number;
  military: number;
  total: number;
}

/** Nominal amounts per country and fiscal year, the 1976 transition quarter counted with FY1976. */
function byCountryYear(c: CompareData): Map<string, YearAmounts> {
  const out = new Map<string, YearAmounts>();
  for (const r of c.neighboursAid.rows) {
    const key = `${r.country}/${r.fiscalYear}`;
    const prev = out.get(key) ?? { economic: 0, military: 0, total: 0 };
    out.set(key, { economic: prev.economic + r.economic, military: prev.military + r.military, total: prev.total + r.total });
  }
  return out;
}

const cache = new WeakMap<CompareData, { amounts: Map<string, YearAmounts>; pop: Map<string, number>; gdp: Map<string, number> }>();
function indexes(c: CompareData) {
  let ix = cache.get(c);
  if (!ix) {
    ix = {
      amounts: byCountryYear(c),
      pop: new Map(c.population.rows.map((r) => [`${r.series}/${r.year}`, r.population])),
      gdp: new Map(c.gdp.rows.map((r) => [`${r.country}/${r.year}`, r.gdp])),
    };
    cache.set(c, ix);
  }
  return ix;
}

/** Rounds parts to `step` so that they add up to the rounded total (the project's rule, at any precision). */
function roundParts(e: number, m: number, t: number, step: number): [number, number, number] {
  const total = Math.round(t / step);
  const [re, rm] = roundPartsTo([e / step, m / step], total);
  const fix = (n: number | null) => Number(((n ?? 0) * step).toFixed(12));
  return [fix(re), fix(rm), fix(total)];
}

/** Per-person figures are rounded to the cent, shares of GDP to a millionth (0.0001%). */
const STEP: Record<NeighbourMeasure, number> = { total: 1, "per-year": 1, "per-person": 0.01, "gdp-share": 0.000001 };

function gdpReason(country: NeighbourId, years: readonly number[], first: number | null): string {
  const label = NEIGHBOUR_LABELS[country];
  if (country === "vietnam" && years.every((y) => y <= SOUTH_VIETNAM_LAST_YEAR))
    return "The World Bank has no GDP for South Vietnam, so no share of GDP can be given (not zero).";
  if (first === null) return `The World Bank has no GDP for ${label}; no share of GDP can be given (not zero).`;
  return `The World Bank has GDP for ${label} only from ${first}; no share of GDP before then (not zero).`;
}

export function neighbourCell(
  c: CompareData,
  country: NeighbourId,
  period: Period,
  q: NeighbourQuery,
  ctx: Pick<NeighbourContext, "cpi" | "annual">,
): NeighbourCell {
  const { cpi } = ctx;
  const ix = indexes(c);
  // Cambodia's known zeros (the dashboard's own series): $0 with their reason, not "no data"
  const annualByYear = country === "cambodia" ? new Map(ctx.annual.map((r) => [r.fiscalYear, r])) : null;
  const zeros: number[] = [];
  const conv = (amount: number, fy: number) => (q.dollars === "constant" && q.baseYear !== null ? deflateToBaseYear(amount, fy, q.baseYear, cpi) : amount);
  let e = 0, m = 0, t = 0, pe = 0, pm = 0, pt = 0, ge = 0, gm = 0, gt = 0, gdpSum = 0;
  const missing: number[] = [], negative: number[] = [], gdpYears: number[] = [], withData: number[] = [];
  const popSeries = new Set<string>();
  for (let fy = period.from; fy <= period.to; fy++) {
    const known = ix.amounts.get(`${country}/${fy}`);
    const zero = !known && isKnownZero(annualByYear?.get(fy));
    if (zero) zeros.push(fy);
    const a = known ?? (zero ? { economic: 0, military: 0, total: 0 } : undefined);
    if (!a) {
      missing.push(fy);
      continue;
    }
    withData.push(fy);
    if (a.total < 0) negative.push(fy);
    e += conv(a.economic, fy);
    m += conv(a.military, fy);
    t += conv(a.total, fy);
    const series = populationSeriesFor(country, fy);
    const pop = ix.pop.get(`${series}/${fy}`);
    if (pop !== undefined) {
      popSeries.add(series);
      pe += conv(a.economic, fy) / pop;
      pm += conv(a.military, fy) / pop;
      pt += conv(a.total, fy) / pop;
    }
    // shares of GDP compare current dollars with current dollars of the same year, whatever the chosen basis
    const gdp = country === "vietnam" && fy <= SOUTH_VIETNAM_LAST_YEAR ? undefined : ix.gdp.get(`${country}/${fy}`);
    if (gdp !== undefined) {
      gdpYears.push(fy);
      ge += a.economic;
      gm += a.military;
      gt += a.total;
      gdpSum += gdp;
    }
  }
  const none = withData.length === 0;
  const notes: string[] = [];
  if (!none && missing.length) notes.push(`No records for ${missing.map((y) => `FY${y}`).join(", ")}: no data, not zero.`);
  if (zeros.length) notes.push(...knownZeroRuns(ctx.annual, period.from, period.to).map(knownZeroNote));
  if (negative.length)
    notes.push(`Net negative in ${negative.map((y) => `FY${y}`).join(", ")} (more de-obligated than obligated): kept negative, as published.`);
  if (country === "vietnam" && withData.some((y) => y === 1976)) notes.push("FY1976 includes the July-September 1976 transition quarter.");
  let values: [number, number, number] | null = null;
  let reason: string | null = none ? "No records in this period: no data, not zero." : null;
  if (!none) {
    const step = STEP[q.measure];
    if (q.measure === "total") values = roundParts(e, m, t, step);
    else if (q.measure === "per-year") values = roundParts(e / withData.length, m / withData.length, t / withData.length, step);
    else if (q.measure === "per-person") {
      values = roundParts(pe, pm, pt, step);
      if (popSeries.has("south-vietnam")) notes.push(SOUTH_VIETNAM_NOTE);
    } else if (gdpYears.length === 0 || gdpSum <= 0) {
      const first = c.gdp.rows.filter((r) => r.country === country).reduce<number | null>((a, r) => (a === null || r.year < a ? r.year : a), null);
      reason = gdpReason(country, withData, first);
    } else {
      values = roundParts(ge / gdpSum, gm / gdpSum, gt / gdpSum, step);
      if (gdpYears.length < withData.length) {
        const lacking = withData.filter((y) => !gdpYears.includes(y));
        reason = `Share of GDP over the ${gdpYears.length} of ${withData.length} years with records that have a World Bank GDP (none for ${lacking.map((y) => `FY${y}`).join(", ")}).`;
      }
      if (country === "myanmar") notes.push("Myanmar's early GDP converts at the official exchange rate, far from market rates: its share of GDP is overstated or understated accordingly.");
    }
  }
  return {
    country,
    label: NEIGHBOUR_LABELS[country],
    economic: values ? values[0] : null,
    military: values ? values[1] : null,
    total: values ? values[2] : null,
    amountUsd: none ? null : Math.round(t),
    yearsWithData: withData.length,
    yearsInSpan: period.to - period.from + 1,
    missingYears: missing,
    knownZeroYears: zeros,
    negativeYears: negative,
    populationSeries: q.measure === "per-person" ? [...popSeries] : [],
    gdpYears: q.measure === "gdp-share" ? gdpYears : null,
    reason,
    notes,
  };
}

const NEIGHBOUR_NOTES = {
  perPerson:
    "Per person: each fiscal year's aid divided by the population of the calendar year of the same number, summed over the period's years with records (dollars per person over the period).",
  gdpShare:
    "Share of GDP: the period's aid over the period's GDP, both in current dollars, over the years with records that have a World Bank GDP; fiscal-year aid against calendar-year GDP, an approximation.",
  perYear: "Per-year averages divide by the years in the period that have records.",
  obligations: "Greenbook obligations and loan authorisations, not disbursements, by US fiscal year.",
  share: "Cambodia's share: Cambodia's total over the total of the chosen countries in the same period and dollars.",
} as const;

export function getNeighbourView(c: CompareData, q: NeighbourQuery, ctx: NeighbourContext): NeighbourView {
  const periods = periodsFor(q.groupBy, ctx, q.from, q.to);
  const rows = periods.map((period) => {
    const cells = q.countries.map((country) => neighbourCell(c, country, period, q, ctx));
    const sum = cells.reduce((a, x) => a + (x.amountUsd ?? 0), 0);
    const kh = cells.find((x) => x.country === "cambodia");
    return { period, cells, cambodiaShare: kh && kh.amountUsd !== null && sum > 0 ? kh.amountUsd / sum : null };
  });
  const notes: string[] = [NEIGHBOUR_NOTES.obligations, NEIGHBOUR_NOTES.share];
  if (q.measure === "per-year") notes.push(NEIGHBOUR_NOTES.perYear);
  if (q.measure === "per-person") notes.push(NEIGHBOUR_NOTES.perPerson);
  if (q.measure === "gdp-share") notes.push(NEIGHBOUR_NOTES.gdpShare);
  if (q.countries.includes("vietnam") && q.from <= SOUTH_VIETNAM_LAST_YEAR) notes.push("\"Vietnam\" before 1976 is South Vietnam.");
  const sourceIds = [c.neighboursAid.sourceId];
  if (rows.some((row) => row.cells.some((x) => x.knownZeroYears.length))) sourceIds.push(...new Set(knownZeroRuns(ctx.annual, q.from, q.to).flatMap((r) => r.sourceIds)));
  if (q.measure === "per-person") {
    const used = new Set(rows.flatMap((row) => row.cells.flatMap((x) => x.populationSeries)));
    sourceIds.push(...new Set(c.population.rows.filter((r) => used.has(r.series)).map((r) => r.sourceId)));
  }
  if (q.measure === "gdp-share") sourceIds.push(c.gdp.sourceId);
  return { query: q, rows, units: q.measure === "per-person" ? "USD per person" : q.measure === "gdp-share" ? "share of GDP" : "USD", notes, sourceIds };
}
