// Geometry shared by both faces of every chart (static SVG and Recharts), so they draw the same bars at the same size.
import { dayNumber } from "../util/dates";
import { fiscalYearSpan } from "../aid/fiscal";

export const DEFAULT_CHART_WIDTH = 960;
export const BAR_CHART_HEIGHT = 380;
/** Margins inside the SVG, before axes. The live chart passes the same values to Recharts' `margin`. */
export const MARGIN = { top: 28, right: 16, bottom: 8, left: 8 } as const;
/** Recharts YAxis `width` and XAxis `height`; the static face reserves the same space. */
export const Y_AXIS_WIDTH = 76;
export const X_AXIS_HEIGHT = 56;
/** Recharts `barCategoryGap`: the gap on each side of a bar as a fraction of its category band. */
export const BAR_CATEGORY_GAP = 0.1;

/** Phones get a shorter bar chart so the bars and the legend fit on one screen (the page uses the same rule). */
export function barChartHeight(width: number): number {
  return width < 520 ? 300 : BAR_CHART_HEIGHT;
}

export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function plotArea(width: number, height: number): PlotArea {
  const left = MARGIN.left + Y_AXIS_WIDTH;
  const top = MARGIN.top;
  return {
    left,
    top,
    width: Math.max(1, width - left - MARGIN.right),
    height: Math.max(1, height - top - MARGIN.bottom - X_AXIS_HEIGHT),
  };
}

/** A "nice" axis maximum and its ticks (0 included), 4-6 ticks of 1, 2, 2.5 or 5 x 10^k. */
export function niceTicks(maxValue: number, target = 5): { max: number; ticks: number[] } {
  if (!(maxValue > 0)) return { max: 1, ticks: [0, 1] };
  const rough = maxValue / target;
  const pow = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= rough) ?? 10 * pow;
  const max = Math.ceil(maxValue / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { max, ticks };
}

/** Category band of bar i out of n across the plot: Recharts' band scale without padding. */
export function barSlot(i: number, n: number, plot: PlotArea): { band: number; x: number; width: number; center: number } {
  const band = plot.width / n;
  const offset = band * BAR_CATEGORY_GAP;
  return { band, x: plot.left + i * band + offset, width: band - 2 * offset, center: plot.left + (i + 0.5) * band };
}

/** Pixel y of a value on a 0..max axis. */
export function yOf(value: number, max: number, plot: PlotArea): number {
  return plot.top + plot.height * (1 - value / max);
}

/** Show every k-th category label so labels of about `labelWidth` px do not collide; Recharts' `interval` is k - 1. */
export function labelEvery(n: number, plot: PlotArea, labelWidth = 44): number {
  const fit = Math.max(1, Math.floor(plot.width / labelWidth));
  if (n <= fit) return 1;
  const k = Math.ceil(n / fit);
  return k <= 2 ? 2 : k <= 5 ? 5 : k <= 10 ? 10 : k;
}

export interface TimedPeriod {
  from: number;
  to: number;
}

/**
 * Maps a calendar day number to x. When every period is one fiscal year (chart 1 grouped by year), each fiscal year's
 * dates fill exactly its bar's category band, so events line up with bars to the pixel; otherwise the scale is linear
 * from the first day of the first period to the last day of the last.
 */
export function timeScale(periods: readonly TimedPeriod[], plot: PlotArea): (day: number) => number {
  const yearly = periods.length > 0 && periods.every((p) => p.from === p.to);
  const first = dayNumber(fiscalYearSpan(periods[0]?.from ?? 1955).start);
  const last = dayNumber(fiscalYearSpan(periods[periods.length - 1]?.to ?? 2024).end) + 1;
  if (!yearly) return (d) => plot.left + ((clamp(d, first, last) - first) / (last - first)) * plot.width;
  const band = plot.width / periods.length;
  const starts = periods.map((p) => dayNumber(fiscalYearSpan(p.from).start));
  const ends = periods.map((p) => dayNumber(fiscalYearSpan(p.from).end) + 1);
  return (d) => {
    if (d <= starts[0]) return plot.left;
    for (let i = 0; i < periods.length; i++) {
      if (d < starts[i]) return plot.left + i * band; // between fiscal years (the 1976 transition quarter)
      if (d < ends[i]) return plot.left + (i + (d - starts[i]) / (ends[i] - starts[i])) * band;
    }
    return plot.left + plot.width;
  };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
