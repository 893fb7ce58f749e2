// Sizes and pixel positions of chart 4, one function both faces use: the live Recharts face is given the same
// margins, axis sizes and domain, and bar rectangles where Recharts puts them.
import { flowLegend, type LegendMetrics, type LegendPlacement as SharedLegendPlacement } from "../legend";
import { BAR_CATEGORY_GAP, BAR_CHART_HEIGHT, MARGIN, X_AXIS_HEIGHT, Y_AXIS_WIDTH, yOf, type PlotArea } from "../layout";
import { textWidth } from "../text";
import type { AbsoluteModel, DifferenceModel, LegendItem, SeedVsGreenbookModel } from "./derive";

/** Recharts `barGap` (px between bars of one group) and `barCategoryGap` as Recharts wants it ("10%"). */
export const BAR_GAP = 4;
export const BAR_CATEGORY_GAP_PERCENT = `${BAR_CATEGORY_GAP * 100}%`;
/** Height of the difference view's x axis: tick labels plus the axis title. */
export const DIFFERENCE_X_AXIS_HEIGHT = 44;
export const FONT_SIZE = 11;
/** Space between the legend and the plot. */
const LEGEND_GAP = 14;
const LEGEND_ROW = 16;
/** Recharts' default tickSize + tickMargin: tick labels sit this far from the axis line. */
export const TICK_OFFSET = 8;

/** Seed legend items: a 12 x 10 swatch one pixel in, the label 19 px from the item's left; the 16 px gap after an
 * item may run past the right edge. One line a label, rows 16 px apart, below a 4 px strip. */
const SEED_LEGEND: LegendMetrics = { lead: 19, gap: 16, gapFits: false, row: LEGEND_ROW, line: LEGEND_ROW, font: FONT_SIZE, wrap: false };
const LEGEND_TOP = 4;

export type LegendPlacement = SharedLegendPlacement<LegendItem>;

export function layoutLegend(items: readonly LegendItem[], width: number): { placements: LegendPlacement[]; height: number } {
  const flow = flowLegend(items, MARGIN.left, width - MARGIN.right, SEED_LEGEND);
  return { placements: flow.placements.map((p) => ({ ...p, y: LEGEND_TOP + p.y })), height: items.length ? LEGEND_TOP + flow.height : 0 };
}

export interface SeedVsGreenbookLayout {
  width: number;
  height: number;
  /** Recharts `margin` */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Recharts YAxis `width` */
  yAxisWidth: number;
  /** Recharts XAxis `height` */
  xAxisHeight: number;
  plot: PlotArea;
  legend: { placements: LegendPlacement[]; height: number };
  /** difference view: the column of text labels right of the plot */
  labelColumn: { x: number; width: number } | null;
  /** absolute view: category labels turned upright where the groups are too narrow for them */
  rotateCategories: boolean;
  /** the numeric axis ticks drawn (and gridlines), thinned where the plot is narrow */
  ticks: number[];
}

function differenceColumns(width: number): { category: number; labels: number } {
  return width >= 640 ? { category: 128, labels: 176 } : { category: 84, labels: 112 };
}

/** Absolute view: whether the group labels must stand upright, and the x axis height that then holds them. */
function absoluteCategoryAxis(model: SeedVsGreenbookModel, width: number): { rotate: boolean; height: number } {
  if (model.mode !== "absolute" || model.rows.length === 0) return { rotate: false, height: X_AXIS_HEIGHT };
  const band = (width - MARGIN.left - Y_AXIS_WIDTH - MARGIN.right) / model.rows.length;
  const widest = Math.max(...model.rows.map((r) => Math.max(...r.labelLines.map((l) => textWidth(l, FONT_SIZE)))));
  if (band - 4 >= widest) return { rotate: false, height: X_AXIS_HEIGHT };
  return { rotate: true, height: Math.max(X_AXIS_HEIGHT, Math.ceil(Math.max(...model.rows.map((r) => textWidth(r.label, FONT_SIZE)))) + TICK_OFFSET + 6) };
}

/** The chart's height at a given width: the plot keeps its height; legend rows and upright labels add to it. */
export function seedVsGreenbookHeight(model: SeedVsGreenbookModel, width: number): number {
  const extra = absoluteCategoryAxis(model, width).height - X_AXIS_HEIGHT;
  return layoutLegend(model.legend, width).height + LEGEND_GAP + (BAR_CHART_HEIGHT - MARGIN.top) + extra;
}

