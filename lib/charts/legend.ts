// Legends drawn inside chart files: items flow left to right and wrap to the width, the same rule for every chart;
// a label too long for the width wraps onto lines of its own.
import { textWidth, wrapWords } from "./text";

export interface LegendPlacement<T> {
  item: T;
  x: number;
  /** top of the item's row, from the top of the legend */
  y: number;
  lines: string[];
}

export const LEGEND_SWATCH = 12;
export const LEGEND_ROW = 18;
export const LEGEND_LINE = 13;
export const LEGEND_FONT = 11;

export function flowLegend<T extends { label: string }>(items: readonly T[], left: number, right: number): { placements: LegendPlacement<T>[]; height: number } {
  const textRoom = Math.max(40, right - left - LEGEND_SWATCH - 5);
  let x = left;
  let y = 0;
  let rowHeight = 0;
  const placements: LegendPlacement<T>[] = [];
  for (const item of items) {
    const lines = wrapWords(item.label, textRoom, LEGEND_FONT);
    const w = LEGEND_SWATCH + 5 + Math.max(...lines.map((l) => textWidth(l, LEGEND_FONT))) + 16;
    const h = LEGEND_ROW + (lines.length - 1) * LEGEND_LINE;
    if (x > left && x + w > right) {
      y += rowHeight;
      x = left;
      rowHeight = 0;
    }
    placements.push({ item, x, y, lines });
    x += w;
    rowHeight = Math.max(rowHeight, h);
  }
  return { placements, height: y + rowHeight };
}
