// A data set and a query -> the answers the API serves and the server-rendered pages draw: aid rows shaped by period
// with their metadata, programmes, events, reconciliations, disputes.
import {
  aggregateAnnual,
  seedRows,
  type AidRow,
  type AverageOver,
  type Dollars,
  type GroupBy,
  type Measure,
  type Series,
} from "./aggregate";
import { periodsFor } from "./periods";
import { detailedParts, kindParts, partKeysFor, type Part, type PartKey, type Split } from "./parts";
import { cpiTable, CPI_METHOD_NOTE, type CpiTable } from "./cpi";
import type { Dataset } from "../data/dataset";
import { dayNumber, dayNumberAfter } from "../util/dates";
import { formatUsdFull } from "../util/format";
import { knownZeroNote, knownZeroRuns } from "./known-zero";
import { formBreakdown, programmeBreakdown, yearsWithRecords } from "./programmes";
import { reconcileSeedFigure, type Reconciliation } from "./reconcile";
import type { AidEvent, Dispute, EventCategory, SourceRef } from "../data/schema";

export interface AidQuery {
  series: Series;
  groupBy: GroupBy;
  split: Split;
  from: number;
  to: number;
  dollars: Dollars;
  baseYear: number | null;
  measure: Measure;
  /** per-year averages of the annual series: the divisor ("years-with-records" otherwise) */
  averageOver: AverageOver;
}

export const FISCAL_YEAR_NOTE =
  "Fiscal year N runs July N-1 to June N up to FY1976 (plus a July-September 1976 transition quarter) and October N-1 to September N from FY1977.";
const AVERAGE_NOTE =
  "Per-year averages divide by the years in the period whose value is known: years with records and years known to be $0 because no US aid could flow; coverage says how many.";
const EVERY_YEAR_NOTE =
  "Assumption: per-year averages divide by every year of the period, counting years without records as no aid ($0); a period with no records at all stays no data.";
const SPLIT_AVERAGE_NOTE =
  "Economic, military and total-only parts are divided by the same years as the total, so they add up to it; the average over the years that have the economic/military split alone is its own column.";
const PHASE_NOTE =
  "Relations phases use each boundary's primary date; a fiscal year belongs to the phase in force at its midpoint.";

const cpiCache = new WeakMap<Dataset, CpiTable>();
export function getCpi(ds: Dataset): CpiTable {
  let t = cpiCache.get(ds);
  if (!t) cpiCache.set(ds, (t = cpiTable(ds.cpi)));
  return t;
}

function sourceSummary(ds: Dataset, ids: Iterable<string>): SourceRef[] {
  return [...new Set(ids)].flatMap((id) => {
    const s = ds.sourceById.get(id);
    return s ? [{ id: s.id, title: s.title, publisher: s.publisher }] : [];
  });
}

export type AidAnswerRow = AidRow & { parts: Part[] };

export interface AidAnswer {
  query: AidQuery;
  rows: AidAnswerRow[];
  meta: {
    partKeys: PartKey[];
    units: "USD";
    dollars: Dollars;
    baseYear: number | null;
    measure: Measure;
    averageOver: AverageOver;
    notes: string[];
    sourceChanges: Dataset["annual"]["sourceChanges"];
    /** fiscal years of the range with a total but no economic/military split (FY2021 on) */
    unsplitYears: number[];
    sources: SourceRef[];
  };
}

