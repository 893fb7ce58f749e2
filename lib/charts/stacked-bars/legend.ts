// The stacked-bar legend: what it lists (the page's HTML legend reads it too), its height, and the legend drawn in
// chart files.
import { el, type SvgNode } from "../../svg/tree";
import { LEGEND_FONT, LEGEND_LINE, LEGEND_SWATCH, flowLegend } from "../legend";
import { plotArea, type PlotArea } from "../layout";
import type { ColorResolver } from "../palette";
import { AREA_RULE, AREA_RULE_SHORT, isHatchedKey, type StackedBarModel } from "./derive";

export interface StackedLegendItem {
  kind: "key" | "no-data" | "no-split" | "partial" | "provisional" | "outlined" | "assumption";
  label: string;
  /** a shorter wording for a phone's legend (PartKey.short for a part) */
  short?: string;
  /** the part's colour (kind "key") */
  colorVar?: string;
  hatched?: boolean;
}

/** What the legend lists: each part drawn, then only the marks this model uses. The page's HTML legend and the
 * chart file's drawn legend both read this. */
export function stackedLegendItems(model: StackedBarModel): StackedLegendItem[] {
  const items: StackedLegendItem[] = model.keys.map((k) => ({ kind: "key", label: k.label, short: k.short, colorVar: k.colorVar, hatched: isHatchedKey(k.key) }));
  if (model.bars.some((b) => b.placeholder === "no-data")) items.push({ kind: "no-data", label: "No data (no records; not zero)" });
  if (model.bars.some((b) => b.placeholder === "no-split")) items.push({ kind: "no-split", label: "No split available" });
  if (model.bars.some((b) => b.partial && b.valueLabel?.endsWith("*")))
    items.push({ kind: "partial", label: model.partialLabel ?? "* Partial: some years of the period have no records" });
  for (const a of model.assumptions ?? []) items.push({ kind: "assumption", label: a, ...(a === AREA_RULE ? { short: AREA_RULE_SHORT } : {}) });
  if (model.bars.some((b) => b.emphasis === "provisional" && !b.placeholder))
    items.push({
      kind: "provisional",
      label: "Dashed outline: includes provisional FY2024 (the latest year of its source is incomplete)",
      short: "Dashed outline: provisional FY2024 (an incomplete year)",
    });
  if (model.bars.some((b) => b.emphasis !== "exact" && b.emphasis !== "provisional"))
    items.push({ kind: "outlined", label: "Outlined: approximate, lower-bound (\u201cover\u201d) or earmarked figure" });
  return items;
}

/** Space between the plot's foot and the legend. */
const LEGEND_TOP_GAP = 8;

export function stackedLegendHeight(model: StackedBarModel, width: number): number {
  const plot = plotArea(width, 1);
  return LEGEND_TOP_GAP + flowLegend(stackedLegendItems(model), plot.left, width - 8).height + 6;
}

/** The legend drawn under the plot, from `top` (the chart's height without it). */
export function renderStackedLegend(model: StackedBarModel, plot: PlotArea, top: number, color: ColorResolver, hatchUrl: string): SvgNode {
  const fg = color("--fg");
  const { placements } = flowLegend(stackedLegendItems(model), plot.left, plot.left + plot.width);
  return el(
    "g",
    { "data-legend": "", "font-size": LEGEND_FONT, fill: fg },
    placements.map(({ item, x, y: rowTop, lines }) => {
      const y = top + LEGEND_TOP_GAP + rowTop;
      const s = LEGEND_SWATCH;
      const swatch =
        item.kind === "key"
          ? el("rect", { x, y, width: s, height: s, fill: item.hatched ? hatchUrl : color(item.colorVar ?? "--fg"), stroke: color(item.colorVar ?? "--fg") })
          : item.kind === "no-data" || item.kind === "no-split"
            ? el("rect", { x, y, width: s, height: s, fill: hatchUrl, opacity: 0.45, stroke: color("--chart-axis") })
            : item.kind === "provisional"
              ? el("rect", { x, y, width: s, height: s, fill: "none", stroke: fg, "stroke-width": 1.5, "stroke-dasharray": "3 2" })
              : item.kind === "outlined"
                ? el("rect", { x, y, width: s, height: s, fill: color("--chart-unsplit"), "fill-opacity": 0.35, stroke: color("--chart-unsplit"), "stroke-width": 2 })
                : null;
      const tx = item.kind === "partial" || item.kind === "assumption" ? x : x + s + 5;
      const text = el("text", { x: tx, y: y + 10 }, lines.map((l, i) => el("tspan", { x: tx, dy: i === 0 ? 0 : LEGEND_LINE }, [l])));
      return el("g", { "data-legend-item": item.kind }, [swatch, text]);
    }),
  );
}
