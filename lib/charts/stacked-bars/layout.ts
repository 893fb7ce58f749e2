// Pixel positions of the stacked-bar chart, for both faces: segments and category labels.
import { MARGIN, barSlot, labelEvery, plotArea, yOf, type PlotArea } from "../layout";
import { textWidth, wrapWords } from "../text";
import type { StackedBarModel } from "./derive";

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
  model.bars.forEach((b, i) => {
    const slot = barSlot(i, model.bars.length, plot);
    let pos = 0;
    let neg = 0;
    for (const k of model.keys) {
      const v = b.values[k.key];
      if (v === null || v === undefined || v === 0) continue;
      const start = v > 0 ? pos : neg;
      const end = start + v;
      if (v > 0) pos = end;
      else neg = end;
      const y0 = yAt(start, model, plot);
      const y1 = yAt(end, model, plot);
      out.push({ barIndex: i, key: k.key, x: slot.x, y: Math.min(y0, y1), width: slot.width, height: Math.abs(y0 - y1), value: v });
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

/** Category labels under the bars, thinned and wrapped to fit; null where a label is skipped. Both faces use it. */
export function categoryLabels(model: StackedBarModel, width: number, height: number): (CategoryLabel | null)[] {
  const plot = stackedPlot(width, height);
  const n = model.bars.length;
  // a label's longest word cannot wrap: thin the labels until it fits its room (the data table names every bar)
  const longestWord = Math.max(0, ...model.bars.flatMap((b) => unbreakableWords(b.label).map((w) => textWidth(w, LABEL_FONT_SIZE))));
  let every = labelEvery(n, plot);
  const band = plot.width / Math.max(1, n);
  while (every < n && band * every - 4 < longestWord) every = every < 2 ? 2 : every < 5 ? 5 : every < 10 ? 10 : every * 2;
  return model.bars.map((b, i) => {
    if (i % every !== 0) return null;
    const slot = barSlot(i, n, plot);
    // 18 px under the plot: the first label clears the lowest y tick beside it
    return { x: slot.center, y: plot.top + plot.height + 18, lines: wrapLabel(b.label, Math.max(slot.band * every - 4, 30)) };
  });
}
