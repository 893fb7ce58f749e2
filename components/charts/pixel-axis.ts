// The x axis the bar charts' live faces share: a number axis over the plot's own pixels, so each bar's datum sits
// where the chart's spec places it and the spec's own x and width draw it (charts 1, 3, 5 and 6).
import { X_AXIS_HEIGHT, type PlotArea } from "@/lib/charts/layout";

/** XAxis props over the plot's pixels, a tick at each of `ticks` (pixel xs), every one of them shown. */
export function pixelXAxis(plot: PlotArea, ticks: number[]) {
  return {
    type: "number",
    dataKey: "x",
    domain: [plot.left, plot.left + plot.width],
    allowDataOverflow: true,
    ticks,
    interval: 0,
    height: X_AXIS_HEIGHT,
    tickLine: false,
  } as const;
}

/** A CartesianGrid's generator for the lines it does not draw (vertical={false} or horizontal={false}). Recharts works
 * out both sets of grid lines whatever is drawn, measuring every tick label of the axis in a hidden <span> to do so: on
 * the by-year view that was 70 forced layouts of the whole page each time a live face came up. */
export const NO_GRID_LINES = (): number[] => [];
