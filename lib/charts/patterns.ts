// The diagonal hatch every chart draws (stacked bars: totals without a split and "no data"; the relations band: "not
// covered"; chart 4: earmarked bars): a 6 px tile turned 45 degrees, a background and one stripe.
import { el, type SvgNode } from "../svg/tree";

interface HatchStyle {
  background: string;
  /** opacity of the background (the stripe stays opaque) */
  backgroundOpacity?: number;
  stroke: string;
  strokeWidth: number;
}

export function diagonalHatch(id: string, style: HatchStyle): SvgNode {
  return el("pattern", { id, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" }, [
    el("rect", { width: 6, height: 6, fill: style.background, "fill-opacity": style.backgroundOpacity }),
    el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: style.stroke, "stroke-width": style.strokeWidth }),
  ]);
}
