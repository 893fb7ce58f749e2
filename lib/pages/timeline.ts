// The timeline's filters (read from the URL, so the server filters and the page works without JavaScript) and what
// each event is shown with: the relations status in force on its date, the aid of its fiscal year, and a link to the
// dashboard around that year.
import type { Dataset } from "../data/dataset";
import { dayNumber, dayNumberAfter, formatEventDate, formatPartialDate } from "../util/dates";
import { LAST_JULY_FISCAL_YEAR, fiscalYearSpan } from "../aid/fiscal";
import { CONFIDENCES, EVENT_CATEGORIES, type AidEvent, type EventCategory } from "../data/schema";
import { DATA_FIRST_FY, DATA_LAST_FY, DEFAULT_VIEW, viewHref } from "../view";

const TIMELINE_ORDERS = ["oldest", "newest"] as const;
type TimelineOrder = (typeof TIMELINE_ORDERS)[number];
type Confidence = (typeof CONFIDENCES)[number];

export interface TimelineFilters {
  q: string;
  categories: EventCategory[];
  decade: number | null;
  confidence: Confidence | null;
  order: TimelineOrder;
}

const DEFAULT_FILTERS: TimelineFilters = { q: "", categories: [], decade: null, confidence: null, order: "oldest" };
const MAX_QUERY_LENGTH = 100;

/** The decades the events touch, e.g. [1950, 1960, ..., 2020]. */
export function eventDecades(ds: Dataset): number[] {
  const years = ds.events.events.flatMap((e) => [Number(e.start.slice(0, 4)), Number((e.end ?? e.start).slice(0, 4))]);
  const first = Math.floor(Math.min(...years) / 10) * 10;
  const last = Math.floor(Math.max(...years) / 10) * 10;
  return Array.from({ length: (last - first) / 10 + 1 }, (_, i) => first + i * 10);
}

/** Reads the timeline's parameters; a value it cannot use is left out and named, with what is allowed. */
export function parseTimelineParams(
  params: URLSearchParams,
  decades: readonly number[],
): { filters: TimelineFilters; issues: string[] } {
  const issues: string[] = [];
  const f: TimelineFilters = { ...DEFAULT_FILTERS, categories: [] };
  const q = params.get("q") ?? "";
  if (q.length > MAX_QUERY_LENGTH) issues.push(`Search: longer than ${MAX_QUERY_LENGTH} characters, so it was cut short.`);
  f.q = q.slice(0, MAX_QUERY_LENGTH).trim();
  for (const c of params.getAll("category")) {
    if (c === "") continue;
    if ((EVENT_CATEGORIES as readonly string[]).includes(c)) {
      if (!f.categories.includes(c as EventCategory)) f.categories.push(c as EventCategory);
    } else issues.push(`Category: "${c.slice(0, 40)}" is not one of ${EVENT_CATEGORIES.join(", ")}.`);
  }
  const decade = params.get("decade");
  if (decade) {
    const m = /^(\d{4})s?$/.exec(decade);
    const n = m ? Number(m[1]) : NaN;
    if (decades.includes(n)) f.decade = n;
    else issues.push(`Decade: "${decade.slice(0, 40)}" is not one of ${decades.map((d) => `${d}s`).join(", ")}.`);
  }
  const confidence = params.get("confidence");
  if (confidence) {
    if ((CONFIDENCES as readonly string[]).includes(confidence)) f.confidence = confidence as Confidence;
    else issues.push(`Confidence: "${confidence.slice(0, 40)}" is not one of ${CONFIDENCES.join(", ")}.`);
  }
  const order = params.get("order");
  if (order) {
    if ((TIMELINE_ORDERS as readonly string[]).includes(order)) f.order = order as TimelineOrder;
    else issues.push(`Order: "${order.slice(0, 40)}" is not one of ${TIMELINE_ORDERS.join(", ")}.`);
  }
  return { filters: f, issues };
}

/** The timeline's own address for a set of filters (only what differs from the defaults). */
export function timelineHref(f: TimelineFilters): string {
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  for (const c of f.categories) p.append("category", c);
  if (f.decade !== null) p.set("decade", `${f.decade}s`);
  if (f.confidence) p.set("confidence", f.confidence);
  if (f.order !== DEFAULT_FILTERS.order) p.set("order", f.order);
  const qs = p.toString();
  return qs ? `/timeline?${qs}` : "/timeline";
}

const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/** Every word of the search must appear in the event's title, description, date, category or its sources' names. */
function matchesSearch(e: AidEvent, q: string, sourceText: (id: string) => string): boolean {
  const words = fold(q).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = fold([e.title, e.description, formatEventDate(e), e.start, e.category, ...e.sourceIds.map(sourceText), ...e.alternatives.map((a) => `${a.date} ${formatPartialDate(a.date)} ${a.note}`)].join(" "));
  return words.every((w) => hay.includes(w));
}

