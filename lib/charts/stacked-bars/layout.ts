// Pixel positions of the stacked-bar chart, for both faces: segments and category labels.
import { dayNumber } from "../../util/dates";
import { fiscalYearSpan } from "../../aid/fiscal";
import { BAR_CATEGORY_GAP, MARGIN, barSlot, labelEvery, plotArea, timeScale, yOf, type PlotArea } from "../layout";
import { textWidth, wrapWords } from "../text";
import { drawnValue, type StackedBarModel } from "./derive";

/**
 * Room above the bars: two rows of annotations, the callouts and source-change notes (baseline at CALLOUT_BASELINE) over
 * the value labels that sit on the tallest bars, so the two never print over each other.
 */
export const STACKED_MARGIN_TOP = 42;
export const CALLOUT_BASELINE = 14;

/** The plot area of the stacked bars: the shared plot (same left and width as the band's) with a taller top margin. */
export function stackedPlot(width: number, height: number): PlotArea {
  const p = plotArea(width, height);
  const extra = STACKED_MARGIN_TOP - MARGIN.top;
  return { ...p, top: p.top + extra, height: Math.max(1, p.height - extra) };
}

/** y of a value on the model's axis (min..max). */
export function yAt(value: number, model: Pick<StackedBarModel, "y">, plot: PlotArea): number {
  const span = model.y.max - model.y.min;
  return yOf(value - model.y.min, span, plot);
}

export interface BarSlot {
  /** left edge of the bar's room (its period on a time axis, its category band otherwise) */
  start: number;
  /** width of that room */
  band: number;
  /** the bar itself: the room less a gap on each side */
  x: number;
  width: number;
  center: number;
}

/** Where each bar stands: over its fiscal years on the band's time axis (timeAxis), else in even category bands. */
export function barSlots(model: Pick<StackedBarModel, "bars" | "timeAxis">, plot: PlotArea): BarSlot[] {
  const n = model.bars.length;
  const spans = model.bars.map((b) => b.span);
  if (!model.timeAxis || spans.some((s) => !s))
    return model.bars.map((_, i) => {
      const s = barSlot(i, n, plot);
      return { start: plot.left + i * s.band, band: s.band, x: s.x, width: s.width, center: s.center };
    });
  const periods = spans.map((s) => s!);
  const x = timeScale(periods, plot);
  return periods.map((p) => {
    const start = x(dayNumber(fiscalYearSpan(p.from).start));
    const band = x(dayNumber(fiscalYearSpan(p.to).end) + 1) - start;
    const gap = band * BAR_CATEGORY_GAP;
    return { start, band, x: start + gap, width: band - 2 * gap, center: start + band / 2 };
  });
}

/** The marked fiscal year's slice of its bar's room (the whole room on a bar of one year), or null. */
export function markSlice(model: Pick<StackedBarModel, "bars" | "timeAxis" | "mark">, plot: PlotArea): { x: number; width: number; center: number } | null {
  const m = model.mark;
  const span = m ? model.bars[m.index]?.span : undefined;
  if (!m || !span) return null;
  const slot = barSlots(model, plot)[m.index];
  const first = dayNumber(fiscalYearSpan(span.from).start);
  const days = dayNumber(fiscalYearSpan(span.to).end) + 1 - first;
  const year = fiscalYearSpan(m.year);
  const x = slot.start + (slot.band * (dayNumber(year.start) - first)) / days;
  const width = Math.max(3, (slot.band * (dayNumber(year.end) + 1 - dayNumber(year.start))) / days);
  return { x, width, center: x + width / 2 };
}

export interface SegmentGeometry {
  barIndex: number;
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
}

/** Pixel rectangles of every drawn segment: what the static face draws and what the face-equality test compares. */
export function segmentGeometry(model: StackedBarModel, width: number, height: number): SegmentGeometry[] {
  const plot = stackedPlot(width, height);
  const out: SegmentGeometry[] = [];
  const slots = barSlots(model, plot);
  model.bars.forEach((b, i) => {
    const slot = slots[i];
    let pos = 0;
    let neg = 0;
    for (const k of model.keys) {
      const v = drawnValue(b, k.key);
      if (v === null || v === undefined || v === 0) continue;
      const start = v > 0 ? pos : neg;
      const end = start + v;
      if (v > 0) pos = end;
      else neg = end;
      const y0 = yAt(start, model, plot);
      const y1 = yAt(end, model, plot);
      out.push({ barIndex: i, key: k.key, x: slot.x, y: Math.min(y0, y1), width: slot.width, height: Math.abs(y0 - y1), value: b.values[k.key] ?? v });
    }
  });
  return out;
}

export const LABEL_FONT_SIZE = 11;
export const LABEL_LINE_HEIGHT = 13;
const MAX_LABEL_LINES = 3;

/** Where a label may also break: after the hyphen of a span of years ("1955-" / "1963"). */
const SPAN_HYPHEN = /(\d{4})-(\d{2,4})/g;

/** Greedy word wrap into at most three lines of about `maxWidth` px; the last line ends in "..." if cut. A span of
 * years too wide for the room breaks after its hyphen. */
export function wrapLabel(text: string, maxWidth: number, size = LABEL_FONT_SIZE): string[] {
  const lines = wrapWords(text, maxWidth, size, MAX_LABEL_LINES);
  if (lines.every((l) => textWidth(l, size) <= maxWidth)) return lines;
  return wrapWords(unbreakableWords(text).join(" "), maxWidth, size, MAX_LABEL_LINES).map((l) => l.replace(/(\d{4})- (\d)/g, "$1-$2"));
}

/** The words a label cannot break inside (spans of years may break after their hyphen). */
function unbreakableWords(label: string): string[] {
  return label.replace(SPAN_HYPHEN, "$1- $2").split(/\s+/);
}

export interface CategoryLabel {
  x: number;
  y: number;
  lines: string[];
}

/** Category labels under the bars, thinned and wrapped to fit; null where a label is skipped (the data table and the
 * tooltip name every bar). Both faces use it. */
export function categoryLabels(model: StackedBarModel, width: number, height: number): (CategoryLabel | null)[] {
  const plot = stackedPlot(width, height);
  const slots = barSlots(model, plot);
  const n = model.bars.length;
  const y = plot.top + plot.height + 18; // 18 px under the plot: the first label clears the lowest y tick beside it
  const words = (label: string) => Math.max(0, ...unbreakableWords(label).map((w) => textWidth(w, LABEL_FONT_SIZE)));
  const even = slots.every((s) => Math.abs(s.band - slots[0].band) < 0.5);
  if (even) {
    // a label's longest word cannot wrap: thin the labels until it fits its room
    const longestWord = Math.max(0, ...model.bars.map((b) => words(b.label)));
    let every = labelEvery(n, plot);
    const band = slots[0]?.band ?? plot.width;
    while (every < n && band * every - 4 < longestWord) every = every < 2 ? 2 : every < 5 ? 5 : every < 10 ? 10 : every * 2;
    return model.bars.map((b, i) => (i % every !== 0 ? null : { x: slots[i].center, y, lines: wrapLabel(b.label, Math.max(slots[i].band * every - 4, 30)) }));
  }
  // periods of different lengths: each label within its own period's room, or left out (never over a neighbour)
  return model.bars.map((b, i) => {
    const room = slots[i].band - 4;
    if (words(b.label) > room) return null;
    const lines = wrapLabel(b.label, room);
    return lines.every((l) => textWidth(l, LABEL_FONT_SIZE) <= room) ? { x: slots[i].center, y, lines } : null;
  });
}
