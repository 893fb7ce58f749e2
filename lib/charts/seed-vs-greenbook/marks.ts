// The marks of chart 4 that both faces draw: bar styles by precision, the earmark hatch, and everything drawn for
// one row of the difference view or one bar of the dollars view.
import { formatUsdFull } from "../../util/format";
import type { SeedPrecision } from "../../data/schema";
import { el, type SvgAttrValue, type SvgNode } from "../../svg/tree";
import type { PlotArea } from "../layout";
import type { ColorResolver } from "../palette";
import { diagonalHatch } from "../patterns";
import { textWidth } from "../text";
import { KIND_COLOR, SERIES_COLOR, type AbsoluteModel, type DifferenceModel, type RowTooltip, type SeedVsGreenbookModel } from "./derive";
import { FONT_SIZE, xOfPct, type Rect, type SeedVsGreenbookLayout } from "./layout";

export function hatchId(idPrefix: string, colorVar: string): string {
  return `${idPrefix}-hatch${colorVar.replace(/^-+/, "-")}`;
}

/** Pattern fills for earmarked ("planned") bars, one per colour used. */
export function patternDefs(model: SeedVsGreenbookModel, color: ColorResolver, idPrefix: string): SvgNode {
  const colorVars = new Set<string>();
  for (const r of model.rows) if (r.precision === "earmarked") colorVars.add(model.mode === "difference" ? KIND_COLOR[r.kind] : SERIES_COLOR.seed);
  for (const l of model.legend) if (l.swatch.type === "precision" && l.swatch.precision === "earmarked") colorVars.add(l.swatch.colorVar);
  return el(
    "defs",
    {},
    [...colorVars].map((v) => diagonalHatch(hatchId(idPrefix, v), { background: color(v), backgroundOpacity: 0.15, stroke: color(v), strokeWidth: 2.5 })),
  );
}

/** How a bar looks for each precision: exact solid, approximate dashed and pale, lower bound an outline, earmark hatched. */
export function precisionAttrs(precision: SeedPrecision, colorVar: string, color: ColorResolver, idPrefix: string): Record<string, SvgAttrValue> {
  const c = color(colorVar);
  switch (precision) {
    case "exact":
      return { fill: c };
    case "approximate":
      return { fill: c, "fill-opacity": 0.35, stroke: c, "stroke-width": 1.5, "stroke-dasharray": "4 3" };
    case "lower-bound":
      return { fill: c, "fill-opacity": 0.1, stroke: c, "stroke-width": 2 };
    case "earmarked":
      return { fill: `url(#${hatchId(idPrefix, colorVar)})`, stroke: c, "stroke-width": 1.5 };
  }
}

function tooltipText(t: RowTooltip): string {
  return [`${t.title}: ${t.quote}`, ...t.lines.map((l) => `${l.label}: ${l.value}`), `Why they can differ: ${t.why}`].join("\n");
}

export function diamond(cx: number, cy: number, r: number, attrs: Record<string, SvgAttrValue>): SvgNode {
  return el("path", { d: `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`, ...attrs });
}

/**
 * Everything drawn for one row of the difference view, given the bar's rectangle (the static face computes it, the
 * live face gets it from Recharts; a negative width from Recharts is normalised).
 */
export function differenceRowMarks(
  model: DifferenceModel,
  i: number,
  rect: Rect,
  layout: SeedVsGreenbookLayout,
  color: ColorResolver,
  idPrefix: string,
  withTitle = true,
): SvgNode {
  const row = model.rows[i];
  const plot = layout.plot;
  const colorVar = KIND_COLOR[row.kind];
  const x = rect.width < 0 ? rect.x + rect.width : rect.x;
  const w = Math.abs(rect.width);
  const cy = rect.y + rect.height / 2;
  const x0 = xOfPct(0, model, plot);
  const end = row.shown < 0 ? x : x + w;
  const dir = row.shown < 0 ? -1 : 1;
  const kids: (SvgNode | null)[] = [];
  if (withTitle) kids.push(el("title", {}, [tooltipText(row.tooltip)]));
  kids.push(
    el("rect", {
      x,
      y: rect.y,
      width: w,
      height: rect.height,
      "data-figure": row.id,
      "data-series": "difference",
      "data-precision": row.precision,
      "data-status": row.status,
      "data-overflow": row.overflow ? "true" : undefined,
      ...precisionAttrs(row.precision, colorVar, color, idPrefix),
    }),
  );
  if (row.value === null)
    // nothing to measure in %: an open ring on the zero line says "see the label"
    kids.push(el("circle", { cx: x0, cy, r: 7, fill: "none", stroke: color(colorVar), "stroke-width": 1.5, "data-marker": row.status }));
  if (row.precision === "lower-bound" && row.value !== null)
    kids.push(
      el("path", {
        d: `M${end + dir * 3} ${cy - 5}L${end + dir * 9} ${cy}L${end + dir * 3} ${cy + 5}`,
        fill: "none",
        stroke: color(colorVar),
        "stroke-width": 2,
        "data-marker": "over",
      }),
    );
  if (row.overflow)
    kids.push(
      el("path", {
        d: `M${end - dir * 10} ${rect.y - 2}l${dir * 4} ${rect.height + 4}M${end - dir * 5} ${rect.y - 2}l${dir * 4} ${rect.height + 4}`,
        stroke: color("--bg"),
        "stroke-width": 2,
        "data-marker": "overflow",
      }),
    );
  const pm = row.secondaryMark;
  if (pm && pm.status !== "no-data")
    kids.push(
      diamond(xOfPct(pm.shown, model, plot), cy, 5, {
        fill: color(SERIES_COLOR.programme),
        stroke: color("--fg"),
        "stroke-width": 1,
        "data-series": "programme-mark",
        "data-figure-mark": row.id,
      }),
    );
  return el("g", { "data-row": row.id }, kids);
}

