// What a chart draws in one view, as plain data every export writes out: the native PowerPoint chart (categories and
// series), the CSV of exactly the numbers drawn, and the caption texts. Built from the same models the chart files use.
import type { ClusteredModel } from "../../charts/clustered-bars/derive";
import type { FigureTextData } from "../../charts/figure-text";
import type { ChartSlug } from "../../charts/registry";
import type { ViewState } from "../../view";
import type { CsvCell } from "../csv";

export interface DrawnSeries {
  name: string;
  /** hex colour of the light, print-safe palette, without "#" */
  color: string;
  /** one value per category; null draws nothing (no data, no split, not stated) */
  values: (number | null)[];
}

export interface DrawnChart {
  chart: ChartSlug;
  view: ViewState;
  text: FigureTextData;
  /** how a native chart draws it: columns or horizontal bars, stacked or side by side; valueLabels: each bar labelled
   * with its value (in numberFormat) */
  layout: { direction: "col" | "bar"; grouping: "stacked" | "clustered"; overlap?: number; numberFormat: string; axisTitle: string; max?: number; valueLabels?: boolean };
  categories: string[];
  series: DrawnSeries[];
  /** the plain CSV table of the numbers drawn, with units, basis, coverage, precision and sources on every row */
  table: { header: string[]; rows: CsvCell[][] };
  /** the relations band's events in view, written as a table beside its chart */
  events?: { date: string; title: string }[];
  /** charts 5 and 6: the clustered model both faces draw (the chart file on the server, the live face in the browser
   * from /charts/<slug>.json): series with their colour tokens, outline, basis and source */
  clustered?: ClusteredModel;
}

/** A light tint of a hex colour (share 0..1 of white mixed in): approximate and earmarked series stay the same hue. */
export function tint(hex: string, share: number): string {
  const h = hex.replace("#", "");
  const mix = (i: number) => Math.round(parseInt(h.slice(i, i + 2), 16) * (1 - share) + 255 * share).toString(16).padStart(2, "0");
  return `${mix(0)}${mix(2)}${mix(4)}`.toUpperCase();
}

export function hex(color: string): string {
  return color.replace("#", "").toUpperCase();
}
