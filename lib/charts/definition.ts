// What every chart answers, in the same places (OWID's ChartInterface): the chart file's drawing, the table of the
// numbers drawn (HTML table, CSV, PowerPoint chart and workbook) and the slide's facts, each from the data set and a
// view. Each chart's folder exports one ChartDefinition (lib/charts/<slug>/chart.ts); ./definitions.ts joins them to
// the registry's entries.
import type { Dataset } from "../data/dataset";
import type { SlideFacts } from "../briefing/takeaways";
import type { DrawnChart } from "../export/drawn/types";
import type { SvgNode } from "../svg/tree";
import type { ViewState } from "../view";
import type { FigureTextData } from "./figure-text";
import type { ColorResolver } from "./palette";

/** A chart ready to draw: its texts, and its body at a width and (for charts that can stretch) a height. */
export interface Drawable {
  text: FigureTextData;
  body: (width: number, height: number | null, legend: boolean) => { node: SvgNode; height: number };
}

export interface ChartDefinition {
  /** the chart file (SVG, PNG, print, embed, slide, link preview, first paint) */
  drawable: (ds: Dataset, view: ViewState, color: ColorResolver) => Drawable;
  /** the numbers drawn: categories and series, the CSV table, caption texts */
  drawn: (ds: Dataset, view: ViewState) => DrawnChart;
  /** a slide's computed title, takeaway and sources */
  facts: (ds: Dataset, view: ViewState) => SlideFacts;
}
