// A stacked-bar chart as data, and its static SVG face. Charts 1 and 2 build this model; the Recharts face draws
// the same model at the same size, so both faces put the same bars in the same places.
import type { PartKey } from "../aid-parts";
import { LEGEND_FONT, LEGEND_LINE, LEGEND_SWATCH, flowLegend } from "./legend";
import { FONT_FAMILY, textWidth, wrapWords } from "./text";
import { el, type SvgNode } from "../svg/tree";
import { cssVarColor, type ColorResolver } from "./palette";
import { barSlot, labelEvery, niceTicks, plotArea, yOf, type PlotArea } from "./layout";

export type BarEmphasis = "exact" | "approximate" | "lower-bound" | "earmarked" | "provisional";

export interface StackedBar {
  id: string;
  label: string;
  /** plotted values by part key, bottom to top in `keys` order; null or 0 draws nothing */
  values: Record<string, number | null>;
  /** "no-data": no records at all; "no-split": records but no economic/military split */
  placeholder: "no-data" | "no-split" | null;
  /** text written on a placeholder, where the default ("no data", "no split available") would mislead */
  placeholderLabel?: string;
  /** label above the bar, drawn where it fits */
  valueLabel: string | null;
  emphasis: BarEmphasis;
  /** some years of the period have no records: the value label carries an asterisk */
  partial: boolean;
  /** sentence for the bar's <title> and the live tooltip's first line */
  description: string;
  /** extra tooltip lines (coverage, notes, sources) */
  details: string[];
}

export interface BarMarker {
  /** the marker stands on the left edge of this bar */
  beforeIndex: number;
  label: string;
}

export interface StackedBarModel {
  keys: PartKey[];
  bars: StackedBar[];
  y: { min: number; max: number; ticks: number[] };
  formatTick: (n: number) => string;
  markers: BarMarker[];
  /** one bar singled out with a callout (chart 2's highest military share) */
  highlight: { index: number; text: string } | null;
  /** for the SVG's accessible name and description */
  title: string;
  description: string;
}

export const EMPHASIS_NOTE: Record<BarEmphasis, string | null> = {
  exact: null,
  approximate: "approximate figure (\"about\")",
  "lower-bound": "lower bound (\"over\")",
  earmarked: "earmarked, not obligated",
  provisional: "includes provisional FY2024",
};

/** Axis extent covering every stack, positive parts above zero and negative net amounts below. */
export function stackExtent(bars: readonly StackedBar[], keys: readonly PartKey[]): { min: number; max: number; ticks: number[] } {
  let hi = 0;
  let lo = 0;
  for (const b of bars) {
    let pos = 0;
    let neg = 0;
    for (const k of keys) {
      const v = b.values[k.key] ?? 0;
      if (v >= 0) pos += v;
      else neg += v;
    }
    hi = Math.max(hi, pos);
    lo = Math.min(lo, neg);
  }
  const up = niceTicks(hi);
  if (lo === 0) return { min: 0, max: up.max, ticks: up.ticks };
  const step = up.ticks.length > 1 ? up.ticks[1] - up.ticks[0] : up.max;
  // A net negative far below a tick step (an adjustment row) gets just the room it needs, not a whole empty step.
  if (-lo < step / 10) return { min: lo, max: up.max, ticks: up.ticks };
  const min = -Math.ceil(-lo / step) * step;
  const ticks: number[] = [];
  for (let v = min; v <= up.max + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { min, max: up.max, ticks };
}

/** y of a value on the model's axis (min..max). */
export function yAt(value: number, model: Pick<StackedBarModel, "y">, plot: PlotArea): number {
  const span = model.y.max - model.y.min;
  return yOf(value - model.y.min, span, plot);
}

export interface SegmentGeometry {
  barIndex: number;
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
}

/** Pixel rectangles of every drawn segment: what the static face draws and what the face-equality test compares. */
export function segmentGeometry(model: StackedBarModel, width: number, height: number): SegmentGeometry[] {
  const plot = plotArea(width, height);
  const out: SegmentGeometry[] = [];
  model.bars.forEach((b, i) => {
    const slot = barSlot(i, model.bars.length, plot);
    let pos = 0;
    let neg = 0;
    for (const k of model.keys) {
      const v = b.values[k.key];
      if (v === null || v === undefined || v === 0) continue;
      const start = v > 0 ? pos : neg;
      const end = start + v;
      if (v > 0) pos = end;
      else neg = end;
      const y0 = yAt(start, model, plot);
      const y1 = yAt(end, model, plot);
      out.push({ barIndex: i, key: k.key, x: slot.x, y: Math.min(y0, y1), width: slot.width, height: Math.abs(y0 - y1), value: v });
    }
  });
  return out;
}

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
  const hatched = key.key === "unsplit" || key.key === "total";
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
  return el("pattern", { id, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" }, [
    el("rect", { width: 6, height: 6, fill: color("--bg") }),
    el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: color("--chart-unsplit"), "stroke-width": 2 }),
  ]);
}

