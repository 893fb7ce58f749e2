// Every chart of every view as a standalone SVG document: the chart file that /charts/<slug>.svg serves, that the
// PNG is rasterised from, and that the page paints first. Pure: dataset and request in, SVG text out. Which chart
// draws what is its definition's business (./definitions.ts); this module only frames it.
import type { Dataset } from "../dataset";
import { toSvgDocument } from "../svg/tree";
import { normaliseView, type ViewState } from "../view";
import { CHART_DEFINITIONS } from "./definitions";
import { themeColor } from "./palette";
import { viewLink, type ChartFrame, type ChartSlug, type ChartTheme } from "./registry";
import { frameChart, type BodyRenderer } from "./svg-frame";

export interface ChartFileRequest {
  chart: ChartSlug;
  view: ViewState;
  theme: ChartTheme;
  width: number;
  /** null: the chart's natural height at this width */
  height: number | null;
  frame: ChartFrame;
}

/** The chart file as SVG text. `origin` is the site's address, for the link printed at the foot. */
export function renderChartFile(ds: Dataset, req: ChartFileRequest, origin: string): { svg: string; title: string } {
  const color = themeColor(req.theme);
  const d = CHART_DEFINITIONS[req.chart].drawable(ds, normaliseView(req.view), color);
  if (req.frame !== "full") {
    const { node } = d.body(req.width, req.height, req.frame === "legend");
    return { svg: toSvgDocument(node), title: d.text.title };
  }
  const body: BodyRenderer = (w, h) => d.body(w, h, true);
  const node = frameChart(body, { ...d.text, link: viewLink(origin, req.view) }, { width: req.width, height: req.height, color });
  return { svg: toSvgDocument(node), title: d.text.title };
}
