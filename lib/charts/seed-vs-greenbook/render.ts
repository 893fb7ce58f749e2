// Chart 4's static SVG face: legend, grid, axes, category labels and the marks of every row.
import { el, type SvgNode } from "../../svg/tree";
import { chartSvg } from "../chart-svg";
import { yOf } from "../layout";
import { cssVarColor, type ColorResolver } from "../palette";
import type { SeedVsGreenbookModel } from "./derive";
import { absoluteTickFormat, categoryLines, categoryTickNode, differenceAxisTitles, differenceLabelsNode, differenceTickFormat } from "./labels";
import { FONT_SIZE, TICK_OFFSET, absoluteBarRect, differenceBarRect, seedVsGreenbookLayout, xOfPct } from "./layout";
import { legendNode } from "./legend";
import { absoluteBarMarks, differenceRowMarks, patternDefs } from "./marks";

export interface RenderOptions {
  width: number;
  height: number;
  color?: ColorResolver;
  idPrefix: string;
}

export function renderSeedVsGreenbook(model: SeedVsGreenbookModel, { width, height, color = cssVarColor, idPrefix }: RenderOptions): SvgNode {
  const layout = seedVsGreenbookLayout(model, width, height);
  const p = layout.plot;
  const bottom = p.top + p.height;
  const axisColor = color("--chart-axis");
  const kids: (SvgNode | null)[] = [
    patternDefs(model, color, idPrefix),
    legendNode(layout, color, idPrefix),
  ];
  if (model.mode === "difference") {
    kids.push(
      el(
        "g",
        { "data-grid": "" },
        layout.ticks.map((t) => el("line", { x1: xOfPct(t, model, p), x2: xOfPct(t, model, p), y1: p.top, y2: bottom, stroke: color("--chart-grid") })),
      ),
      el("g", { "data-axis": "x", "font-size": FONT_SIZE, fill: axisColor }, [
        el("line", { x1: p.left, x2: p.left + p.width, y1: bottom, y2: bottom, stroke: axisColor }),
        ...layout.ticks.flatMap((t) => {
          const x = xOfPct(t, model, p);
          return [
            el("line", { x1: x, x2: x, y1: bottom, y2: bottom + 6, stroke: axisColor }),
            el("text", { x, y: bottom + TICK_OFFSET, dy: "0.71em", "text-anchor": "middle" }, [differenceTickFormat(t)]),
          ];
        }),
      ]),
      el(
        "g",
        { "data-axis": "y" },
        model.rows.map((row, i) => {
          const band = p.height / model.rows.length;
          return categoryTickNode(categoryLines(row, layout.yAxisWidth - TICK_OFFSET - 2), p.left - TICK_OFFSET, p.top + (i + 0.5) * band, "left", color);
        }),
      ),
      differenceAxisTitles(layout, color),
      differenceLabelsNode(model, layout, color),
      el(
        "g",
        { "data-bars": "" },
        model.rows.map((_, i) => differenceRowMarks(model, i, differenceBarRect(model, i, p), layout, color, idPrefix)),
      ),
      el("line", { x1: xOfPct(0, model, p), x2: xOfPct(0, model, p), y1: p.top, y2: bottom, stroke: axisColor, "stroke-width": 1.5, "data-zero": "" }),
    );
  } else {
    const band = p.width / model.rows.length;
    kids.push(
      el(
        "g",
        { "data-grid": "" },
        layout.ticks.map((t) => el("line", { x1: p.left, x2: p.left + p.width, y1: yOf(t, model.axis.max, p), y2: yOf(t, model.axis.max, p), stroke: color("--chart-grid") })),
      ),
      el("g", { "data-axis": "y", "font-size": FONT_SIZE, fill: axisColor }, [
        el("line", { x1: p.left, x2: p.left, y1: p.top, y2: bottom, stroke: axisColor }),
        ...layout.ticks.flatMap((t) => {
          const y = yOf(t, model.axis.max, p);
          return [
            el("line", { x1: p.left - 6, x2: p.left, y1: y, y2: y, stroke: axisColor }),
            el("text", { x: p.left - TICK_OFFSET, y, dy: "0.355em", "text-anchor": "end" }, [absoluteTickFormat(t)]),
          ];
        }),
      ]),
      el("g", { "data-axis": "x" }, [
        el("line", { x1: p.left, x2: p.left + p.width, y1: bottom, y2: bottom, stroke: axisColor }),
        ...model.rows.map((row, i) =>
          categoryTickNode(categoryLines(row, band - 4), p.left + (i + 0.5) * band, bottom + TICK_OFFSET, layout.rotateCategories ? "bottom-upright" : "bottom", color),
        ),
      ]),
      el(
        "g",
        { "data-bars": "" },
        model.rows.flatMap((_, i) => model.series.map((__, k) => absoluteBarMarks(model, i, k, absoluteBarRect(model, i, k, p), layout, color, idPrefix))),
      ),
    );
  }
  return chartSvg({ width, height, idPrefix, title: model.title, description: model.description, attrs: { "data-chart": "seed-vs-greenbook", "data-mode": model.mode } }, kids);
}
