// Sizes and pixel positions of the relations band: the vertical layout (the same at every width), the visible range
// and year ticks of the time axis, and the shapes of one event marker.
import { dayNumber, parsePartialDate } from "../../util/dates";
import { fiscalYearSpan } from "../../aid/fiscal";
import type { PlotArea, TimedPeriod } from "../layout";
import type { BandMarker, BandTick, RelationsBandModel } from "./derive";

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

function isoFromYmd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Last day of a fiscal year as ISO, and the visible range the time scale spans (mirrors timeScale's ends). */
export function visibleRange(periods: readonly TimedPeriod[]): RelationsBandModel["range"] & { fyFrom: number; fyTo: number } {
  const fyFrom = periods[0]?.from ?? 1955;
  const fyTo = periods[periods.length - 1]?.to ?? 2024;
  const start = fiscalYearSpan(fyFrom).start;
  const end = fiscalYearSpan(fyTo).end;
  return { start, end, startDay: dayNumber(start), endDay: dayNumber(end) + 1, fyFrom, fyTo };
}

/** Year ticks at 1 January, every 5 or 10 years depending on the room per year. */
export function yearTicks(range: RelationsBandModel["range"], plot: PlotArea, xOf: (day: number) => number): { ticks: BandTick[]; tickStep: number } {
  const firstYear = parsePartialDate(range.start).year;
  const lastYear = parsePartialDate(range.end).year;
  const pxPerYear = plot.width / Math.max(1, (range.endDay - range.startDay) / 365.25);
  const tickStep = pxPerYear * 5 >= 44 ? 5 : pxPerYear * 10 >= 30 ? 10 : 20;
  const ticks: BandTick[] = [];
  for (let y = Math.ceil(firstYear / tickStep) * tickStep; y <= lastYear; y += tickStep) {
    const d = dayNumber(isoFromYmd(y, 1, 1));
    if (d >= range.startDay && d <= range.endDay) ticks.push({ year: y, x: xOf(d) });
  }
  return { ticks, tickStep };
}

/** Pixel shapes of one marker: the circle on the marker row and, for spans, the thin bar in its lane. */
export function markerGeometry(m: Pick<BandMarker, "x" | "bar">): { cx: number; cy: number; r: number; bar: { x: number; y: number; width: number; height: number } | null } {
  const L = BAND_LAYOUT;
  return {
    cx: m.x,
    cy: L.markerY,
    r: L.markerR,
    bar: m.bar ? { x: m.bar.x, y: L.laneTop + m.bar.lane * L.laneStep, width: m.bar.width, height: L.laneHeight } : null,
  };
}
