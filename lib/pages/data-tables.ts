// The /data page's two tables (annual series, events) filtered and sorted by GET parameters, so they work without
// JavaScript, and "Download CSV of this table" gives exactly the rows shown, in the order shown.
import type { Dataset } from "../data/dataset";
import { dayNumber, formatEventDate } from "../util/dates";
import { toCsv } from "../export/csv";
import { ANNUAL_STATUSES, CONFIDENCES, EVENT_CATEGORIES, type AidEvent, type AnnualRow } from "../data/schema";
import { DATA_FIRST_FY, DATA_LAST_FY } from "../view";

type Dir = "asc" | "desc";
const pick = <T extends string>(v: string | null, allowed: readonly T[], fallback: T): T => (v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback);
const yearParam = (v: string | null, fallback: number) => {
  const n = v !== null && /^\d{4}$/.test(v) ? Number(v) : NaN;
  return Number.isFinite(n) ? Math.min(DATA_LAST_FY, Math.max(DATA_FIRST_FY, n)) : fallback;
};

export const ANNUAL_SORTS = ["year", "total", "economic", "military"] as const;
export const ANNUAL_TABLE_STATUSES = ["any", ...ANNUAL_STATUSES] as const;
interface AnnualTableQuery {
  from: number;
  to: number;
  status: (typeof ANNUAL_TABLE_STATUSES)[number];
  sort: (typeof ANNUAL_SORTS)[number];
  dir: Dir;
}

export function parseAnnualTableQuery(p: URLSearchParams): AnnualTableQuery {
  const from = yearParam(p.get("a_from"), DATA_FIRST_FY);
  const to = yearParam(p.get("a_to"), DATA_LAST_FY);
  return {
    from: Math.min(from, to),
    to: Math.max(from, to),
    status: pick(p.get("a_status"), ANNUAL_TABLE_STATUSES, "any"),
    sort: pick(p.get("a_sort"), ANNUAL_SORTS, "year"),
    dir: pick(p.get("a_dir"), ["asc", "desc"] as const, "asc"),
  };
}

export function annualTableParams(q: AnnualTableQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.from !== DATA_FIRST_FY) p.set("a_from", String(q.from));
  if (q.to !== DATA_LAST_FY) p.set("a_to", String(q.to));
  if (q.status !== "any") p.set("a_status", q.status);
  if (q.sort !== "year") p.set("a_sort", q.sort);
  if (q.dir !== "asc") p.set("a_dir", q.dir);
  return p;
}

/** Rows in range and status, sorted; a year without data sorts after every amount, whichever the direction. */
export function annualTableRows(ds: Dataset, q: AnnualTableQuery): AnnualRow[] {
  const rows = ds.annual.rows.filter((r) => r.fiscalYear >= q.from && r.fiscalYear <= q.to && (q.status === "any" || r.status === q.status));
  const key = (r: AnnualRow) => (q.sort === "year" ? r.fiscalYear : r[q.sort]);
  const sign = q.dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? a.fiscalYear - b.fiscalYear : ka === null ? 1 : -1;
    return (ka - kb) * sign || a.fiscalYear - b.fiscalYear;
  });
}

export function annualTableCsv(ds: Dataset, rows: readonly AnnualRow[]): string {
  return toCsv(
    ["fiscal_year", "status", "economic_usd", "military_usd", "total_usd", "source_id", "source"],
    rows.map((r) => [r.fiscalYear, r.status, r.economic, r.military, r.total, r.sourceId, ds.sourceById.get(r.sourceId)?.title ?? null]),
  );
}

export const EVENT_SORTS = ["date", "category", "confidence", "title"] as const;
interface EventsTableQuery {
  q: string;
  category: (typeof EVENT_CATEGORIES)[number] | "any";
  confidence: (typeof CONFIDENCES)[number] | "any";
  sort: (typeof EVENT_SORTS)[number];
  dir: Dir;
}

export function parseEventsTableQuery(p: URLSearchParams): EventsTableQuery {
  return {
    q: (p.get("e_q") ?? "").slice(0, 100).trim(),
    category: pick(p.get("e_category"), ["any", ...EVENT_CATEGORIES] as const, "any"),
    confidence: pick(p.get("e_confidence"), ["any", ...CONFIDENCES] as const, "any"),
    sort: pick(p.get("e_sort"), EVENT_SORTS, "date"),
    dir: pick(p.get("e_dir"), ["asc", "desc"] as const, "asc"),
  };
}

export function eventsTableParams(q: EventsTableQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.q) p.set("e_q", q.q);
  if (q.category !== "any") p.set("e_category", q.category);
  if (q.confidence !== "any") p.set("e_confidence", q.confidence);
  if (q.sort !== "date") p.set("e_sort", q.sort);
  if (q.dir !== "asc") p.set("e_dir", q.dir);
  return p;
}

const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;

export function eventsTableRows(ds: Dataset, q: EventsTableQuery): AidEvent[] {
  const words = q.q.toLowerCase().split(/\s+/).filter(Boolean);
  const rows = ds.events.events.filter((e) => {
    if (q.category !== "any" && e.category !== q.category) return false;
    if (q.confidence !== "any" && e.confidence !== q.confidence) return false;
    const hay = `${e.title} ${e.description} ${formatEventDate(e)} ${e.start}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
  const by = (e: AidEvent): string | number =>
    q.sort === "date" ? dayNumber(e.start) : q.sort === "confidence" ? CONFIDENCE_RANK[e.confidence] : q.sort === "category" ? e.category : e.title.toLowerCase();
  const sign = q.dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = by(a);
    const kb = by(b);
    const c = typeof ka === "number" && typeof kb === "number" ? ka - kb : String(ka).localeCompare(String(kb));
    return c * sign || dayNumber(a.start) - dayNumber(b.start);
  });
}

export function eventsTableCsv(rows: readonly AidEvent[]): string {
  return toCsv(
    ["id", "date", "start", "end", "precision", "category", "title", "description", "confidence", "source_ids", "alternative_dates"],
    rows.map((e) => [e.id, formatEventDate(e), e.start, e.end, e.precision, e.category, e.title, e.description, e.confidence, e.sourceIds.join(" "), e.alternatives.map((a) => a.date).join(" ")]),
  );
}
