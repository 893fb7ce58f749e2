// Every chart of every view as a standalone SVG document: the chart file that /charts/<slug>.svg serves, that the
// PNG is rasterised from, and that the page paints first. Pure: dataset and request in, SVG text out. Which chart
// draws what is its definition's business (./definitions.ts); this module only frames it.
import type { Dataset } from "../data/dataset";
import { toSvgDocument, type SvgNode } from "../svg/tree";
import { normaliseView, type ViewState } from "../view";
import { CHART_DEFINITIONS } from "./definitions";
import { themeColor } from "./palette";
import { viewLink, type ChartFrame, type ChartSlug, type ChartTheme } from "./registry";
import { projected } from "./projection";
import { frameChart, type BodyRenderer } from "./svg-frame";

export interface ChartFileRequest {
  chart: ChartSlug;
  view: ViewState;
  theme: ChartTheme;
  width: number;
  /** null: the chart's natural height at this width */
  height: number | null;
  frame: ChartFrame;
  /** the smallest text the file may carry, in its pixels: the chart is laid out smaller and scaled up to reach it
   * (a slide preset: 22 px on a 1,080 px slide, ./projection.ts); absent: laid out at the file's size */
  minText?: number;
}

/** The chart file as SVG text. `origin` is the site's address, for the link printed at the foot. */
export function renderChartFile(ds: Dataset, req: ChartFileRequest, origin: string): { svg: string; title: string } {
  const color = themeColor(req.theme);
  const d = CHART_DEFINITIONS[req.chart].drawable(ds, normaliseView(req.view), color);
  const body: BodyRenderer = (w, h) => d.body(w, h, true);
  const text = { ...d.text, link: viewLink(origin, req.view) };
  const draw = (width: number, height: number | null): SvgNode => {
    if (req.frame === "plot" || req.frame === "legend") return d.body(width, height, req.frame === "legend").node;
    return frameChart(body, text, { width, height, color, parts: req.frame === "slide" ? "slide" : "file" });
  };
  const node = req.minText ? projected(draw, req.width, req.height, req.minText) : draw(req.width, req.height);
  return { svg: toSvgDocument(node), title: d.text.title };
}
