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