/** Every k-th tick counted out from zero, so tick labels about `labelWidth` px wide do not collide. */
function thinTicks(ticks: readonly number[], pixelsPerTick: number, labelWidth: number): number[] {
  const need = Math.max(1, Math.ceil(labelWidth / Math.max(1, pixelsPerTick)));
  if (need === 1) return [...ticks];
  const zero = Math.max(0, ticks.indexOf(0));
  // prefer a step that still lands on the last tick (the axis ends), e.g. -100%, 0, +100%
  const span = ticks.length - 1 - zero;
  const k = Array.from({ length: Math.max(0, span - need + 1) }, (_, j) => need + j).find((c) => span % c === 0) ?? need;
  return ticks.filter((_, i) => (i - zero) % k === 0);
}

export function seedVsGreenbookLayout(model: SeedVsGreenbookModel, width: number, height: number): SeedVsGreenbookLayout {
  const legend = layoutLegend(model.legend, width);
  const top = legend.height + LEGEND_GAP;
  if (model.mode === "difference") {
    const cols = differenceColumns(width);
    const margin = { top, right: MARGIN.right + cols.labels, bottom: MARGIN.bottom, left: MARGIN.left };
    const left = margin.left + cols.category;
    const plot: PlotArea = {
      left,
      top,
      width: Math.max(1, width - left - margin.right),
      height: Math.max(1, height - top - margin.bottom - DIFFERENCE_X_AXIS_HEIGHT),
    };
    const ticks = thinTicks(model.axis.ticks, plot.width / Math.max(1, model.axis.ticks.length - 1), textWidth("-100%", FONT_SIZE) + 8);
    return {
      width,
      height,
      margin,
      yAxisWidth: cols.category,
      xAxisHeight: DIFFERENCE_X_AXIS_HEIGHT,
      plot,
      legend,
      labelColumn: { x: plot.left + plot.width + 8, width: cols.labels - 8 },
      rotateCategories: false,
      ticks,
    };
  }
  const cat = absoluteCategoryAxis(model, width);
  const margin = { top, right: MARGIN.right, bottom: MARGIN.bottom, left: MARGIN.left };
  const left = margin.left + Y_AXIS_WIDTH;
  const plot: PlotArea = {
    left,
    top,
    width: Math.max(1, width - left - margin.right),
    height: Math.max(1, height - top - margin.bottom - cat.height),
  };
  const ticks = thinTicks(model.axis.ticks, plot.height / Math.max(1, model.axis.ticks.length - 1), FONT_SIZE + 6);
  return { width, height, margin, yAxisWidth: Y_AXIS_WIDTH, xAxisHeight: cat.height, plot, legend, labelColumn: null, rotateCategories: cat.rotate, ticks };
}

/** Recharts' bar positions in a band (combineAllBarPositions, no barSize/maxBarSize): offset from band start and size. */
export function barPositions(band: number, count: number, barGap = BAR_GAP): { offset: number; size: number }[] {
  const offset = band * BAR_CATEGORY_GAP;
  const gap = band - 2 * offset - (count - 1) * barGap <= 0 ? 0 : barGap;
  let size = (band - 2 * offset - (count - 1) * gap) / count;
  if (size > 1) size = Math.round(size);
  return Array.from({ length: count }, (_, i) => ({ offset: offset + (size + gap) * i, size }));
}

/** x of a percentage on the difference axis. */
export function xOfPct(v: number, model: DifferenceModel, plot: PlotArea): number {
  return plot.left + ((v - model.axis.min) / (model.axis.max - model.axis.min)) * plot.width;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The difference bar of row i, where Recharts puts it (layout="vertical"). */
export function differenceBarRect(model: DifferenceModel, i: number, plot: PlotArea): Rect {
  const band = plot.height / model.rows.length;
  const [pos] = barPositions(band, 1);
  const x0 = xOfPct(0, model, plot);
  const x1 = xOfPct(model.rows[i].shown, model, plot);
  return { x: Math.min(x0, x1), y: plot.top + i * band + pos.offset, width: Math.abs(x1 - x0), height: pos.size };
}

/** Bar k (series order) of group i in the absolute view, where Recharts puts it. */
export function absoluteBarRect(model: AbsoluteModel, i: number, k: number, plot: PlotArea): Rect {
  const band = plot.width / model.rows.length;
  const pos = barPositions(band, model.series.length)[k];
  const value = model.rows[i].values[model.series[k].key] ?? 0;
  const y = yOf(value, model.axis.max, plot);
  return { x: plot.left + i * band + pos.offset, y, width: pos.size, height: plot.top + plot.height - y };
}