/** Where a bar's value label fits: above the bar, else inside it; rotated when the bar is narrower than the text. */
export function valueLabelNode(text: string, rect: Rect, plot: PlotArea, color: ColorResolver, raise = 0): SvgNode | null {
  const fs = FONT_SIZE - 1;
  const len = textWidth(text, fs) + 4;
  const cx = rect.x + rect.width / 2;
  const top = rect.y - raise;
  if (rect.width >= len) {
    if (top - plot.top >= fs + 3) return el("text", { x: cx, y: top - 3, "text-anchor": "middle", "font-size": fs, fill: color("--fg") }, [text]);
    if (rect.height >= fs + 6) return el("text", { x: cx, y: rect.y + fs + 2, "text-anchor": "middle", "font-size": fs, fill: color("--bg") }, [text]);
    return null;
  }
  if (rect.width < fs - 2) return null; // upright text would run into the next bar
  const bx = cx + fs * 0.35;
  if (top - plot.top >= len + 3)
    return el("text", { x: bx, y: top - 3, transform: `rotate(-90 ${bx} ${top - 3})`, "text-anchor": "start", "font-size": fs, fill: color("--fg") }, [text]);
  if (rect.height >= len + 4 && rect.width >= fs + 2)
    return el("text", { x: bx, y: rect.y + 4, transform: `rotate(-90 ${bx} ${rect.y + 4})`, "text-anchor": "end", "font-size": fs, fill: color("--bg") }, [text]);
  return null;
}

/** One bar of the absolute view with its label and precision markers. Returns null where the value is missing. */
export function absoluteBarMarks(
  model: AbsoluteModel,
  i: number,
  k: number,
  rect: Rect,
  layout: SeedVsGreenbookLayout,
  color: ColorResolver,
  idPrefix: string,
  withTitle = true,
): SvgNode | null {
  const row = model.rows[i];
  const s = model.series[k];
  const value = row.values[s.key];
  if (value === null) return null;
  const precision: SeedPrecision = s.key === "seed" ? row.precision : "exact";
  const y = rect.height < 0 ? rect.y + rect.height : rect.y;
  const h = Math.abs(rect.height);
  const r: Rect = { x: rect.x, y, width: rect.width, height: h };
  const cx = r.x + r.width / 2;
  const kids: (SvgNode | null)[] = [];
  if (withTitle) kids.push(el("title", {}, [`${s.label}: ${s.key === "seed" ? row.valueLabels.seed : formatUsdFull(value)}\n${tooltipText(row.tooltip)}`]));
  kids.push(
    el("rect", {
      ...r,
      "data-figure": row.id,
      "data-series": s.key,
      "data-precision": s.key === "seed" ? row.precision : undefined,
      "data-value": value,
      ...precisionAttrs(precision, s.colorVar, color, idPrefix),
    }),
  );
  if (h < 1) kids.push(el("line", { x1: r.x, x2: r.x + r.width, y1: y + h, y2: y + h, stroke: color(s.colorVar), "stroke-width": 2, "data-marker": "zero" }));
  let raise = 0;
  if (precision === "lower-bound") {
    kids.push(el("path", { d: `M${cx - 5} ${y - 3}L${cx} ${y - 9}L${cx + 5} ${y - 3}`, fill: "none", stroke: color(s.colorVar), "stroke-width": 2, "data-marker": "over" }));
    raise = 10;
  }
  const label = row.valueLabels[s.key];
  if (label) kids.push(valueLabelNode(label, r, layout.plot, color, raise));
  return el("g", { "data-bar": `${row.id}:${s.key}` }, kids);
}
