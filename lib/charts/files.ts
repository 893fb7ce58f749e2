// Every chart of every view as a standalone SVG document: the chart file that /charts/<slug>.svg serves, that the
// PNG is rasterised from, and that the page paints first. Pure: dataset and request in, SVG text out.
import type { Dataset } from "../dataset";
import { toSvgDocument, type SvgNode } from "../svg/tree";
import { aidQueryOf, normaliseView, serializeView, viewHref, type ViewState } from "../view";
import { getAidView, getReconciliations, type AidView } from "../views";
import { buildAidChartModel } from "./aid-charts";
import { buildShareChartModel } from "./share-chart";
import { relationsFigureText, seedVsGreenbookFigureText } from "./captions";
import type { FigureTextData } from "./figure-text";
import { BAR_CHART_HEIGHT } from "./layout";
import { themeColor, type ColorResolver } from "./palette";
import { buildRelationsBandModel, relationsBandHeight, renderRelationsBand } from "./relations-band";
import { buildSeedVsGreenbookModel, renderSeedVsGreenbook, seedVsGreenbookHeight } from "./seed-vs-greenbook";
import { renderStackedBars, stackedLegendHeight, type StackedBarModel } from "./stacked-bars";
import { frameChart, type BodyRenderer } from "./svg-frame";

export const CHART_SLUGS = ["aid-by-period", "relations-band", "military-share", "seed-vs-greenbook"] as const;
export type ChartSlug = (typeof CHART_SLUGS)[number];
export const CHART_THEMES = ["light", "dark"] as const;
export type ChartTheme = (typeof CHART_THEMES)[number];
/** "full": title, subtitle, legend, notes, source and link drawn in the file; "plot": the chart alone (the page's
 * first paint, whose caption is HTML beside it). */
export const CHART_FRAMES = ["full", "plot"] as const;
export type ChartFrame = (typeof CHART_FRAMES)[number];

export const CHART_WIDTH = { min: 280, max: 4000, default: 960 } as const;
export const CHART_HEIGHT = { min: 120, max: 4000 } as const;

export interface ChartFileRequest {
  chart: ChartSlug;
  view: ViewState;
  theme: ChartTheme;
  width: number;
  /** null: the chart's natural height at this width */
  height: number | null;
  frame: ChartFrame;
}

/** Phones get a shorter bar chart so the bars and the legend fit on one screen (the page uses the same rule). */
export function barChartHeight(width: number): number {
  return width < 520 ? 300 : BAR_CHART_HEIGHT;
}

/** The view's address as printed in the file. */
export function viewLink(origin: string, view: ViewState): string {
  return `${origin}${viewHref(view)}`;
}

/** The address of a chart file of a view: the view's settings, then the file's own (frame, width, theme...). */
export function chartFileHref(chart: ChartSlug, format: "svg" | "png", view: ViewState, extra: Record<string, string | number> = {}): string {
  const q = new URLSearchParams(serializeView(view));
  for (const [k, v] of Object.entries(extra)) q.set(k, String(v));
  return `/charts/${chart}.${format}?${q.toString()}`;
}

interface Drawable {
  text: FigureTextData;
  /** the chart at a width and (for charts that can stretch) a height, with or without the legend drawn in */
  body: (width: number, height: number | null, legend: boolean) => { node: SvgNode; height: number };
}

function stacked(model: StackedBarModel, text: FigureTextData, color: ColorResolver, idPrefix: string): Drawable {
  return {
    text,
    body: (width, height, legend) => {
      const h = Math.max(200, height === null ? barChartHeight(width) : height - (legend ? stackedLegendHeight(model, width) : 0));
      const node = renderStackedBars(model, { width, height: h, color, idPrefix, legend });
      return { node, height: Number(node.attrs?.height ?? h) };
    },
  };
}

/** The bars' periods, as the relations band and chart 1 share one time axis. */
export function viewPeriods(ds: Dataset, view: ViewState): { from: number; to: number }[] {
  return periodsOf(getAidView(ds, aidQueryOf(view)));
}