/** Events that pass the filters, in the chosen order. A range counts in every decade it touches. */
export function filterEvents(ds: Dataset, f: TimelineFilters): AidEvent[] {
  const sourceText = (id: string) => {
    const s = ds.sourceById.get(id);
    return s ? `${s.publisher} ${s.title}` : id;
  };
  const out = ds.events.events.filter((e) => {
    if (f.categories.length && !f.categories.includes(e.category)) return false;
    if (f.confidence && e.confidence !== f.confidence) return false;
    if (f.decade !== null) {
      const lo = dayNumber(`${f.decade}`);
      const hi = dayNumber(`${f.decade + 10}`);
      if (!(dayNumber(e.start) < hi && dayNumberAfter(e.end ?? e.start) > lo)) return false;
    }
    return matchesSearch(e, f.q, sourceText);
  });
  const sorted = [...out].sort((a, b) => dayNumber(a.start) - dayNumber(b.start));
  return f.order === "newest" ? sorted.reverse() : sorted;
}

/** The fiscal year a calendar date (or the first day of a month or year) falls in; July-September 1976 is the transition quarter, counted with FY1976 in
 * the annual series (as the Greenbook reports it). */
export function fiscalYearOf(iso: string): { fiscalYear: number; transitionQuarter: boolean } {
  const d = dayNumber(iso);
  const y = Number(iso.slice(0, 4));
  for (const fy of [y, y + 1]) {
    const span = fiscalYearSpan(fy);
    if (d >= dayNumber(span.start) && d <= dayNumber(span.end)) return { fiscalYear: fy, transitionQuarter: false };
  }
  // only the transition quarter (1 July - 30 September 1976) is in no fiscal year
  return { fiscalYear: LAST_JULY_FISCAL_YEAR, transitionQuarter: true };
}

interface EventContext {
  /** the relations status in force on the event's (first) date; null after the phases' coverage ends */
  status: { label: string; status: string; phase: string; phaseId: string } | null;
  /** the status in force on the event's last day, where a range or approximate date ends in another phase */
  statusAtEnd: { label: string; status: string; phase: string } | null;
  fiscalYear: number;
  transitionQuarter: boolean;
  /** the annual series for that fiscal year: null outside FY1955-2024 */
  aid: { total: number | null; status: "reported" | "provisional" | "no-data" | "known-zero"; sourceId: string; knownZeroReason?: string } | null;
  /** the dashboard by year around this fiscal year with its bar marked, or null outside the series */
  dashboardHref: string | null;
  dashboardRange: { from: number; to: number } | null;
}

/** What the timeline shows beside an event. */
export function eventContext(ds: Dataset, e: AidEvent): EventContext {
  const labelOf = new Map(ds.relations.scale.map((s) => [s.status, s.label]));
  const segAt = (iso: string) => {
    const d = dayNumber(iso);
    const segs = ds.relations.segments;
    // each phase runs from its start to the day before the next one's; the last runs to coverageEnd inclusive
    return segs.find((s, i) => dayNumber(s.start) <= d && (d < dayNumber(s.end) || (i === segs.length - 1 && d === dayNumber(s.end)))) ?? null;
  };
  const seg = segAt(e.start);
  const endIso = e.end && (e.precision === "range" || e.precision === "approximate") ? e.end : null;
  const endSeg = endIso ? segAt(endIso) : null;
  const { fiscalYear, transitionQuarter } = fiscalYearOf(e.start);
  const row = ds.annual.rows.find((r) => r.fiscalYear === fiscalYear);
  const inSeries = fiscalYear >= DATA_FIRST_FY && fiscalYear <= DATA_LAST_FY;
  const from = Math.max(DATA_FIRST_FY, fiscalYear - 5);
  const to = Math.min(DATA_LAST_FY, fiscalYear + 5);
  return {
    status: seg ? { label: labelOf.get(seg.status) ?? seg.status, status: seg.status, phase: seg.label, phaseId: seg.id } : null,
    statusAtEnd:
      endSeg && seg && endSeg.id !== seg.id ? { label: labelOf.get(endSeg.status) ?? endSeg.status, status: endSeg.status, phase: endSeg.label } : null,
    fiscalYear,
    transitionQuarter,
    aid: row ? { total: row.total, status: row.status, sourceId: row.sourceId, ...(row.knownZero ? { knownZeroReason: row.knownZero.reason } : {}) } : null,
    // by year around the event, its fiscal year's bar marked, opened at chart 1
    dashboardHref: inSeries ? `${viewHref({ ...DEFAULT_VIEW, groupBy: "year", from, to, mark: fiscalYear })}#aid-figure` : null,
    dashboardRange: inSeries ? { from, to } : null,
  };
}
