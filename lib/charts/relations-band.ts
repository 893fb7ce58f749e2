// Chart 3, the relations-status band: phases coloured by status on chart 1's time axis, disputed and approximate
// boundaries, and a row of dated event markers. Pure: a model in pixel coordinates and its static SVG face; the React
// component draws the markers of the same model as focusable buttons.
import { dayNumber, dayNumberAfter, formatEventDate, formatPartialDate, parsePartialDate } from "../dates";
import { fiscalYearSpan } from "../fiscal";
import type { AidEvent, RelationsFile, RelationSegment, Source } from "../schema";
import { FONT_FAMILY } from "./text";
import { el, type SvgNode } from "../svg/tree";
import { plotArea, timeScale, type TimedPeriod } from "./layout";
import { cssVarColor, type ColorResolver } from "./palette";

/** Height of the band chart without its SVG legend: label strip, band, marker row, span lanes, axis. */
export const BAND_HEIGHT = 120;

/** Vertical layout of the band (pixels from the top of the SVG); the same at every width. */
export const BAND_LAYOUT = {
  /** baseline of the small labels of disputed alternative dates, above the band */
  altLabelY: 12,
  bandTop: 18,
  bandHeight: 36,
  /** centre of the event marker row */
  markerY: 66,
  markerR: 5,
  /** first lane of the thin bars of ranged and approximate events */
  laneTop: 76,
  laneStep: 5,
  laneHeight: 3,
  lanes: 4,
  axisY: 98,
  tickLabelY: 113,
} as const;

export type SourceRef = Pick<Source, "id" | "title" | "publisher">;

/** Statuses drawn with light text (var(--status-ink-dark) is white-ish, for the dark fills). */
const DARK_FILL_STATUSES = new Set(["no-mission", "severed"]);

export interface BandPhase {
  id: string;
  status: string;
  statusLabel: string;
  label: string;
  /** the phase's own dates (not clipped) */
  start: string;
  end: string;
  x: number;
  width: number;
  /** CSS variable of the fill and of the text drawn on it */
  fillVar: string;
  inkVar: "--status-ink-light" | "--status-ink-dark";
  /** "Severed: 3 May 1965 to 2 July 1969" */
  title: string;
  /** start and end as read (approximate, month and year boundaries shown as such) */
  fromText: string;
  toText: string;
  /** the start is disputed: other dates sources give for it */
  disputed: boolean;
  alternatives: { date: string; dateText: string; sourceIds: string[]; note: string }[];
  /** text drawn inside the band where it fits: status on the first line, the phase's name on the second */
  lines: { text: string; size: number }[];
  sourceIds: string[];
  rationale: string;
}

export interface BandNotCovered {
  side: "before" | "after";
  /** first day not covered (after coverageEnd), or the first day of the range (before the first phase) */
  from: string;
  x: number;
  width: number;
  title: string;
  /** "not covered" on one line, or on two where the part is narrow; none where even that does not fit */
  lines: string[];
}

export interface BandAlternative {
  date: string;
  dateText: string;
  /** null when the date lies outside the visible range (listed in the title only) */
  x: number | null;
  /** short label drawn above the band, null where it would collide */
  tickLabel: string | null;
  sourceIds: string[];
  note: string;
}

export interface BandBoundary {
  segmentId: string;
  kind: "disputed" | "approximate";
  date: string;
  dateText: string;
  /** x of the primary date; null when outside the visible range (alternatives may still be drawn) */
  x: number | null;
  title: string;
  alternatives: BandAlternative[];
}

export interface BandMarker {
  id: string;
  /** day number of the start and, for drawn spans, of the day after the end */
  day: number;
  x: number;
  bar: { x: number; width: number; lane: number } | null;
  dateText: string;
  eventTitle: string;
  description: string;
  category: AidEvent["category"];
  confidence: AidEvent["confidence"];
  unconfirmed: boolean;
  sourceIds: string[];
  /** publishers, in the order cited, without duplicates (ids where no source list was given) */
  publishers: string[];
  /** "3 May 1965: Cambodia breaks off diplomatic relations with the US" (+ " (unconfirmed)") */
  text: string;
  /** text + ". Source: publisher; publisher": the marker's accessible name */
  ariaLabel: string;
}

