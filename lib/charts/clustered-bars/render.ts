// The clustered-bar chart's static SVG face (charts 5 and 6): grid and y axis, the zero line, bars side by side per
// period (the subject outlined, negatives hanging below zero with a dashed outline, gaps as hatched stubs on the zero
// line), category labels, value labels where they fit, and, in chart files, the legend naming each series' basis.
import { el, type SvgNode } from "../../svg/tree";
import { chartSvg } from "../chart-svg";
import { LEGEND_FONT, LEGEND_LINE, LEGEND_SWATCH } from "../legend";
import { cssVarColor, type ColorResolver } from "../palette";
import { diagonalHatch } from "../patterns";
import { formatClustered, type ClusteredModel, type ClusteredSeries } from "./derive";
import { layoutClustered, VALUE_FONT, type LegendItem } from "./layout";

export interface ClusteredRenderOptions {
  width: number;
  height: number | null;
  color?: ColorResolver;
  idPrefix: string;
  legend: boolean;
}

/** A bar's look, as both faces draw it: the series' colour (paler for grants), an outline for the subject, a dashed
 * one below zero. */
export function barLook(s: ClusteredSeries, negative: boolean, color: ColorResolver) {
  const outlined = negative || s.highlight;
  return {
    fill: color(s.colorVar),
    fillOpacity: s.pale ? 0.55 : undefined,
    stroke: outlined ? color("--fg") : undefined,
    strokeWidth: outlined ? 1.5 : undefined,
    strokeDasharray: negative ? "3 2" : undefined,
  };
}

/** The width of a no-data stub's edge (the axis colour round the hatch). */
export const GAP_EDGE = 0.5;

/** The hatch of the no-data stubs. */
export function gapHatch(id: string, color: ColorResolver): SvgNode {
  return diagonalHatch(id, { background: color("--bg"), stroke: color("--chart-axis"), strokeWidth: 1.5 });
}

/** barLook as SVG attributes of the chart file. */
export function barStyle(s: ClusteredSeries, negative: boolean, color: ColorResolver) {
  const l = barLook(s, negative, color);
  return { fill: l.fill, "fill-opacity": l.fillOpacity, stroke: l.stroke, "stroke-width": l.strokeWidth, "stroke-dasharray": l.strokeDasharray };
}

function swatch(item: LegendItem, x: number, y: number, color: ColorResolver, hatch: string): SvgNode {
  const box = { x, y, width: LEGEND_SWATCH, height: LEGEND_SWATCH };
  if (item.kind === "series") return el("rect", { ...box, ...barStyle(item.series, false, color) });
  if (item.kind === "no-data") return el("rect", { ...box, fill: hatch, stroke: color("--chart-axis"), "stroke-width": 1 });
  return el("rect", { ...box, fill: color("--chart-unsplit"), stroke: color("--fg"), "stroke-width": 1.5, "stroke-dasharray": "3 2" });
}

export function renderClusteredBars(model: ClusteredModel, opts: ClusteredRenderOptions): { node: SvgNode; height: number } {
  const color = opts.color ?? cssVarColor;
  const L = layoutClustered(model, opts.width, opts.height, opts.legend);
  const id = (s: string) => `${opts.idPrefix}-${s}`;
  const hatch = `url(#${id("gap")})`;
  const axis = color("--chart-axis");
  const fg = color("--fg");
  const { plot } = L;

  const legend = L.legend.map((p) =>
    el("g", { "data-legend": p.item.kind === "series" ? p.item.series.id : p.item.kind }, [
      swatch(p.item, p.x, p.y + 2, color, hatch),
      el(
        "text",
        { x: p.x + LEGEND_SWATCH + 5, y: p.y + 2 + LEGEND_SWATCH - 2, "font-size": LEGEND_FONT, fill: fg, "font-weight": p.item.kind === "series" && p.item.series.highlight ? 600 : undefined },
        p.lines.map((line, i) => el("tspan", { x: p.x + LEGEND_SWATCH + 5, dy: i === 0 ? 0 : LEGEND_LINE }, [line])),
      ),
    ]),
  );

  const grid = L.ticks.map((t) =>
    el("g", { "data-tick": t }, [
      el("line", { x1: plot.left, x2: plot.left + plot.width, y1: L.yOf(t), y2: L.yOf(t), stroke: color("--chart-grid"), "stroke-width": 1 }),
      el("text", { x: plot.left - 8, y: L.yOf(t), "text-anchor": "end", "dominant-baseline": "middle", "font-size": 11, fill: axis }, [formatClustered(t, model.unit, true)]),
    ]),
  );

  const bars = L.bars.map((b) => {
    const s = model.series[b.series];
    const category = model.categories[b.category];
    // the category by its index: a label is data, and stays text (in the <title>), never an attribute
    const data = { "data-series": s.id, "data-category": b.category, "data-highlight": s.highlight ? "true" : undefined };
    if (b.value === null)
      return el("rect", { ...data, "data-nodata": "true", x: b.x, y: b.y, width: b.width, height: b.height, fill: hatch, stroke: axis, "stroke-width": GAP_EDGE }, [
        el("title", {}, [`${s.label}, ${category}: no data (not zero)`]),
      ]);
    const negative = b.value < 0;
    return el("rect", { ...data, "data-value": b.value, "data-negative": negative ? "true" : undefined, x: b.x, y: b.y, width: b.width, height: Math.max(b.height, 0.5), ...barStyle(s, negative, color) }, [
      el("title", {}, [`${s.label}, ${category}: ${formatClustered(b.value, model.unit)}${negative ? " (net negative)" : ""}`]),
    ]);
  });

  const zeroLine = el("line", { "data-zero-line": "true", x1: plot.left, x2: plot.left + plot.width, y1: L.yOf(0), y2: L.yOf(0), stroke: axis, "stroke-width": 1.5 });

  const values = L.valueLabels.map((v) => el("text", { "data-label": "value", x: v.x, y: v.y, "text-anchor": "middle", "font-size": VALUE_FONT, fill: fg }, [v.text]));

  const axisTop = plot.top + plot.height + 6;
  const categories = L.categoryLabels.map((c) =>
    el(
      "text",
      { "data-label": "category", x: c.x, y: axisTop + c.font, "text-anchor": "middle", "font-size": c.font, fill: axis },
      // one line is plain text (a reader of the file, such as a PDF's text layer, finds it whole)
      c.lines.length === 1 ? c.lines : c.lines.map((line, i) => el("tspan", { x: c.x, dy: i === 0 ? 0 : c.font + 2 }, [line])),
    ),
  );

  const node = chartSvg({ width: opts.width, height: L.height, idPrefix: opts.idPrefix, title: model.title, description: model.description }, [
    el("defs", {}, [gapHatch(id("gap"), color)]),
    el("g", { "data-part": "legend" }, legend),
    el("g", { "data-part": "grid" }, grid),
    el("g", { "data-part": "bars" }, bars),
    zeroLine,
    el("g", { "data-part": "values" }, values),
    el("g", { "data-part": "categories" }, categories),
  ]);
  return { node, height: L.height };
}