const FONT = FONT_FAMILY;
const approxTextWidth = (s: string, size: number) => textWidth(s, size);

export const LABEL_FONT_SIZE = 11;
export const LABEL_LINE_HEIGHT = 13;
const MAX_LABEL_LINES = 3;

/** Greedy word wrap into at most three lines of about `maxWidth` px; the last line ends in "..." if cut. */
export function wrapLabel(text: string, maxWidth: number, size = LABEL_FONT_SIZE): string[] {
  return wrapWords(text, maxWidth, size, MAX_LABEL_LINES);
}

export interface CategoryLabel {
  x: number;
  y: number;
  lines: string[];
}

/** Category labels under the bars, thinned and wrapped to fit; null where a label is skipped. Both faces use it. */
export function categoryLabels(model: StackedBarModel, width: number, height: number): (CategoryLabel | null)[] {
  const plot = plotArea(width, height);
  const n = model.bars.length;
  // a label's longest word cannot wrap: thin the labels until it fits its room (the data table names every bar)
  const longestWord = Math.max(0, ...model.bars.flatMap((b) => b.label.split(/\s+/).map((w) => approxTextWidth(w, LABEL_FONT_SIZE))));
  let every = labelEvery(n, plot);
  const band = plot.width / Math.max(1, n);
  while (every < n && band * every - 4 < longestWord) every = every < 2 ? 2 : every < 5 ? 5 : every < 10 ? 10 : every * 2;
  return model.bars.map((b, i) => {
    if (i % every !== 0) return null;
    const slot = barSlot(i, n, plot);
    return { x: slot.center, y: plot.top + plot.height + 14, lines: wrapLabel(b.label, Math.max(slot.band * every - 4, 30)) };
  });
}

function placeholderWords(b: StackedBar): string {
  return b.placeholderLabel ?? (b.placeholder === "no-data" ? "no data" : "no split available");
}

export interface RenderOptions {
  width: number;
  height: number;
  color?: ColorResolver;
  /** prefix for element ids (title, desc, patterns) so several charts can share a page */
  idPrefix: string;
  /** draw the legend inside the SVG (exports); the page shows an HTML legend instead */
  legend?: boolean;
  /** "annotations": only the labels, markers and callouts, to lay over the live face at the same geometry */
  layer?: "all" | "annotations";
}