export interface BandTick {
  year: number;
  x: number;
}

export interface RelationsBandModel {
  width: number;
  plot: { left: number; right: number };
  /** visible calendar range: first day and last day (inclusive) of chart 1's periods */
  range: { start: string; end: string; startDay: number; endDay: number };
  fiscalRange: { from: number; to: number };
  coverageEnd: string;
  scale: { status: string; label: string; rank: number; description: string }[];
  phases: BandPhase[];
  notCovered: BandNotCovered[];
  boundaries: BandBoundary[];
  markers: BandMarker[];
  /** events left out because they start outside the visible range */
  omittedEvents: number;
  ticks: BandTick[];
  tickStep: number;
  title: string;
  description: string;
}

export interface RelationsBandInput {
  relations: RelationsFile;
  events: readonly AidEvent[];
  periods: readonly TimedPeriod[];
  width: number;
  /** publishers for the texts; without it, source ids are named */
  sources?: readonly SourceRef[];
}

const FONT = FONT_FAMILY;
export const approxTextWidth = (s: string, size: number) => s.length * size * 0.58;

function isoFromYmd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Last day of a fiscal year as ISO, and the visible range the time scale spans (mirrors timeScale's ends). */
function visibleRange(periods: readonly TimedPeriod[]): RelationsBandModel["range"] & { fyFrom: number; fyTo: number } {
  const fyFrom = periods[0]?.from ?? 1955;
  const fyTo = periods[periods.length - 1]?.to ?? 2024;
  const start = fiscalYearSpan(fyFrom).start;
  const end = fiscalYearSpan(fyTo).end;
  return { start, end, startDay: dayNumber(start), endDay: dayNumber(end) + 1, fyFrom, fyTo };
}

/** "4 years 2 months" between two calendar dates (whole months, no time zone). */
export function durationText(startIso: string, endIso: string): string {
  const a = parsePartialDate(startIso);
  const b = parsePartialDate(endIso);
  let months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
  if (months < 0) months = 0;
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts: string[] = [];
  if (y > 0) parts.push(`${y} year${y === 1 ? "" : "s"}`);
  if (m > 0 || y === 0) parts.push(`${m} month${m === 1 ? "" : "s"}`);
  return parts.join(" ");
}

function sourceLookup(sources: RelationsBandInput["sources"]): (id: string) => SourceRef | undefined {
  if (!sources) return () => undefined;
  const map = new Map(sources.map((s) => [s.id, s]));
  return (id) => map.get(id);
}

/** Publishers of the given source ids, first citation first, each once. */
export function publishersOf(ids: readonly string[], lookup: (id: string) => SourceRef | undefined): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const p = lookup(id)?.publisher ?? id;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** How a phase's start reads: the exact day, "July 1997", "2007" or "early 1960s (placed at 1 January 1963)". */
export function boundaryText(seg: RelationSegment): string {
  const b = seg.startBoundary;
  let text: string;
  if (b.precision === "approximate") text = `${b.label ?? `about ${formatPartialDate(seg.start)}`} (placed at ${formatPartialDate(seg.start)})`;
  else if (b.precision === "month") text = b.label ?? formatPartialDate(seg.start.slice(0, 7));
  else if (b.precision === "year") text = b.label ?? formatPartialDate(seg.start.slice(0, 4));
  else text = formatPartialDate(seg.start);
  return text;
}

function notCoveredLines(w: number): string[] {
  if (approxTextWidth("not covered", 10) + 8 <= w) return ["not covered"];
  if (approxTextWidth("covered", 10) + 6 <= w) return ["not", "covered"];
  return [];
}

function disputedNote(seg: RelationSegment): string {
  const b = seg.startBoundary;
  return b.disputed && b.alternatives.length > 0 ? ` (disputed; also ${b.alternatives.map((a) => formatPartialDate(a.date)).join(", ")})` : "";
}

export function buildRelationsBandModel(input: RelationsBandInput): RelationsBandModel {
  const { relations, events, periods, width } = input;
  const lookup = sourceLookup(input.sources);
  const plot = plotArea(width, BAND_HEIGHT);
  const xOf = timeScale(periods, plot);
  const range = visibleRange(periods);
  const coverageEndDay = dayNumber(relations.coverageEnd);
  const scale = [...relations.scale].sort((a, b) => a.rank - b.rank);
  const statusLabel = new Map(scale.map((s) => [s.status, s.label]));
  const segments = [...relations.segments].sort((a, b) => dayNumber(a.start) - dayNumber(b.start));
  const startsAt = new Map(segments.map((s) => [s.start, s]));
  const fits = (s: string, size: number, w: number) => approxTextWidth(s, size) + 8 <= w;

  // Phases, clipped to the visible range and to the end of coverage.
  const phases: BandPhase[] = [];
  for (const seg of segments) {
    const s = Math.max(dayNumber(seg.start), range.startDay);
    const e = Math.min(dayNumber(seg.end), coverageEndDay, range.endDay);
    if (e <= s) continue;
    const x0 = xOf(s);
    const x1 = xOf(e);
    if (!(x1 > x0)) continue;
    const label = statusLabel.get(seg.status) ?? seg.status;
    const next = startsAt.get(seg.end);
    const fromText = boundaryText(seg);
    const toText = next ? boundaryText(next) : formatPartialDate(seg.end);
    const w = x1 - x0;
    const lines: BandPhase["lines"] = [];
    const size = fits(label, 11, w) ? 11 : approxTextWidth(label, 10) + 4 <= w ? 10 : 0;
    if (size > 0) {
      lines.push({ text: label, size });
      if (fits(seg.label, 10, w)) lines.push({ text: seg.label, size: 10 });
    }
    phases.push({
      id: seg.id,
      status: seg.status,
      statusLabel: label,
      label: seg.label,
      start: seg.start,
      end: seg.end,
      x: x0,
      width: w,
      fillVar: `--status-${seg.status}`,
      inkVar: DARK_FILL_STATUSES.has(seg.status) ? "--status-ink-dark" : "--status-ink-light",
      title: `${label}: ${fromText}${disputedNote(seg)} to ${toText}. ${seg.label}.`,
      fromText,
      toText,
      disputed: seg.startBoundary.disputed,
      alternatives: seg.startBoundary.disputed
        ? seg.startBoundary.alternatives.map((a) => ({ date: a.date, dateText: formatPartialDate(a.date), sourceIds: a.sourceIds, note: a.note }))
        : [],
      lines,
      sourceIds: seg.sourceIds,
      rationale: seg.rationale,
    });
  }

  // Not covered: after coverageEnd (never a continuation of the last status) and before the first phase.
  const notCovered: BandNotCovered[] = [];
  const plotRight = plot.left + plot.width;
  const firstStart = segments.length > 0 ? dayNumber(segments[0].start) : coverageEndDay;
  if (range.startDay < firstStart) {
    const x1 = xOf(Math.min(firstStart, range.endDay));
    if (x1 > plot.left) {
      notCovered.push({
        side: "before",
        from: range.start,
        x: plot.left,
        width: x1 - plot.left,
        title: `Not covered: before ${formatPartialDate(segments[0]?.start ?? relations.coverageEnd)} no status is recorded.`,
        lines: notCoveredLines(x1 - plot.left),
      });
    }
  }
  if (range.endDay > coverageEndDay) {
    const x0 = xOf(Math.max(coverageEndDay, range.startDay));
    if (plotRight > x0) {
      notCovered.push({
        side: "after",
        from: relations.coverageEnd,
        x: x0,
        width: plotRight - x0,
        title: `Not covered: after ${formatPartialDate(relations.coverageEnd)}, the last sourced event, no status is claimed.`,
        lines: notCoveredLines(plotRight - x0),
      });
    }
  }

  // Disputed and approximate boundaries.
  const inRange = (d: number) => d >= range.startDay && d <= range.endDay;
  const boundaries: BandBoundary[] = [];
  for (const seg of segments) {
    const b = seg.startBoundary;
    const kind = b.disputed ? "disputed" : b.precision === "approximate" ? "approximate" : null;
    if (!kind) continue;
    const day = dayNumber(seg.start);
    const alternatives: BandAlternative[] = b.disputed
      ? b.alternatives.map((a) => {
          const d = dayNumber(a.date);
          return { date: a.date, dateText: formatPartialDate(a.date), x: inRange(d) ? xOf(d) : null, tickLabel: null, sourceIds: a.sourceIds, note: a.note };
        })
      : [];
    const x = inRange(day) && day < coverageEndDay ? xOf(day) : null;
    if (x === null && alternatives.every((a) => a.x === null)) continue;
    const cite = (ids: readonly string[]) => publishersOf(ids, lookup).join("; ");
    const title =
      kind === "disputed"
        ? [
            `Disputed: ${formatPartialDate(seg.start)} (primary; ${cite(seg.sourceIds)}); also ${alternatives.map((a) => `${a.dateText} (${cite(a.sourceIds)})`).join(", ")}.`,
            `Start of "${seg.label}"; the band uses the primary date.`,
            ...alternatives.map((a) => `${a.dateText}: ${a.note}`),
          ].join("\n")
        : `Approximate boundary: ${b.label ?? formatPartialDate(seg.start)}, placed at ${formatPartialDate(seg.start)} (start of "${seg.label}").`;
    boundaries.push({ segmentId: seg.id, kind, date: seg.start, dateText: formatPartialDate(seg.start), x, title, alternatives });
  }
  placeAlternativeLabels(boundaries, plot.left, plotRight);

  // Event markers at each start date; thin bars for ranges and approximate dates. Events starting outside the range
  // are left out.
  const visible = events
    .filter((e) => {
      const d = dayNumber(e.start);
      return d >= range.startDay && d < range.endDay;
    })
    .sort((a, b) => dayNumber(a.start) - dayNumber(b.start) || a.id.localeCompare(b.id));
  const laneEnds: number[] = Array.from({ length: BAND_LAYOUT.lanes }, () => -Infinity);
  const markers: BandMarker[] = visible.map((e) => {
    const day = dayNumber(e.start);
    const x = xOf(day);
    let bar: BandMarker["bar"] = null;
    if (e.precision === "range" || e.precision === "approximate") {
      const after = Math.min(dayNumberAfter(e.end ?? e.start), range.endDay);
      let lane = laneEnds.findIndex((end) => end <= day);
      if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
      laneEnds[lane] = after;
      const x1 = xOf(after);
      bar = { x, width: Math.max(1, x1 - x), lane };
    }
    const dateText = formatEventDate(e);
    const unconfirmed = e.confidence === "low";
    const text = `${dateText}: ${e.title}${unconfirmed ? " (unconfirmed)" : ""}`;
    const publishers = publishersOf(e.sourceIds, lookup);
    return {
      id: e.id,
      day,
      x,
      bar,
      dateText,
      eventTitle: e.title,
      description: e.description,
      category: e.category,
      confidence: e.confidence,
      unconfirmed,
      sourceIds: e.sourceIds,
      publishers,
      text,
      ariaLabel: `${text}. Source${publishers.length === 1 ? "" : "s"}: ${publishers.join("; ")}`,
    };
  });

  // Year ticks at 1 January, every 5 or 10 years depending on the room per year.
  const firstYear = parsePartialDate(range.start).year;
  const lastYear = parsePartialDate(range.end).year;
  const pxPerYear = plot.width / Math.max(1, (range.endDay - range.startDay) / 365.25);
  const tickStep = pxPerYear * 5 >= 44 ? 5 : pxPerYear * 10 >= 30 ? 10 : 20;
  const ticks: BandTick[] = [];
  for (let y = Math.ceil(firstYear / tickStep) * tickStep; y <= lastYear; y += tickStep) {
    const d = dayNumber(isoFromYmd(y, 1, 1));
    if (d >= range.startDay && d <= range.endDay) ticks.push({ year: y, x: xOf(d) });
  }

  const fiscalText = range.fyFrom === range.fyTo ? `FY${range.fyFrom}` : `FY${range.fyFrom} to FY${range.fyTo}`;
  const phaseText = phases.map((p) => `${p.statusLabel}, ${p.fromText}${p.disputed ? " (disputed)" : ""} to ${p.toText} (${p.label})`).join("; ");
  const after = notCovered.find((n) => n.side === "after");
  return {
    width,
    plot: { left: plot.left, right: plotRight },
    range: { start: range.start, end: range.end, startDay: range.startDay, endDay: range.endDay },
    fiscalRange: { from: range.fyFrom, to: range.fyTo },
    coverageEnd: relations.coverageEnd,
    scale: scale.map((s) => ({ status: s.status, label: s.label, rank: s.rank, description: s.description })),
    phases,
    notCovered,
    boundaries,
    markers,
    omittedEvents: events.length - markers.length,
    ticks,
    tickStep,
    title: `State of US-Cambodia relations, ${fiscalText}`,
    description:
      `Relations status from ${formatPartialDate(range.start)} to ${formatPartialDate(range.end)}, ${phases.length} phase${phases.length === 1 ? "" : "s"}: ${phaseText || "none"}.` +
      (after ? ` After ${formatPartialDate(relations.coverageEnd)} the status is not covered.` : "") +
      ` ${markers.length} dated event${markers.length === 1 ? "" : "s"} marked below the band${markers.some((m) => m.unconfirmed) ? "; hollow markers are unconfirmed" : ""}.`,
  };
}

/** Short labels above the band for alternative dates, left to right, dropped (to the title) where they would collide. */
function placeAlternativeLabels(boundaries: BandBoundary[], left: number, right: number): void {
  const alts = boundaries.flatMap((b) => b.alternatives).filter((a) => a.x !== null).sort((a, b) => (a.x ?? 0) - (b.x ?? 0));
  const primaries = boundaries.filter((b) => b.kind === "disputed" && b.x !== null).map((b) => b.x as number);
  let lastRight = -Infinity;
  for (const a of alts) {
    const x = a.x as number;
    const candidates = [a.dateText, a.date.slice(0, 4)];
    for (const c of candidates) {
      const half = approxTextWidth(c, 9) / 2;
      const lo = x - half;
      const hi = x + half;
      if (lo < left - 4 || hi > right + 4 || lo < lastRight + 4) continue;
      // keep clear of the primary line's own top, which is drawn in the same strip
      if (primaries.some((p) => p > lo - 1 && p < hi + 1)) continue;
      a.tickLabel = c;
      lastRight = hi;
      break;
    }
  }
}

export interface LegendItem {
  kind: "status" | "not-covered" | "event" | "unconfirmed" | "span" | "disputed" | "approximate";
  label: string;
  status?: string;
}

/** Legend entries: every status in rank order, not covered, then what the marks mean. */
export function relationsLegendItems(model: Pick<RelationsBandModel, "scale">): LegendItem[] {
  return [
    ...model.scale.map((s): LegendItem => ({ kind: "status", label: s.label, status: s.status })),
    { kind: "not-covered", label: "Not covered" },
    { kind: "event", label: "Dated event" },
    { kind: "unconfirmed", label: "Unconfirmed event (low confidence)" },
    { kind: "span", label: "Date range or approximate date" },
    { kind: "disputed", label: "Disputed date: primary (solid), alternative (dashed)" },
    { kind: "approximate", label: "Approximate boundary (dotted)" },
  ];
}

const LEGEND_ROW = 18;
const LEGEND_SWATCH = 12;
const LEGEND_FONT = 11;

function layoutLegend(items: readonly LegendItem[], width: number): { items: (LegendItem & { x: number; row: number })[]; height: number } {
  const left = 8;
  const right = width - 8;
  let x = left;
  let row = 0;
  const out: (LegendItem & { x: number; row: number })[] = [];
  for (const it of items) {
    const w = LEGEND_SWATCH + 5 + approxTextWidth(it.label, LEGEND_FONT) + 14;
    if (x > left && x + w > right) {
      row += 1;
      x = left;
    }
    out.push({ ...it, x, row });
    x += w;
  }
  return { items: out, height: (row + 1) * LEGEND_ROW + 10 };
}

/** Total SVG height: BAND_HEIGHT, plus the legend rows when the legend is drawn inside the SVG. */
export function relationsBandHeight(model: Pick<RelationsBandModel, "scale">, width: number, legend: boolean): number {
  return BAND_HEIGHT + (legend ? layoutLegend(relationsLegendItems(model), width).height : 0);
}

export interface RelationsBandRenderOptions {
  width: number;
  /** defaults to relationsBandHeight(model, width, legend) */
  height?: number;
  color?: ColorResolver;
  /** draw the legend inside the SVG (exports); the page shows an HTML legend instead */
  legend?: boolean;
  /** prefix for element ids (title, desc, hatch pattern) so several charts can share a page */
  idPrefix?: string;
  /** draw the event markers; the live component draws its own focusable markers over the static face instead */
  markers?: boolean;
}

export function renderRelationsBand(model: RelationsBandModel, opts: RelationsBandRenderOptions): SvgNode {
  const color = opts.color ?? cssVarColor;
  const legend = opts.legend ?? false;
  const { width } = opts;
  const height = opts.height ?? relationsBandHeight(model, width, legend);
  const prefix = opts.idPrefix ?? "relations-band";
  const id = (s: string) => `${prefix}-${s}`;
  const L = BAND_LAYOUT;
  const bandBottom = L.bandTop + L.bandHeight;
  const fg = color("--fg");
  const axis = color("--chart-axis");
  const muted = color("--muted");

  const defs = el("defs", {}, [
    el("pattern", { id: id("hatch"), width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" }, [
      el("rect", { width: 6, height: 6, fill: color("--status-not-covered") }),
      el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: axis, "stroke-width": 1.5 }),
    ]),
  ]);

  const gutter = el("g", { "data-part": "gutter", "font-size": 10, fill: muted, "text-anchor": "end" }, [
    el("text", { x: model.plot.left - 6, y: L.bandTop + L.bandHeight / 2, "dominant-baseline": "middle" }, ["Status"]),
    el("text", { x: model.plot.left - 6, y: L.markerY, "dominant-baseline": "middle" }, ["Events"]),
  ]);

  const phaseLineY = (n: number, i: number) => L.bandTop + L.bandHeight / 2 + (n === 1 ? 0 : i === 0 ? -7 : 7);
  const phases = el(
    "g",
    { "data-part": "phases" },
    model.phases.map((p) =>
      el("g", { "data-phase": p.id }, [
        el("rect", { x: p.x, y: L.bandTop, width: p.width, height: L.bandHeight, fill: color(p.fillVar), "data-status": p.status, "data-phase": p.id, "data-part": "phase" }, [
          el("title", {}, [p.title]),
        ]),
        ...p.lines.map((line, i) =>
          el(
            "text",
            {
              x: p.x + p.width / 2,
              y: phaseLineY(p.lines.length, i),
              "text-anchor": "middle",
              "dominant-baseline": "middle",
              "font-size": line.size,
              "font-weight": i === 0 ? 600 : undefined,
              fill: color(p.inkVar),
              "pointer-events": "none",
              "aria-hidden": "true",
            },
            [line.text],
          ),
        ),
      ]),
    ),
  );

  const notCovered = el(
    "g",
    { "data-part": "not-covered" },
    model.notCovered.map((n) =>
      el("g", { "data-phase": `not-covered-${n.side}` }, [
        el("rect", { x: n.x, y: L.bandTop, width: n.width, height: L.bandHeight, fill: `url(#${id("hatch")})`, stroke: axis, "stroke-width": 0.75, "data-status": "not-covered", "data-phase": `not-covered-${n.side}` }, [
          el("title", {}, [n.title]),
        ]),
        ...n.lines.map((line, i) =>
          el(
            "text",
            { x: n.x + n.width / 2, y: phaseLineY(n.lines.length, i), "text-anchor": "middle", "dominant-baseline": "middle", "font-size": 10, fill: fg, "pointer-events": "none" },
            [line],
          ),
        ),
      ]),
    ),
  );

  const boundaries = el(
    "g",
    { "data-part": "boundaries" },
    model.boundaries.map((b) => {
      const lines: (SvgNode | null)[] = [el("title", {}, [b.title])];
      if (b.x !== null) {
        const dash = b.kind === "approximate" ? "1.5 2.5" : undefined;
        lines.push(el("line", { x1: b.x, x2: b.x, y1: L.bandTop - (b.kind === "disputed" ? 4 : 0), y2: bandBottom + 2, stroke: fg, "stroke-width": 1.5, "stroke-dasharray": dash, "stroke-linecap": dash ? "round" : undefined, "data-primary": "true" }));
        lines.push(el("line", { x1: b.x, x2: b.x, y1: L.bandTop, y2: bandBottom, stroke: fg, "stroke-opacity": 0, "stroke-width": 8, "pointer-events": "stroke" }));
      }
      for (const a of b.alternatives) {
        if (a.x === null) continue;
        lines.push(el("line", { x1: a.x, x2: a.x, y1: L.bandTop - 3, y2: bandBottom, stroke: fg, "stroke-width": 1, "stroke-dasharray": "3 2", "data-alternative": a.date }));
        lines.push(el("line", { x1: a.x, x2: a.x, y1: L.bandTop - 3, y2: bandBottom, stroke: fg, "stroke-opacity": 0, "stroke-width": 8, "pointer-events": "stroke" }));
        if (a.tickLabel) lines.push(el("text", { x: a.x, y: L.altLabelY, "text-anchor": "middle", "font-size": 9, fill: muted }, [a.tickLabel]));
      }
      return el("g", { "data-boundary": b.segmentId, "data-kind": b.kind, "data-disputed": b.kind === "disputed" ? "true" : undefined }, lines);
    }),
  );

  const markers = opts.markers === false ? null : renderMarkers(model, color);

  const axisY = L.axisY;
  const axisNode = el("g", { "data-part": "axis" }, [
    el("line", { x1: model.plot.left, x2: model.plot.right, y1: axisY, y2: axisY, stroke: axis, "stroke-width": 1 }),
    ...model.ticks.map((t) =>
      el("g", { "data-tick": t.year }, [
        el("line", { x1: t.x, x2: t.x, y1: axisY, y2: axisY + 4, stroke: axis, "stroke-width": 1 }),
        el("text", { x: t.x, y: L.tickLabelY, "text-anchor": "middle", "font-size": 10, fill: axis }, [String(t.year)]),
      ]),
    ),
  ]);

  const legendNode = legend ? renderLegend(model, width, color, id("hatch")) : null;

  return el(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-labelledby": id("title"),
      "aria-describedby": id("desc"),
      "font-family": FONT,
      "data-chart": "relations-band",
    },
    [
      el("title", { id: id("title") }, [model.title]),
      el("desc", { id: id("desc") }, [model.description]),
      defs,
      gutter,
      phases,
      notCovered,
      // an outline keeps the darkest phases visible against a dark page
      el("rect", { x: model.plot.left, y: L.bandTop, width: Math.max(0, model.plot.right - model.plot.left), height: L.bandHeight, fill: "none", stroke: axis, "stroke-width": 1, "data-part": "band-outline" }),
      boundaries,
      axisNode,
      markers,
      legendNode,
    ],
  );
}