export function getAidAnswer(ds: Dataset, q: AidQuery): AidAnswer {
  const cpi = getCpi(ds);
  const opts = { dollars: q.dollars, baseYear: q.dollars === "constant" ? q.baseYear : null, measure: q.measure, averageOver: q.averageOver, cpi };
  const periods = periodsFor(q.groupBy, { annual: ds.annual.rows, figures: ds.seed.figures, relations: ds.relations }, q.from, q.to);
  const base =
    q.series === "seed"
      ? seedRows(ds.seed.figures, periods, ds.seed.sourceId, opts)
      : aggregateAnnual(ds.annual.rows, periods, opts);
  const detail =
    q.series === "annual" && q.split !== "kind"
      ? detailedParts(q.split, periods, { annual: ds.annual.rows, programmes: ds.programmes, cpi }, opts)
      : null;
  const disagreements = q.series === "annual" ? getDisagreements(ds) : [];
  const rows: AidAnswerRow[] = base.map((r) => {
    const other = disagreements.filter((d) => d.fiscalYear >= r.period.from && d.fiscalYear <= r.period.to);
    // a long period gets one line, not one per year (the annual table lists them all)
    const otherNotes =
      other.length > 2
        ? [`Another ForeignAssistance.gov edition gives different totals for ${other.map((d) => `FY${d.fiscalYear}`).filter((v, i, a) => a.indexOf(v) === i).join(", ")}; the annual table lists them.`]
        : other.map((d) => disagreementNote(ds, d));
    const notes = other.length ? [...r.notes, ...otherNotes] : r.notes;
    const sourceIds = other.length ? [...new Set([...r.sourceIds, ...other.map((d) => d.other.sourceId)])] : r.sourceIds;
    return { ...r, notes, sourceIds, parts: detail?.get(r.period.id) ?? kindParts(r) };
  });
  const notes = [q.series === "seed" ? "The seed article's own figures; they overlap in time and are never added together." : "Obligations (not disbursements), by US fiscal year.", FISCAL_YEAR_NOTE];
  if (q.series === "seed" && rows.length === 0) {
    const spans = [...new Set(ds.seed.figures.map((f) => (f.startYear === f.endYear ? `FY${f.startYear}` : `FY${f.startYear}-${f.endYear}`)))];
    notes.unshift(`No seed figure's period lies wholly inside FY${q.from}-${q.to}, so none is shown; the seed's periods are ${spans.join(", ")}.`);
  }
  if (q.series === "annual") notes.push(...knownZeroRuns(ds.annual.rows, q.from, q.to).map(knownZeroNote));
  if (q.dollars === "constant") notes.push(CPI_METHOD_NOTE.replace("base year", `${q.baseYear}`));
  if (q.measure === "per-year" && q.series === "annual") {
    notes.push(q.averageOver === "every-year" ? EVERY_YEAR_NOTE : AVERAGE_NOTE);
    if (rows.some((r) => r.splitYearsAverage && r.splitYearsAverage.years !== r.divisor?.years)) notes.push(SPLIT_AVERAGE_NOTE);
  }
  if (q.measure === "per-year" && q.series === "seed") notes.push("Per-year figures divide each seed figure by the years of the span it is stated for.");
  if (q.groupBy === "relations-phase") notes.push(PHASE_NOTE);
  if (q.groupBy === "seed-period" && q.series === "annual")
    notes.push("The seed article's periods overlap (FY2004-2007 and FY2010 lie inside or beside 1993-2008): each bar is the Greenbook for that period alone; do not add bars together.");
  if (detail) notes.push("Programme detail comes from the Greenbook's accounts and ends at FY2020; later years show as a total only.");
  const ids = new Set(rows.flatMap((r) => r.sourceIds));
  if (detail) ids.add(ds.programmes.sourceId);
  if (q.dollars === "constant") ids.add(ds.cpi.sourceId);
  return {
    query: q,
    rows,
    meta: {
      partKeys: partKeysFor(q.split, q.series),
      units: "USD",
      dollars: q.dollars,
      baseYear: opts.baseYear,
      measure: q.measure,
      averageOver: q.averageOver,
      notes,
      sourceChanges: q.series === "annual" ? ds.annual.sourceChanges.filter((c) => c.afterFiscalYear >= q.from && c.afterFiscalYear < q.to) : [],
      unsplitYears:
        q.series === "annual"
          ? ds.annual.rows.filter((r) => r.fiscalYear >= q.from && r.fiscalYear <= q.to && r.total !== null && (r.economic === null || r.military === null)).map((r) => r.fiscalYear)
          : [],
      sources: sourceSummary(ds, ids),
    },
  };
}

/** Where another source gives a different total for a fiscal year (by $1,000 or more): shown, not hidden. */
const DISAGREEMENT_MIN_USD = 1_000;

export interface Disagreement {
  fiscalYear: number;
  shown: { sourceId: string; total: number };
  other: { sourceId: string; total: number; provisional: boolean };
}

export function getDisagreements(ds: Dataset): Disagreement[] {
  const out: Disagreement[] = [];
  const provisional = new Set(ds.foreignAssistance.provisional.map((p) => `${p.sourceId}/${p.fiscalYear}`));
  for (const r of ds.annual.rows) {
    if (r.total === null) continue;
    for (const f of ds.foreignAssistance.rows) {
      if (f.fiscalYear !== r.fiscalYear || f.sourceId === r.sourceId) continue;
      const diff = Math.abs(f.obligationsCurrent - r.total);
      if (diff >= DISAGREEMENT_MIN_USD)
        out.push({
          fiscalYear: r.fiscalYear,
          shown: { sourceId: r.sourceId, total: r.total },
          other: { sourceId: f.sourceId, total: f.obligationsCurrent, provisional: provisional.has(`${f.sourceId}/${f.fiscalYear}`) },
        });
    }
  }
  return out;
}

