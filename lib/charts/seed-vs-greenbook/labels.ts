// Chart 4's axes and text: category ticks, tick formats, the axis titles and the difference view's label column.
import { formatUsdShort, percentText } from "../../util/format";
import { el, type SvgNode } from "../../svg/tree";
import type { ColorResolver } from "../palette";
import { textWidth, wrapWords } from "../text";
import type { DifferenceModel } from "./derive";
import { DIFFERENCE_X_AXIS_HEIGHT, FONT_SIZE, differenceBarRect, type SeedVsGreenbookLayout } from "./layout";

/**
 * The text column right of the difference plot: each row's verdict ("agrees (-0.02%)", "+29.6%", "holds (+52.3%)",
 * "absolute only: +$28,000") and, under it, the named programme's. Drawn outside the plot, so the live face renders it
 * as a child of the chart rather than inside Recharts' (clipped) bar layer.
 */
export function differenceLabelsNode(model: DifferenceModel, layout: SeedVsGreenbookLayout, color: ColorResolver): SvgNode | null {
  const col = layout.labelColumn;
  if (!col) return null;
  return el(
    "g",
    { "data-labels": "", "font-size": FONT_SIZE },
    model.rows.map((row, i) => {
      const rect = differenceBarRect(model, i, layout.plot);
      const cy = rect.y + rect.height / 2;
      const pm = row.secondaryMark;
      const main = wrapWords(row.text, col.width, FONT_SIZE, 2);
      // the secondary comparison on the one line left, in shorter words where need be, else only in the tooltip and table
      const secondary = pm && main.length < 2 ? [pm.text, `${pm.label.replace(/ aid$/, "")}: ${pm.short}`, `\u25c6 ${pm.short}`].find((t) => textWidth(t, FONT_SIZE) <= col.width) : undefined;
      const lines = [...main.map((t) => ({ t, muted: false })), ...(secondary ? [{ t: secondary, muted: true }] : [])];
      const y0 = cy + 4 - ((lines.length - 1) * (FONT_SIZE + 1)) / 2;
      return el(
        "text",
        { x: col.x, y: y0, fill: color("--fg"), "data-label": row.id },
        lines.map((l, k) => el("tspan", { x: col.x, dy: k === 0 ? 0 : FONT_SIZE + 1, fill: l.muted ? color("--muted") : undefined }, [l.t])),
      );
    }),
  );
}

export const differenceTickFormat = (v: number): string => percentText(v, { signed: true });
export const absoluteTickFormat = (v: number): string => formatUsdShort(v);

/** A category label on one or two lines, anchored at (x, y) as Recharts gives a tick. */
export function categoryTickNode(lines: readonly string[], x: number, y: number, orientation: "left" | "bottom" | "bottom-upright", color: ColorResolver): SvgNode {
  const lh = FONT_SIZE + 1;
  if (orientation === "bottom-upright") {
    const bx = x + FONT_SIZE * 0.35;
    return el("text", { x: bx, y, transform: `rotate(-90 ${bx} ${y})`, "text-anchor": "end", "font-size": FONT_SIZE, fill: color("--chart-axis") }, [lines.join(" ")]);
  }
  if (orientation === "bottom")
    return el(
      "text",
      { x, y, "text-anchor": "middle", "font-size": FONT_SIZE, fill: color("--chart-axis") },
      lines.map((t, k) => el("tspan", { x, dy: k === 0 ? "0.71em" : lh }, [t])),
    );
  const y0 = y + 4 - ((lines.length - 1) * lh) / 2;
  return el(
    "text",
    { x, y: y0, "text-anchor": "end", "font-size": FONT_SIZE, fill: color("--chart-axis") },
    lines.map((t, k) => el("tspan", { x, dy: k === 0 ? 0 : lh }, [t])),
  );
}

/** Lines of a row's category label that fit the space: one line when it fits, else span and kind. */
export function categoryLines(row: { label: string; labelLines: [string, string] }, space: number): string[] {
  return textWidth(row.label, FONT_SIZE) <= space ? [row.label] : [...row.labelLines];
}

/** Title under the difference view's x axis, and a header over the label column. */
export function differenceAxisTitles(layout: SeedVsGreenbookLayout, color: ColorResolver): SvgNode {
  const p = layout.plot;
  const narrow = p.width < 360;
  return el("g", { "data-axis-title": "", "font-size": FONT_SIZE, fill: color("--muted") }, [
    el("text", { x: p.left + p.width / 2, y: p.top + p.height + DIFFERENCE_X_AXIS_HEIGHT - 6, "text-anchor": "middle" }, [
      narrow ? "Greenbook minus seed, % of seed" : "← Greenbook lower · Greenbook minus seed, % of the seed figure · Greenbook higher →",
    ]),
    layout.labelColumn ? el("text", { x: layout.labelColumn.x, y: p.top - 4 }, ["Greenbook vs seed"]) : null,
  ]);
}