/** The static event markers (exports, print); the live component draws the same shapes as buttons. */
export function renderMarkers(model: RelationsBandModel, color: ColorResolver = cssVarColor): SvgNode {
  return el(
    "g",
    { "data-part": "markers" },
    model.markers.map((m) => {
      const g = markerGeometry(m);
      return el("g", { "data-event": m.id, "data-confidence": m.confidence }, [
        el("title", {}, [m.ariaLabel]),
        g.bar ? el("rect", { x: g.bar.x, y: g.bar.y, width: g.bar.width, height: g.bar.height, fill: color("--fg"), "fill-opacity": 0.7 }) : null,
        el("circle", {
          cx: g.cx,
          cy: g.cy,
          r: g.r,
          fill: m.unconfirmed ? color("--bg") : color("--fg"),
          stroke: m.unconfirmed ? color("--fg") : color("--bg"),
          "stroke-width": m.unconfirmed ? 1.5 : 1,
        }),
      ]);
    }),
  );
}

/** Pixel shapes of one marker: the circle on the marker row and, for spans, the thin bar in its lane. */
export function markerGeometry(m: BandMarker): { cx: number; cy: number; r: number; bar: { x: number; y: number; width: number; height: number } | null } {
  const L = BAND_LAYOUT;
  return {
    cx: m.x,
    cy: L.markerY,
    r: L.markerR,
    bar: m.bar ? { x: m.bar.x, y: L.laneTop + m.bar.lane * L.laneStep, width: m.bar.width, height: L.laneHeight } : null,
  };
}