function disagreementNote(ds: Dataset, d: Disagreement): string {
  const src = ds.sourceById.get(d.other.sourceId);
  const name = src ? `${src.title.split(" (")[0]}, ${src.edition ?? src.publisher}` : d.other.sourceId;
  return `FY${d.fiscalYear}: ${name} gives ${formatUsdFull(d.other.total)} in current dollars${d.other.provisional ? " (provisional)" : ""}, against ${formatUsdFull(d.shown.total)} shown.`;
}

/** The last fiscal year of a range that the Greenbook's programme detail reaches (it ends at FY2020). */
export function programmeDetailEnd(ds: Dataset, to: number): number {
  return Math.min(to, ds.programmes.rows.reduce((m, r) => Math.max(m, r.fiscalYear), 0));
}

export function getProgrammesAnswer(ds: Dataset, q: { from: number; to: number; dollars: Dollars; baseYear: number | null }) {
  const opts = { ...q, baseYear: q.dollars === "constant" ? q.baseYear : null, cpi: getCpi(ds) };
  const to = programmeDetailEnd(ds, q.to);
  return {
    query: q,
    programmes: programmeBreakdown(ds.programmes, { ...opts, to }),
    forms: formBreakdown(ds.programmes, { ...opts, to }),
    meta: {
      units: "USD",
      coveredTo: to,
      notes: [
        "Greenbook obligations by account, netted: the historical USAID grant line is shown net of the adjustment that cancels its double counting of the Economic Support Fund.",
        ...(to < q.to ? [`Programme detail ends at FY${to}: later totals have no breakdown.`] : []),
        ...(yearsWithRecords(ds.programmes, q.from, to).length === 0
          ? [`No programme records for ${q.from === q.to ? `FY${q.from}` : `FY${q.from}-${q.to}`}: the amounts are no data (null), not zero.`]
          : []),
        ...(q.dollars === "constant" ? [CPI_METHOD_NOTE] : []),
      ],
      sources: sourceSummary(ds, [ds.programmes.sourceId, ...(q.dollars === "constant" ? [ds.cpi.sourceId] : [])]),
    },
  };
}

export function eventYearRange(ds: Dataset): { first: number; last: number } {
  const years = ds.events.events.map((e) => Number(e.start.slice(0, 4)));
  return { first: Math.min(1950, ...years), last: Math.max(...years) };
}

/** Events overlapping calendar years from..to, optionally one category, in date order. */
export function getEvents(ds: Dataset, q: { from: number; to: number; category: EventCategory | null }): AidEvent[] {
  const lo = dayNumber(`${q.from}`);
  const hi = dayNumberAfter(`${q.to}`);
  return ds.events.events
    .filter((e) => (q.category === null || e.category === q.category) && dayNumber(e.start) < hi && dayNumberAfter(e.end ?? e.start) > lo)
    .sort((a, b) => dayNumber(a.start) - dayNumber(b.start));
}

export function getReconciliations(ds: Dataset): Reconciliation[] {
  const greenbook = ds.programmes.sourceId;
  return ds.seed.figures.map((f) =>
    reconcileSeedFigure(f, { annual: ds.annual.rows, programmes: ds.programmes, cpi: getCpi(ds), sourceIds: { seed: ds.seed.sourceId, greenbook } }),
  );
}

interface DisputeEntry extends Dispute {
  /** computed from the Greenbook where the dispute names a check */
  checkResult: { programmeId: string; from: number; to: number; amount: number; yearsWithObligations: number[] } | null;
}

export function getDisputes(ds: Dataset): DisputeEntry[] {
  const cpi = getCpi(ds);
  return ds.disputes.disputes.map((d) => {
    if (!d.check) return { ...d, checkResult: null };
    const { programmeId, from, to } = d.check;
    const t = programmeBreakdown(ds.programmes, { from, to, dollars: "nominal", baseYear: null, cpi }).find((p) => p.programme.id === programmeId);
    const accounts = new Set(ds.programmes.accounts.filter((a) => a.programmeId === programmeId).map((a) => a.id));
    const years = [...new Set(ds.programmes.rows.filter((r) => accounts.has(r.accountId) && r.amount !== 0 && r.fiscalYear >= from && r.fiscalYear <= to).map((r) => r.fiscalYear))].sort((a, b) => a - b);
    return { ...d, checkResult: { programmeId, from, to, amount: t?.amount ?? 0, yearsWithObligations: years } };
  });
}