export function renderStackedBars(model: StackedBarModel, opts: RenderOptions): SvgNode {
  const color = opts.color ?? cssVarColor;
  const legendHeight = opts.legend ? stackedLegendHeight(model, opts.width) : 0;
  const { width } = opts;
  const height = opts.height;
  const plot = plotArea(width, height);
  const n = model.bars.length;
  const id = (s: string) => `${opts.idPrefix}-${s}`;
  const axis = color("--chart-axis");
  const fg = color("--fg");
  const geometry = segmentGeometry(model, width, height);
  const zeroY = yAt(0, model, plot);

  const defs = el("defs", {}, [hatchPattern(id("hatch"), color)]);

  const grid = model.y.ticks.map((t) =>
    el("g", { "data-tick": t }, [
      el("line", { x1: plot.left, x2: plot.left + plot.width, y1: yAt(t, model, plot), y2: yAt(t, model, plot), stroke: color("--chart-grid"), "stroke-width": 1 }),
      el("text", { x: plot.left - 8, y: yAt(t, model, plot), "text-anchor": "end", "dominant-baseline": "middle", "font-size": 11, fill: axis }, [model.formatTick(t)]),
    ]),
  );

  const placeholderText = (b: StackedBar, i: number) => {
    const slot = barSlot(i, n, plot);
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
    const slot = barSlot(i, n, plot);
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

  const valueLabels = model.bars.flatMap((b, i) => {
    if (!b.valueLabel || model.highlight?.index === i) return [];
    const slot = barSlot(i, n, plot);
    if (approxTextWidth(b.valueLabel, 11) > slot.band - 2) return [];
    const top = Math.min(...geometry.filter((g) => g.barIndex === i).map((g) => g.y), zeroY);
    return [el("text", { x: slot.center, y: top - 5, "text-anchor": "middle", "font-size": 11, fill: fg, "data-value-label": b.id }, [b.valueLabel])];
  });

  const xLabels = categoryLabels(model, width, height).map((l) =>
    l
      ? el(
          "text",
          { x: l.x, y: l.y, "text-anchor": "middle", "font-size": LABEL_FONT_SIZE, fill: axis },
          l.lines.map((line, k) => el("tspan", { x: l.x, dy: k === 0 ? 0 : LABEL_LINE_HEIGHT }, [line])),
        )
      : null,
  );

  const markers = model.markers.map((m) => {
    const x = plot.left + (m.beforeIndex / n) * plot.width;
    return el("g", { "data-marker": m.label }, [
      el("line", { x1: x, x2: x, y1: plot.top - 18, y2: plot.top + plot.height, stroke: fg, "stroke-dasharray": "4 3", "stroke-width": 1 }),
      el("text", { x: x - 4, y: plot.top - 8, "text-anchor": "end", "font-size": 10, fill: fg }, [m.label]),
    ]);
  });

  const highlight = model.highlight
    ? (() => {
        const slot = barSlot(model.highlight.index, n, plot);
        return el("text", { x: slot.center, y: plot.top - 4, "text-anchor": "middle", "font-size": 11, "font-weight": 600, fill: fg, "data-highlight": model.bars[model.highlight.index].id }, [
          model.highlight.text,
        ]);
      })()
    : null;

  const legend = opts.legend ? renderLegend(model, plot, height, color, `url(#${id("hatch")})`) : null;

  if (opts.layer === "annotations")
    return el("svg", { viewBox: `0 0 ${width} ${height}`, width, height, "aria-hidden": "true", "font-family": FONT, "pointer-events": "none" }, [
      el("g", { "data-value-labels": "" }, valueLabels),
      el("g", {}, model.bars.map(placeholderText)),
      el("g", {}, markers),
      highlight,
    ]);

  return el(
    "svg",
    {
      viewBox: `0 0 ${width} ${height + legendHeight}`,
      width,
      height: height + legendHeight,
      role: "img",
      "aria-labelledby": `${id("title")} ${id("desc")}`,
      "font-family": FONT,
      "data-bars": n,
    },
    [
      el("title", { id: id("title") }, [model.title]),
      el("desc", { id: id("desc") }, [model.description]),
      defs,
      el("g", { "data-grid": "" }, grid),
      el("g", { "data-placeholders": "" }, placeholders),
      el("g", { "data-segments": "" }, segments),
      el("line", { x1: plot.left, x2: plot.left + plot.width, y1: zeroY, y2: zeroY, stroke: axis, "stroke-width": 1 }),
      el("g", { "data-x-labels": "" }, xLabels),
      el("g", { "data-value-labels": "" }, valueLabels),
      el("g", {}, markers),
      highlight,
      legend,
    ],
  );
}


export interface StackedLegendItem {
  kind: "key" | "no-data" | "no-split" | "partial" | "provisional" | "outlined";
  label: string;
  /** the part's colour (kind "key") */
  colorVar?: string;
  hatched?: boolean;
}

/** What the legend lists: each part drawn, then only the marks this model uses. The page's HTML legend and the
 * chart file's drawn legend both read this. */
export function stackedLegendItems(model: StackedBarModel): StackedLegendItem[] {
  const items: StackedLegendItem[] = model.keys.map((k) => ({ kind: "key", label: k.label, colorVar: k.colorVar, hatched: k.key === "unsplit" || k.key === "total" }));
  if (model.bars.some((b) => b.placeholder === "no-data")) items.push({ kind: "no-data", label: "No data (no records; not zero)" });
  if (model.bars.some((b) => b.placeholder === "no-split")) items.push({ kind: "no-split", label: "No split available" });
  if (model.bars.some((b) => b.partial && b.valueLabel?.endsWith("*"))) items.push({ kind: "partial", label: "* Partial: some years of the period have no records" });
  if (model.bars.some((b) => b.emphasis === "provisional" && !b.placeholder))
    items.push({ kind: "provisional", label: "Dashed outline: includes provisional FY2024 (the latest year of its source is incomplete)" });
  if (model.bars.some((b) => b.emphasis !== "exact" && b.emphasis !== "provisional"))
    items.push({ kind: "outlined", label: "Outlined: approximate, lower-bound (\u201cover\u201d) or earmarked figure" });
  return items;
}

const LEGEND_TOP_GAP = 8;

export function stackedLegendHeight(model: StackedBarModel, width: number): number {
  const plot = plotArea(width, 1);
  return LEGEND_TOP_GAP + flowLegend(stackedLegendItems(model), plot.left, width - 8).height + 6;
}

function renderLegend(model: StackedBarModel, plot: PlotArea, top: number, color: ColorResolver, hatchUrl: string): SvgNode {
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
      const tx = item.kind === "partial" ? x : x + s + 5;
      const text = el("text", { x: tx, y: y + 10 }, lines.map((l, i) => el("tspan", { x: tx, dy: i === 0 ? 0 : LEGEND_LINE }, [l])));
      return el("g", { "data-legend-item": item.kind }, [swatch, text]);
    }),
  );
}
