// The band's event markers as drawn in the static face (exports, print).
import { el, type SvgNode } from "../../svg/tree";
import { cssVarColor, type ColorResolver } from "../palette";
import type { RelationsBandModel } from "./derive";
import { markerGeometry } from "./layout";

/** The static event markers (exports, print); the live component draws the same shapes as buttons. */
export function renderMarkers(model: RelationsBandModel, color: ColorResolver = cssVarColor): SvgNode {
  return el(
    "g",
    { "data-part": "markers" },
    model.markers.map((m) => {
      const g = markerGeometry(m);
      return el("g", { "data-event": m.id, "data-confidence": m.confidence }, [
        el("title", {}, [m.ariaLabel]),
        g.bar ? el("rect", { x: g.bar.x, y: g.bar.y, width: g.bar.width, height: g.bar.height, fill: color("--fg"), "fill-opacity": 0.7 }) : null,
        el("circle", {
          cx: g.cx,
          cy: g.cy,
          r: g.r,
          fill: m.unconfirmed ? color("--bg") : color("--fg"),
          stroke: m.unconfirmed ? color("--fg") : color("--bg"),
          "stroke-width": m.unconfirmed ? 1.5 : 1,
        }),
      ]);
    }),
  );
}