function renderLegend(model: RelationsBandModel, width: number, color: ColorResolver, hatchId: string): SvgNode {
  const top = BAND_HEIGHT + 4;
  const { items } = layoutLegend(relationsLegendItems(model), width);
  const fg = color("--fg");
  const axis = color("--chart-axis");
  return el(
    "g",
    { "data-part": "legend", "font-size": LEGEND_FONT, fill: fg },
    items.map((it) => {
      const y = top + it.row * LEGEND_ROW;
      const cy = y + LEGEND_SWATCH / 2;
      const sx = it.x;
      let swatch: SvgNode;
      switch (it.kind) {
        case "status":
          swatch = el("rect", { x: sx, y, width: LEGEND_SWATCH, height: LEGEND_SWATCH, fill: color(`--status-${it.status}`), stroke: axis, "stroke-width": 0.5 });
          break;
        case "not-covered":
          swatch = el("rect", { x: sx, y, width: LEGEND_SWATCH, height: LEGEND_SWATCH, fill: `url(#${hatchId})`, stroke: axis, "stroke-width": 0.5 });
          break;
        case "event":
          swatch = el("circle", { cx: sx + 6, cy, r: 4.5, fill: fg });
          break;
        case "unconfirmed":
          swatch = el("circle", { cx: sx + 6, cy, r: 4, fill: color("--bg"), stroke: fg, "stroke-width": 1.5 });
          break;
        case "span":
          swatch = el("rect", { x: sx, y: cy - 1.5, width: LEGEND_SWATCH, height: 3, fill: fg, "fill-opacity": 0.7 });
          break;
        case "disputed":
          swatch = el("g", {}, [
            el("line", { x1: sx + 3, x2: sx + 3, y1: y, y2: y + LEGEND_SWATCH, stroke: fg, "stroke-width": 1.5 }),
            el("line", { x1: sx + 9, x2: sx + 9, y1: y, y2: y + LEGEND_SWATCH, stroke: fg, "stroke-width": 1, "stroke-dasharray": "3 2" }),
          ]);
          break;
        case "approximate":
          swatch = el("line", { x1: sx + 6, x2: sx + 6, y1: y, y2: y + LEGEND_SWATCH, stroke: fg, "stroke-width": 1.5, "stroke-dasharray": "1.5 2.5", "stroke-linecap": "round" });
          break;
      }
      return el("g", { "data-legend": it.status ?? it.kind }, [
        swatch,
        el("text", { x: sx + LEGEND_SWATCH + 5, y: cy, "dominant-baseline": "middle" }, [it.label]),
      ]);
    }),
  );
}

