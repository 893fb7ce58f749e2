// The stacked-bar chart's static SVG face (charts 1 and 2): grid, placeholders, segments, labels, markers, callout
// and, in chart files, the legend; or only the annotations, laid over the live face at the same geometry.
import { el, type SvgNode } from "../../svg/tree";
import { chartSvg } from "../chart-svg";
import { cssVarColor, type ColorResolver } from "../palette";
import { placeAnnotations, type PlacedText } from "./annotations";
import { placeholderWords, type StackedBar, type StackedBarModel } from "./derive";
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, barSlots, categoryLabels, segmentGeometry, stackedPlot, yAt } from "./layout";
import { renderStackedLegend, stackedLegendHeight } from "./legend";
import { hatchPattern, segmentStyle } from "./marks";

export interface RenderOptions {
  width: number;
  height: number;
  color?: ColorResolver;
  /** prefix for element ids (title, desc, patterns) so several charts can share a page */
  idPrefix: string;
  /** draw the legend inside the SVG (exports); the page shows an HTML legend instead */
  legend?: boolean;
}

export function renderStackedBars(model: StackedBarModel, opts: RenderOptions): SvgNode {
  const color = opts.color ?? cssVarColor;
  const legendHeight = opts.legend ? stackedLegendHeight(model, opts.width) : 0;
  const { width } = opts;
  const height = opts.height;
  const plot = stackedPlot(width, height);
  const n = model.bars.length;
  const id = (s: string) => `${opts.idPrefix}-${s}`;
  const axis = color("--chart-axis");
  const fg = color("--fg");
  const geometry = segmentGeometry(model, width, height);
  const zeroY = yAt(0, model, plot);
  const slots = barSlots(model, plot);

  const defs = el("defs", {}, [hatchPattern(id("hatch"), color)]);

  const grid = model.y.ticks.map((t) =>
    el("g", { "data-tick": t }, [
      el("line", { x1: plot.left, x2: plot.left + plot.width, y1: yAt(t, model, plot), y2: yAt(t, model, plot), stroke: color("--chart-grid"), "stroke-width": 1 }),
      el("text", { x: plot.left - 8, y: yAt(t, model, plot), "text-anchor": "end", "dominant-baseline": "middle", "font-size": 11, fill: axis }, [model.formatTick(t)]),
    ]),
  );

  const placeholderText = (b: StackedBar, i: number) => {
    const slot = slots[i];
    if (!b.placeholder || slot.band < 14) return null;
    const y = zeroY - 6;
    return el(
      "text",
      { x: slot.center, y, "text-anchor": "start", "font-size": 10, fill: fg, transform: `rotate(-90 ${slot.center} ${y})`, "dominant-baseline": "middle", "data-placeholder-label": b.id },
      [placeholderWords(b)],
    );
  };
  const placeholders = model.bars.flatMap((b, i) => {
    if (!b.placeholder) return [];
    const slot = slots[i];
    const text = placeholderWords(b);
    return [
      el("g", { "data-placeholder": b.placeholder, "data-bar": b.id }, [
        el("title", {}, [`${b.label}: ${text}. ${b.description}`]),
        el("rect", { x: slot.x, y: plot.top, width: slot.width, height: zeroY - plot.top, fill: `url(#${id("hatch")})`, opacity: 0.45 }),
        placeholderText(b, i),
      ]),
    ];
  });

  const segments = geometry.map((g) => {
    const bar = model.bars[g.barIndex];
    const key = model.keys.find((k) => k.key === g.key)!;
    const st = segmentStyle(bar, key, color, `url(#${id("hatch")})`);
    return el(
      "rect",
      {
        x: g.x,
        y: g.y,
        width: g.width,
        height: Math.max(g.height, 0),
        fill: st.fill,
        stroke: st.stroke,
        "stroke-width": st.strokeWidth,
        "stroke-dasharray": st.strokeDasharray,
        "fill-opacity": st.fillOpacity,
        "data-part": g.key,
        "data-bar": bar.id,
        "data-value": g.value,
      },
      [el("title", {}, [`${bar.label}, ${key.label}: ${bar.description}`])],
    );
  });

  const placed = placeAnnotations(model, width, height);
  const textAt = (t: PlacedText, attrs: Record<string, string | number>) =>
    el("text", { x: t.x, y: t.y, "text-anchor": t.anchor, "font-size": t.size, fill: fg, ...attrs }, [t.text]);
  const valueLabels = placed.values.map((t) => textAt(t, { "data-value-label": t.barId }));

  const xLabels = categoryLabels(model, width, height).map((l) =>
    l
      ? el(
          "text",
          { x: l.x, y: l.y, "text-anchor": "middle", "font-size": LABEL_FONT_SIZE, fill: axis },
          l.lines.map((line, k) => el("tspan", { x: l.x, dy: k === 0 ? 0 : LABEL_LINE_HEIGHT }, [line])),
        )
      : null,
  );

  const markers = placed.markers.map((m) =>
    el("g", { "data-marker": m.full }, [
      el("line", { x1: m.x, x2: m.x, y1: 4, y2: plot.top + plot.height, stroke: fg, "stroke-dasharray": "4 3", "stroke-width": 1 }),
      m.label ? textAt(m.label, {}) : null,
    ]),
  );

  const highlight = placed.highlight ? textAt(placed.highlight, { "font-weight": 600, "data-highlight": placed.highlight.barId }) : null;

  // the marked year: a shaded column behind the bars, outlined, with its label above
  const mark = placed.mark
    ? el("g", { "data-mark": placed.mark.year }, [
        el("title", {}, [`FY${placed.mark.year}, marked from the timeline`]),
        el("rect", { x: placed.mark.x, y: placed.mark.top, width: placed.mark.width, height: placed.mark.height, fill: fg, "fill-opacity": 0.1, stroke: fg, "stroke-width": 1.5 }),
      ])
    : null;
  const markLabel = placed.mark?.label ? textAt(placed.mark.label, { "font-weight": 600, "data-mark-label": placed.mark.year }) : null;

  const legend = opts.legend ? renderStackedLegend(model, plot, height, color, `url(#${id("hatch")})`) : null;

  return chartSvg(
    { width, height: height + legendHeight, idPrefix: opts.idPrefix, title: model.title, description: model.description, desc: "names", attrs: { "data-bars": n } },
    [
      defs,
      el("g", { "data-grid": "" }, grid),
      mark,
      el("g", { "data-placeholders": "" }, placeholders),
      el("g", { "data-segments": "" }, segments),
      el("line", { x1: plot.left, x2: plot.left + plot.width, y1: zeroY, y2: zeroY, stroke: axis, "stroke-width": 1 }),
      el("g", { "data-x-labels": "" }, xLabels),
      el("g", { "data-value-labels": "" }, valueLabels),
      el("g", {}, markers),
      highlight,
      markLabel,
      legend,
    ],
  );
}
