// A stacked-bar model as a chart file's body (charts 1 and 3): the bars at a width, and a height the file asks for less
// the legend's rows; phones get the shorter bar chart the page uses.
import type { FigureTextData } from "../figure-text";
import type { Drawable } from "../definition";
import { barChartHeight } from "../layout";
import type { ColorResolver } from "../palette";
import type { StackedBarModel } from "./derive";
import { stackedLegendHeight } from "./legend";
import { renderStackedBars } from "./render";

export function stackedDrawable(model: StackedBarModel, text: FigureTextData, color: ColorResolver, idPrefix: string): Drawable {
  return {
    text,
    body: (width, height, legend) => {
      const h = Math.max(200, height === null ? barChartHeight(width) : height - (legend ? stackedLegendHeight(model, width) : 0));
      const node = renderStackedBars(model, { width, height: h, color, idPrefix, legend });
      return { node, height: Number(node.attrs?.height ?? h) };
    },
  };
}