/** Width-independent facts for the figure's caption: phases shown, the longest break, events shown. */
export function relationsSummary(model: RelationsBandModel, years: { from: number; to: number } = model.fiscalRange): string {
  const n = model.phases.length;
  if (n === 0) return "No relations phase falls in the years shown.";
  const maxRank = Math.max(...model.scale.map((s) => s.rank));
  const breakStatuses = new Set(model.scale.filter((s) => s.rank >= maxRank - 1).map((s) => s.status));
  const breaks = model.phases.filter((p) => breakStatuses.has(p.status));
  const months = (p: BandPhase) => {
    const a = parsePartialDate(p.start);
    const b = parsePartialDate(p.end);
    return (b.year - a.year) * 12 + (b.month - a.month) + (b.day - a.day) / 31;
  };
  const longest = breaks.reduce<BandPhase | null>((best, p) => (best === null || months(p) > months(best) ? p : best), null);
  const { from, to } = years;
  let s = `Between FY${from} and FY${to} the relationship passed through ${n} phase${n === 1 ? "" : "s"}`;
  if (longest) {
    s += `; the longest break was ${durationText(longest.start, longest.end)} (${longest.statusLabel.toLowerCase()}, ${formatPartialDate(longest.start)} to ${formatPartialDate(longest.end)})`;
    const others = breaks.filter((p) => p !== longest);
    if (others.length > 0)
      s += `, and ${others.map((p) => `${p.statusLabel.toLowerCase()} for ${durationText(p.start, p.end)} from ${formatPartialDate(p.start)}`).join(" and ")}`;
  }
  const m = model.markers.length;
  s += `. ${m} dated event${m === 1 ? " is" : "s are"} marked below the band.`;
  return s;
}
