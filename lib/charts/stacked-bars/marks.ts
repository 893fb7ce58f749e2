// How a segment looks, for both faces (the static SVG and the live Recharts bars).
import type { PartKey } from "../../aid/parts";
import type { SvgNode } from "../../svg/tree";
import type { ColorResolver } from "../palette";
import { diagonalHatch } from "../patterns";
import { isHatchedKey, type StackedBar } from "./derive";

export interface SegmentStyle {
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  strokeDasharray?: string;
  fillOpacity?: number;
}

/** How a segment looks, for both faces: hatched when it is a total without a split, outlined and pale when the
 * figure is approximate, a lower bound or an earmark. */
export function segmentStyle(bar: StackedBar, key: PartKey, color: ColorResolver, hatchUrl: string): SegmentStyle {
  const hatched = isHatchedKey(key.key);
  const special = bar.emphasis !== "exact" && bar.emphasis !== "provisional";
  if (bar.emphasis === "provisional")
    // provisional figures (FY2024) keep their fill and get a dashed outline in the text colour
    return { fill: hatched ? hatchUrl : color(key.colorVar), stroke: color("--fg"), strokeWidth: 1.5, strokeDasharray: "5 3" };
  return {
    fill: hatched ? hatchUrl : color(key.colorVar),
    stroke: special || hatched ? color(key.colorVar) : undefined,
    strokeWidth: special ? 2 : hatched ? 1 : undefined,
    strokeDasharray: bar.emphasis === "approximate" ? "4 3" : bar.emphasis === "earmarked" ? "2 2" : undefined,
    fillOpacity: special ? 0.35 : undefined,
  };
}

/** The diagonal hatch both faces use for totals without a split and for "no data". */
export function hatchPattern(id: string, color: ColorResolver): SvgNode {
  return diagonalHatch(id, { background: color("--bg"), stroke: color("--chart-unsplit"), strokeWidth: 2 });
}
