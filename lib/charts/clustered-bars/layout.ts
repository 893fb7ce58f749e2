// Geometry of the clustered-bar chart at a width: legend rows, plot, y axis over the values' range (zero included,
// negatives below it), category bands with one slot per series, category labels that never print over each other
// (wrapped in their band, or every k-th label when even a word is wider than its band), and value labels only where
// every bar is wide enough to carry its own.
import { barChartHeight, MARGIN, niceTicks, X_AXIS_HEIGHT, Y_AXIS_WIDTH, type PlotArea } from "../layout";
import { flowLegend, LEGEND_METRICS, type LegendPlacement } from "../legend";
import { textWidth, wrapWords } from "../text";
import { clusteredMarks, formatClustered, NEGATIVE_WORDS, NO_DATA_WORDS, type ClusteredModel, type ClusteredSeries } from "./derive";

export const CATEGORY_FONT = 11;
export const VALUE_FONT = 10;
const MAX_CATEGORY_LINES = 3;
const GAP_AFTER_LEGEND = 8;
/** A no-data stub's height: a short hatched bar standing on the zero line. */
export const GAP_STUB = 6;

export type LegendItem = { label: string; kind: "series"; series: ClusteredSeries } | { label: string; kind: "no-data" | "negative" };

export interface BarGeometry {
  series: number;
  category: number;
  x: number;
  width: number;
  /** top and height of the bar (a negative bar hangs below the zero line); a gap is a short stub on the line */
  y: number;
  height: number;
  value: number | null;
}

export interface CategoryLabel {
  index: number;
  x: number;
  lines: string[];
  font: number;
}

export interface ClusteredLayout {
  width: number;
  height: number;
  legend: LegendPlacement<LegendItem>[];
  /** the plot's offset below the legend */
  top: number;
  plot: PlotArea;
  ticks: number[];
  yOf: (v: number) => number;
  bars: BarGeometry[];
  categoryLabels: CategoryLabel[];
  /** value labels, or none when some bar is too narrow for its own */
  valueLabels: { x: number; y: number; text: string; negative: boolean }[];
}

export function legendItems(model: ClusteredModel): LegendItem[] {
  const marks = clusteredMarks(model);
  return [
    ...model.series.map((s) => ({ label: s.label, kind: "series" as const, series: s })),
    ...(marks.noData ? [{ label: NO_DATA_WORDS, kind: "no-data" as const }] : []),
    ...(marks.negative ? [{ label: NEGATIVE_WORDS, kind: "negative" as const }] : []),
  ];
}

/** Ticks over [min, max] with zero among them, of one "nice" step. */
export function signedTicks(min: number, max: number): number[] {
  const lo = Math.min(0, min), hi = Math.max(0, max);
  if (hi - lo <= 0) return [0, 1];
  const { ticks } = niceTicks(hi - lo);
  const step = ticks[1] - ticks[0];
  const out: number[] = [];
  for (let v = Math.floor(lo / step + 1e-9) * step; v <= Math.ceil(hi / step - 1e-9) * step + step / 2; v += step) out.push(Math.round(v * 1e9) / 1e9);
  return out;
}

/** Category labels: each wrapped in its band if that fits in three lines (at 11 px, else 10 px), else every k-th
 * label on one line, so no label ever prints over another. */
