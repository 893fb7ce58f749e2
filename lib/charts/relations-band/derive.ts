// Chart 3, the relations-status band: phases coloured by status on chart 1's time axis, disputed and approximate
// boundaries, and a row of dated event markers. The model is in pixel coordinates at a given width; render.ts draws
// its static face and the React component draws the markers of the same model as focusable buttons.
import { dayNumber, formatPartialDate } from "../../util/dates";
import { fyRange } from "../../aid/fiscal";
import type { AidEvent, RelationsFile, SourceRef } from "../../data/schema";
import { plotArea, timeScale, type TimedPeriod } from "../layout";
import { clusterMarkers, type BandMarkerGroup } from "./clusters";
import { eventMarkers, sourceLookup } from "./events";
import { BAND_HEIGHT, visibleRange, yearTicks } from "./layout";
import { bandBoundaries, bandPhases, notCoveredParts } from "./phases";

export type { SourceRef };

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
  /** the markers as drawn: single markers and clusters of markers that would overlap, in date order */
  markerGroups: BandMarkerGroup[];
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

export function buildRelationsBandModel(input: RelationsBandInput): RelationsBandModel {
  const { relations, events, periods, width } = input;
  const lookup = sourceLookup(input.sources);
  const plot = plotArea(width, BAND_HEIGHT);
  const xOf = timeScale(periods, plot);
  const range = visibleRange(periods);
  const scale = [...relations.scale].sort((a, b) => a.rank - b.rank);
  const segments = [...relations.segments].sort((a, b) => dayNumber(a.start) - dayNumber(b.start));
  const ctx = { relations, segments, range, plot, xOf };
  const phases = bandPhases(ctx, new Map(scale.map((s) => [s.status, s.label])));
  const notCovered = notCoveredParts(ctx);
  const boundaries = bandBoundaries(ctx, lookup);
  const markers = eventMarkers(events, range, xOf, lookup);
  const markerGroups = clusterMarkers(markers);
  const { ticks, tickStep } = yearTicks(range, plot, xOf);

  const fiscalText = fyRange(range.fyFrom, range.fyTo, "words");
  const phaseText = phases.map((p) => `${p.statusLabel}, ${p.fromText}${p.disputed ? " (disputed)" : ""} to ${p.toText} (${p.label})`).join("; ");
  const after = notCovered.find((n) => n.side === "after");
  return {
    width,
    plot: { left: plot.left, right: plot.left + plot.width },
    range: { start: range.start, end: range.end, startDay: range.startDay, endDay: range.endDay },
    fiscalRange: { from: range.fyFrom, to: range.fyTo },
    coverageEnd: relations.coverageEnd,
    scale: scale.map((s) => ({ status: s.status, label: s.label, rank: s.rank, description: s.description })),
    phases,
    notCovered,
    boundaries,
    markers,
    markerGroups,
    omittedEvents: events.length - markers.length,
    ticks,
    tickStep,
    title: `State of US-Cambodia relations, ${fiscalText}`,
    description:
      `Relations status from ${formatPartialDate(range.start)} to ${formatPartialDate(range.end)}, ${phases.length} phase${phases.length === 1 ? "" : "s"}: ${phaseText || "none"}.` +
      (after ? ` After ${formatPartialDate(relations.coverageEnd)} the status is not covered.` : "") +
      ` ${markers.length} dated event${markers.length === 1 ? "" : "s"} marked below the band${markerGroups.length < markers.length ? ` (events close together share one numbered marker)` : ""}${markers.some((m) => m.unconfirmed) ? "; hollow markers are unconfirmed" : ""}.`,
  };
}
