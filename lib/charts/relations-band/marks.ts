// The band's event markers as drawn in the static face (exports, print): each single marker, each cluster of markers
// that would overlap as one larger circle with its count, and the thin bars of ranged events.
import { el, type SvgNode } from "../../svg/tree";
import { cssVarColor, type ColorResolver } from "../palette";
import type { BandMarkerGroup } from "./clusters";
import type { BandMarker, RelationsBandModel } from "./derive";
import { BAND_LAYOUT, markerGeometry } from "./layout";

/** The thin bar of a ranged or approximate event, in its lane. */
export function spanBars(members: readonly BandMarker[], color: ColorResolver): SvgNode[] {
  return members.flatMap((m) => {
    const bar = markerGeometry(m).bar;
    return bar ? [el("rect", { x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: color("--fg"), "fill-opacity": 0.7, "data-span": m.id })] : [];
  });
}

/** A cluster's circle and count (the live face draws the same). */
export function clusterShape(g: BandMarkerGroup, color: ColorResolver): SvgNode[] {
  return [
    el("circle", { cx: g.x, cy: BAND_LAYOUT.markerY, r: g.r, fill: color("--fg"), stroke: color("--bg"), "stroke-width": 1 }),
    el("text", { x: g.x, y: BAND_LAYOUT.markerY, "text-anchor": "middle", "dominant-baseline": "central", "font-size": 9, "font-weight": 700, fill: color("--bg"), "pointer-events": "none" }, [String(g.members.length)]),
  ];
}

/** The static event markers (exports, print); the live component draws the same shapes as one group of buttons. */
export function renderMarkers(model: RelationsBandModel, color: ColorResolver = cssVarColor): SvgNode {
  return el(
    "g",
    { "data-part": "markers" },
    model.markerGroups.map((g) => {
      if (g.members.length > 1)
        return el("g", { "data-cluster": g.id, "data-events": g.members.map((m) => m.id).join(" ") }, [el("title", {}, [g.ariaLabel]), ...spanBars(g.members, color), ...clusterShape(g, color)]);
      const m = g.members[0];
      const geo = markerGeometry(m);
      return el("g", { "data-event": m.id, "data-confidence": m.confidence }, [
        el("title", {}, [m.ariaLabel]),
        ...spanBars(g.members, color),
        el("circle", {
          cx: geo.cx,
          cy: geo.cy,
          r: geo.r,
          fill: m.unconfirmed ? color("--bg") : color("--fg"),
          stroke: m.unconfirmed ? color("--fg") : color("--bg"),
          "stroke-width": m.unconfirmed ? 1.5 : 1,
        }),
      ]);
    }),
  );
}