function placeCategoryLabels(full: readonly string[], short: readonly string[], plot: PlotArea): CategoryLabel[] {
  const band = plot.width / Math.max(1, full.length);
  const room = band - 6;
  const at = (i: number) => plot.left + (i + 0.5) * band;
  for (const categories of [full, short])
    for (const font of [CATEGORY_FONT, CATEGORY_FONT - 1]) {
      const wrapped = categories.map((c) => wrapWords(c, room, font));
      if (wrapped.every((lines) => lines.length <= MAX_CATEGORY_LINES && lines.every((l) => textWidth(l, font) <= room)))
        return wrapped.map((lines, i) => ({ index: i, x: at(i), lines, font }));
    }
  const categories = short;
  const font = CATEGORY_FONT - 1;
  const widest = Math.max(...categories.map((c) => textWidth(c, font)));
  const every = Math.max(1, Math.ceil((widest + 8) / band));
  // a label whose box would leave the plot (over the y axis's figures) is left out; the table names every period
  const inside = (c: string, i: number) => at(i) - textWidth(c, font) / 2 >= plot.left - 2 && at(i) + textWidth(c, font) / 2 <= plot.left + plot.width + MARGIN.right;
  return categories.flatMap((c, i) => (i % every === 0 && textWidth(c, font) <= every * band - 8 && inside(c, i) ? [{ index: i, x: at(i), lines: [c], font }] : []));
}

/** Natural height at a width: the legend (when drawn) and the plot with its axes. */
export function clusteredHeight(model: ClusteredModel, width: number, legend: boolean): number {
  const l = legend ? flowLegend(legendItems(model), 0, width).height + GAP_AFTER_LEGEND : 0;
  return l + barChartHeight(width);
}

/** The least height of the bars' own area (plot, margins and axis) in a file of a given height. */
const MIN_PLOT_HEIGHT = 90;

export function layoutClustered(model: ClusteredModel, width: number, height: number | null, legend: boolean): ClusteredLayout {
  const flow = legend ? flowLegend(legendItems(model), 0, width, LEGEND_METRICS) : { placements: [], height: 0 };
  const top = legend ? flow.height + GAP_AFTER_LEGEND : 0;
  // a file of a given height (a slide) takes the height it is given, the plot keeping at least MIN_PLOT_HEIGHT; else
  // the bar charts' natural height at this width
  const total = height === null ? top + barChartHeight(width) : Math.max(height, top + MIN_PLOT_HEIGHT);
  const left = MARGIN.left + Y_AXIS_WIDTH;
  const plot: PlotArea = { left, top: top + MARGIN.top, width: Math.max(1, width - left - MARGIN.right), height: Math.max(1, total - top - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT) };
  const values = model.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const ticks = signedTicks(Math.min(0, ...values), Math.max(0, ...values));
  const lo = ticks[0], hi = ticks[ticks.length - 1];
  const yOf = (v: number) => plot.top + plot.height * ((hi - v) / (hi - lo));
  const zero = yOf(0);
  const n = Math.max(1, model.categories.length);
  const band = plot.width / n;
  const inner = band * 0.8;
  const slot = inner / Math.max(1, model.series.length);
  const bars: BarGeometry[] = [];
  model.categories.forEach((_, c) => {
    model.series.forEach((s, i) => {
      const value = s.values[c] ?? null;
      const x = plot.left + c * band + (band - inner) / 2 + i * slot + (slot > 4 ? 0.5 : 0);
      const w = Math.max(1, slot - (slot > 4 ? 1 : 0));
      if (value === null) bars.push({ series: i, category: c, x, width: w, y: zero - GAP_STUB, height: GAP_STUB, value });
      else {
        const y = yOf(Math.max(0, value));
        bars.push({ series: i, category: c, x, width: w, y, height: Math.abs(yOf(value) - zero), value });
      }
    });
  });
  const texts = bars.filter((b) => b.value !== null).map((b) => ({ b, text: formatClustered(b.value as number, model.unit) }));
  const labelled = texts.length > 0 && !values.some((v) => v < 0) && texts.every((t) => textWidth(t.text, VALUE_FONT) + 2 <= t.b.width);
  const valueLabels = labelled ? texts.map(({ b, text }) => ({ x: b.x + b.width / 2, y: b.y - 3, text, negative: false })) : [];
  return { width, height: total, legend: flow.placements, top, plot, ticks, yOf, bars, categoryLabels: placeCategoryLabels(model.categories, model.shortCategories, plot), valueLabels };
}
