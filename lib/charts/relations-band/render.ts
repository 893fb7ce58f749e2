// The band's static SVG face: gutter labels, phases, parts not covered, boundaries, axis and (unless the live
// component draws its own) the event markers; in chart files, the legend.
import { el, type SvgNode } from "../../svg/tree";
import { chartSvg } from "../chart-svg";
import { cssVarColor, type ColorResolver } from "../palette";
import { diagonalHatch } from "../patterns";
import type { RelationsBandModel } from "./derive";
import { BAND_LAYOUT } from "./layout";
import { relationsBandHeight, renderBandLegend } from "./legend";
import { renderMarkers } from "./marks";

export interface RelationsBandRenderOptions {
  width: number;
  /** defaults to relationsBandHeight(model, width, legend) */
  height?: number;
  color?: ColorResolver;
  /** draw the legend inside the SVG (exports); the page shows an HTML legend instead */
  legend?: boolean;
  /** prefix for element ids (title, desc, hatch pattern) so several charts can share a page */
  idPrefix?: string;
  /** draw the event markers; the live component draws its own focusable markers over the static face instead */
  markers?: boolean;
}

export function renderRelationsBand(model: RelationsBandModel, opts: RelationsBandRenderOptions): SvgNode {
  const color = opts.color ?? cssVarColor;
  const legend = opts.legend ?? false;
  const { width } = opts;
  const height = opts.height ?? relationsBandHeight(model, width, legend);
  const prefix = opts.idPrefix ?? "relations-band";
  const id = (s: string) => `${prefix}-${s}`;
  const L = BAND_LAYOUT;
  const bandBottom = L.bandTop + L.bandHeight;
  const fg = color("--fg");
  const axis = color("--chart-axis");
  const muted = color("--muted");

  const defs = el("defs", {}, [diagonalHatch(id("hatch"), { background: color("--status-not-covered"), stroke: axis, strokeWidth: 1.5 })]);

  const gutter = el("g", { "data-part": "gutter", "font-size": 10, fill: muted, "text-anchor": "end" }, [
    el("text", { x: model.plot.left - 6, y: L.bandTop + L.bandHeight / 2, "dominant-baseline": "middle" }, ["Status"]),
    el("text", { x: model.plot.left - 6, y: L.markerY, "dominant-baseline": "middle" }, ["Events"]),
  ]);

  const phaseLineY = (n: number, i: number) => L.bandTop + L.bandHeight / 2 + (n === 1 ? 0 : i === 0 ? -7 : 7);
  const phases = el(
    "g",
    { "data-part": "phases" },
    model.phases.map((p) =>
      el("g", { "data-phase": p.id }, [
        el("rect", { x: p.x, y: L.bandTop, width: p.width, height: L.bandHeight, fill: color(p.fillVar), "data-status": p.status, "data-phase": p.id, "data-part": "phase" }, [
          el("title", {}, [p.title]),
        ]),
        ...p.lines.map((line, i) =>
          el(
            "text",
            {
              x: p.x + p.width / 2,
              y: phaseLineY(p.lines.length, i),
              "text-anchor": "middle",
              "dominant-baseline": "middle",
              "font-size": line.size,
              "font-weight": i === 0 ? 600 : undefined,
              fill: color(p.inkVar),
              "pointer-events": "none",
              "aria-hidden": "true",
            },
            [line.text],
          ),
        ),
      ]),
    ),
  );

  const notCovered = el(
    "g",
    { "data-part": "not-covered" },
    model.notCovered.map((n) =>
      el("g", { "data-phase": `not-covered-${n.side}` }, [
        el("rect", { x: n.x, y: L.bandTop, width: n.width, height: L.bandHeight, fill: `url(#${id("hatch")})`, stroke: axis, "stroke-width": 0.75, "data-status": "not-covered", "data-phase": `not-covered-${n.side}` }, [
          el("title", {}, [n.title]),
        ]),
        ...n.lines.map((line, i) =>
          el(
            "text",
            { x: n.x + n.width / 2, y: phaseLineY(n.lines.length, i), "text-anchor": "middle", "dominant-baseline": "middle", "font-size": 10, fill: fg, "pointer-events": "none" },
            [line],
          ),
        ),
      ]),
    ),
  );

  const boundaries = el(
    "g",
    { "data-part": "boundaries" },
    model.boundaries.map((b) => {
      const lines: (SvgNode | null)[] = [el("title", {}, [b.title])];
      if (b.x !== null) {
        const dash = b.kind === "approximate" ? "1.5 2.5" : undefined;
        lines.push(el("line", { x1: b.x, x2: b.x, y1: L.bandTop - (b.kind === "disputed" ? 4 : 0), y2: bandBottom + 2, stroke: fg, "stroke-width": 1.5, "stroke-dasharray": dash, "stroke-linecap": dash ? "round" : undefined, "data-primary": "true" }));
        lines.push(el("line", { x1: b.x, x2: b.x, y1: L.bandTop, y2: bandBottom, stroke: fg, "stroke-opacity": 0, "stroke-width": 8, "pointer-events": "stroke" }));
      }
      for (const a of b.alternatives) {
        if (a.x === null) continue;
        lines.push(el("line", { x1: a.x, x2: a.x, y1: L.bandTop - 3, y2: bandBottom, stroke: fg, "stroke-width": 1, "stroke-dasharray": "3 2", "data-alternative": a.date }));
        lines.push(el("line", { x1: a.x, x2: a.x, y1: L.bandTop - 3, y2: bandBottom, stroke: fg, "stroke-opacity": 0, "stroke-width": 8, "pointer-events": "stroke" }));
        if (a.tickLabel) lines.push(el("text", { x: a.x, y: L.altLabelY, "text-anchor": "middle", "font-size": 9, fill: muted }, [a.tickLabel]));
      }
      return el("g", { "data-boundary": b.segmentId, "data-kind": b.kind, "data-disputed": b.kind === "disputed" ? "true" : undefined }, lines);
    }),
  );

  const markers = opts.markers === false ? null : renderMarkers(model, color);

  const axisY = L.axisY;
  const axisNode = el("g", { "data-part": "axis" }, [
    el("line", { x1: model.plot.left, x2: model.plot.right, y1: axisY, y2: axisY, stroke: axis, "stroke-width": 1 }),
    ...model.ticks.map((t) =>
      el("g", { "data-tick": t.year }, [
        el("line", { x1: t.x, x2: t.x, y1: axisY, y2: axisY + 4, stroke: axis, "stroke-width": 1 }),
        el("text", { x: t.x, y: L.tickLabelY, "text-anchor": "middle", "font-size": 10, fill: axis }, [String(t.year)]),
      ]),
    ),
  ]);

  const legendNode = legend ? renderBandLegend(model, width, color, id("hatch")) : null;

  return chartSvg(
    { width, height, idPrefix: prefix, title: model.title, description: model.description, attrs: { "data-chart": "relations-band" } },
    [
      defs,
      gutter,
      phases,
      notCovered,
      // an outline keeps the darkest phases visible against a dark page
      el("rect", { x: model.plot.left, y: L.bandTop, width: Math.max(0, model.plot.right - model.plot.left), height: L.bandHeight, fill: "none", stroke: axis, "stroke-width": 1, "data-part": "band-outline" }),
      boundaries,
      axisNode,
      markers,
      legendNode,
    ],
  );
}
