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

/** How the HTML table writes a column's values; the CSV keeps them plain. usd: "$1,234,567"; usd-cents: "$273.65";
 * usd-signed: "+$1,234"; percent: a number already in percent, "61.3%"; percent-signed: "+29.6%"; fraction: 0.1234 as
 * "12.34%"; date: an ISO (partial) date as "18 March 1970"; sources: source ids (space-separated) as links. */
export const COLUMN_FORMATS = ["text", "number", "usd", "usd-cents", "usd-signed", "percent", "percent-signed", "fraction", "date", "sources"] as const;
export type ColumnFormat = (typeof COLUMN_FORMATS)[number];

export interface DrawnColumn {
  /** the CSV header's name */
  key: string;
  /** the HTML table's heading */
  label: string;
  format: ColumnFormat;
  /** what an empty cell reads on the page ("no data", "not stated", "none"); empty text stays blank */
  empty?: string;
  /** long text shown once per distinct value in a numbered list under the HTML table, each cell giving its number
   * (known zeros' reasons); a "sources" column is always listed so, each source once */
  listed?: boolean;
  /** in the CSV only, not on the page: an id, or words that restate the row's other columns; never a number */
  csvOnly?: boolean;
}

/** The rows of one HTML table, where a chart's table is shown as several (the band's phases, then its events). */
export interface DrawnTablePart {
  /** the table's test id: `<prefix>-<id>-table` */
  id: string;
  caption: string;
  /** how many of the table's rows, in order, after those of the parts before it */
  rows: number;
  /** on a phone, each row a card whose cells carry their column's name */
  stackOnPhone?: boolean;
  /** columns (keys) this table leaves to the CSV (the events' sources: on the reference page with each event) */
  csvOnly?: string[];
}

export interface DrawnTable {
  /** the CSV header: the columns' keys, in order */
  header: string[];
  columns: DrawnColumn[];
  rows: CsvCell[][];
  /** the HTML table's caption (the columns stated once follow it) */
  caption: string;
  /** rows greyed on the page as having no data */
  noData?: number[];
  /** the columns of each row's first and last fiscal year: the row holding a view's marked year is marked */
  span?: { from: string; to: string };
  parts?: DrawnTablePart[];
  /** the column (key) whose value heads each row on the page; by default the first shown */
  rowHeader?: string;
  /** the HTML table as a pivot of these long rows (charts 5 and 6): a row per `period` (the column of the row's
   * heading), a column per series (the `series` columns' values, joined), each cell the row's `value`; the columns
   * `perPeriod` (the same on each of a period's rows) stay columns of their own */
  pivot?: DrawnPivot;
}

export interface DrawnPivot {
  period: string;
  series: string[];
  value: string;
  perPeriod: string[];
}

/** A drawn table from its columns: the CSV header is their keys. */
export function drawnTable(columns: DrawnColumn[], rows: CsvCell[][], rest: Omit<DrawnTable, "header" | "columns" | "rows">): DrawnTable {
  return { header: columns.map((c) => c.key), columns, rows, ...rest };
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
  /** the one table of the numbers drawn: the CSV (header and rows, with units, basis, coverage, precision and sources
   * on every row) and the HTML table (the same rows and columns, each with a reader's heading and format) */
  table: DrawnTable;
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
