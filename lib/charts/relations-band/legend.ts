// The band's legend: what it lists (the page's HTML legend reads it too), where its items go, the band's height with
// it, and the legend drawn in chart files.
import { el, type SvgNode } from "../../svg/tree";
import { LEGEND_FONT, LEGEND_LINE, LEGEND_ROW, LEGEND_SWATCH, flowLegend, type LegendMetrics } from "../legend";
import type { ColorResolver } from "../palette";
import type { RelationsBandModel } from "./derive";
import { BAND_HEIGHT } from "./layout";

export interface LegendItem {
  kind: "status" | "not-covered" | "event" | "cluster" | "unconfirmed" | "span" | "disputed" | "approximate";
  label: string;
  status?: string;
}

/** Legend entries: every status in rank order, not covered, then what the marks mean. */
export function relationsLegendItems(model: Pick<RelationsBandModel, "scale">): LegendItem[] {
  return [
    ...model.scale.map((s): LegendItem => ({ kind: "status", label: s.label, status: s.status })),
    { kind: "not-covered", label: "Not covered" },
    { kind: "event", label: "Dated event" },
    { kind: "cluster", label: "Events close together (number of events)" },
    { kind: "unconfirmed", label: "Unconfirmed event (low confidence)" },
    { kind: "span", label: "Date range or approximate date" },
    { kind: "disputed", label: "Disputed date: primary (solid), alternative (dashed)" },
    { kind: "approximate", label: "Approximate boundary (dotted)" },
  ];
}

/** One line a label, 14 px after each item. */
const BAND_LEGEND: LegendMetrics = { lead: LEGEND_SWATCH + 5, gap: 14, gapFits: true, row: LEGEND_ROW, line: LEGEND_LINE, font: LEGEND_FONT, wrap: false };

function layoutLegend(items: readonly LegendItem[], width: number) {
  const flow = flowLegend(items, 8, width - 8, BAND_LEGEND);
  return { placements: flow.placements, height: flow.height + 10 };
}

/** Total SVG height: BAND_HEIGHT, plus the legend rows when the legend is drawn inside the SVG. */
export function relationsBandHeight(model: Pick<RelationsBandModel, "scale">, width: number, legend: boolean): number {
  return BAND_HEIGHT + (legend ? layoutLegend(relationsLegendItems(model), width).height : 0);
}

export function renderBandLegend(model: RelationsBandModel, width: number, color: ColorResolver, hatchId: string): SvgNode {
  const top = BAND_HEIGHT + 4;
  const { placements } = layoutLegend(relationsLegendItems(model), width);
  const fg = color("--fg");
  const axis = color("--chart-axis");
  return el(
    "g",
    { "data-part": "legend", "font-size": LEGEND_FONT, fill: fg },
    placements.map(({ item: it, x: sx, y: rowTop }) => {
      const y = top + rowTop;
      const cy = y + LEGEND_SWATCH / 2;
      let swatch: SvgNode;
      switch (it.kind) {
        case "status":
          swatch = el("rect", { x: sx, y, width: LEGEND_SWATCH, height: LEGEND_SWATCH, fill: color(`--status-${it.status}`), stroke: axis, "stroke-width": 0.5 });
          break;
        case "not-covered":
          swatch = el("rect", { x: sx, y, width: LEGEND_SWATCH, height: LEGEND_SWATCH, fill: `url(#${hatchId})`, stroke: axis, "stroke-width": 0.5 });
          break;
        case "event":
          swatch = el("circle", { cx: sx + 6, cy, r: 4.5, fill: fg });
          break;
        case "cluster":
          swatch = el("g", {}, [
            el("circle", { cx: sx + 6, cy, r: 6, fill: fg }),
            el("text", { x: sx + 6, y: cy, "text-anchor": "middle", "dominant-baseline": "central", "font-size": 9, "font-weight": 700, fill: color("--bg") }, ["3"]),
          ]);
          break;
        case "unconfirmed":
          swatch = el("circle", { cx: sx + 6, cy, r: 4, fill: color("--bg"), stroke: fg, "stroke-width": 1.5 });
          break;
        case "span":
          swatch = el("rect", { x: sx, y: cy - 1.5, width: LEGEND_SWATCH, height: 3, fill: fg, "fill-opacity": 0.7 });
          break;
        case "disputed":
          swatch = el("g", {}, [
            el("line", { x1: sx + 3, x2: sx + 3, y1: y, y2: y + LEGEND_SWATCH, stroke: fg, "stroke-width": 1.5 }),
            el("line", { x1: sx + 9, x2: sx + 9, y1: y, y2: y + LEGEND_SWATCH, stroke: fg, "stroke-width": 1, "stroke-dasharray": "3 2" }),
          ]);
          break;
        case "approximate":
          swatch = el("line", { x1: sx + 6, x2: sx + 6, y1: y, y2: y + LEGEND_SWATCH, stroke: fg, "stroke-width": 1.5, "stroke-dasharray": "1.5 2.5", "stroke-linecap": "round" });
          break;
      }
      return el("g", { "data-legend": it.status ?? it.kind }, [
        swatch,
        el("text", { x: sx + LEGEND_SWATCH + 5, y: cy, "dominant-baseline": "middle" }, [it.label]),
      ]);
    }),
  );
}