/** The fiscal-year spans of chart 1's bars. */
export function periodsOf(aid: Pick<AidView, "rows">): { from: number; to: number }[] {
  return aid.rows.map((r) => ({ from: r.period.from, to: r.period.to }));
}

function drawable(ds: Dataset, req: ChartFileRequest, color: ColorResolver): Drawable {
  const view = normaliseView(req.view);
  switch (req.chart) {
    case "aid-by-period": {
      const { model, text } = buildAidChartModel(getAidView(ds, aidQueryOf(view)));
      return stacked(model, text, color, "aid");
    }
    case "military-share": {
      const { model, text } = buildShareChartModel(getAidView(ds, aidQueryOf(view, { forceKindSplit: true })), view.share);
      return stacked(model, text, color, "share");
    }
    case "relations-band": {
      const sources = ds.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher }));
      const input = { relations: ds.relations, events: ds.events.events, periods: viewPeriods(ds, view), sources };
      const text = relationsFigureText(buildRelationsBandModel({ ...input, width: CHART_WIDTH.default }), sources, ds.relations.coverageEnd, view);
      return {
        text,
        body: (width, _height, legend) => {
          const model = buildRelationsBandModel({ ...input, width });
          const height = relationsBandHeight(model, width, legend);
          return { node: renderRelationsBand(model, { width, height, color, legend, idPrefix: "relations-band" }), height };
        },
      };
    }
    case "seed-vs-greenbook": {
      const recs = getReconciliations(ds);
      const model = buildSeedVsGreenbookModel(recs, view.compare === "dollars" ? "absolute" : "difference");
      return {
        text: seedVsGreenbookFigureText(recs, ds.seed.nonAid),
        body: (width, height) => {
          const natural = seedVsGreenbookHeight(model, width);
          const h = height === null ? natural : Math.max(natural, height);
          return { node: renderSeedVsGreenbook(model, { width, height: h, color, idPrefix: "seed-vs-greenbook" }), height: h };
        },
      };
    }
  }
}

/** The chart file as SVG text. `origin` is the site's address, for the link printed at the foot. */
export function renderChartFile(ds: Dataset, req: ChartFileRequest, origin: string): { svg: string; title: string } {
  const color = themeColor(req.theme);
  const d = drawable(ds, req, color);
  if (req.frame === "plot") {
    const { node } = d.body(req.width, req.height, false);
    return { svg: toSvgDocument(node), title: d.text.title };
  }
  const body: BodyRenderer = (w, h) => d.body(w, h, true);
  const node = frameChart(body, { ...d.text, link: viewLink(origin, req.view) }, { width: req.width, height: req.height, color });
  return { svg: toSvgDocument(node), title: d.text.title };
}

/** Kebab-case words of a chart file's name: chart, grouping, years, dollars, measure ("aid-by-period-decade-fy1955-2024-nominal-usd").
 * "all-charts" names a whole-page export (the deck) of the view. Every export's name starts here (lib/export/file-name.ts). */
export function chartFileName(chart: ChartSlug | "all-charts", state: ViewState): string {
  const v = normaliseView(state);
  const dollars = v.dollars === "constant" ? `constant-${v.base}-usd` : "nominal-usd";
  const parts: string[] = ["us-cambodia", chart];
  if (chart === "seed-vs-greenbook") parts.push(v.compare === "dollars" ? "dollars" : "difference");
  else {
    parts.push(v.series === "seed" ? "seed-figures" : v.groupBy, `fy${v.from}-${v.to}`);
    if (chart !== "relations-band")
      parts.push(dollars, ...(v.measure === "per-year" ? [v.series === "annual" && v.averageOver === "every-year" ? "per-year-over-every-year" : "per-year"] : []));
    if (chart === "aid-by-period" && v.split !== "kind") parts.push(`by-${v.split}`);
    if (chart === "military-share" && v.share === "absolute") parts.push("amounts");
  }
  return parts.join("-");
}

