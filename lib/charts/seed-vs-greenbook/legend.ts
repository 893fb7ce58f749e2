// Chart 4's legend, drawn at the placements of the layout (both faces draw it the same).
import { el, type SvgNode } from "../../svg/tree";
import type { ColorResolver } from "../palette";
import { SERIES_COLOR } from "./derive";
import { FONT_SIZE, type SeedVsGreenbookLayout } from "./layout";
import { diamond, precisionAttrs } from "./marks";

export function legendNode(layout: SeedVsGreenbookLayout, color: ColorResolver, idPrefix: string): SvgNode {
  return el(
    "g",
    { "data-legend": "", "font-size": FONT_SIZE },
    layout.legend.placements.map(({ item, x, y }) => {
      const sw = item.swatch;
      const box = { x: x + 1, y: y + 1, width: 12, height: 10 };
      const swatch =
        sw.type === "fill"
          ? el("rect", { ...box, fill: color(sw.colorVar) })
          : sw.type === "precision"
            ? el("rect", { ...box, ...precisionAttrs(sw.precision, sw.colorVar, color, idPrefix), "data-precision": sw.precision })
            : diamond(x + 7, y + 6, 5, { fill: color(SERIES_COLOR.programme), stroke: color("--fg"), "stroke-width": 1 });
      return el("g", { "data-legend-item": item.key }, [swatch, el("text", { x: x + 19, y: y + 10, fill: color("--fg") }, [item.label])]);
    }),
  );
}
