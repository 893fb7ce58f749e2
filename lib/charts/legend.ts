// Legends drawn inside chart files: items flow left to right and wrap to the width, the same rule for every chart;
// each chart gives its own sizes (swatch, spacing, row height). Where labels wrap, a label too long for the width
// wraps onto lines of its own.
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

export interface LegendMetrics {
  /** room before the label: the swatch and the space after it */
  lead: number;
  /** space after an item, before the next */
  gap: number;
  /** the gap must fit inside the right edge too (false: only the swatch and label must) */
  gapFits: boolean;
  /** height of a row of one-line items */
  row: number;
  /** each further line of a wrapped label */
  line: number;
  font: number;
  /** wrap labels too long for the width (false: a label stays on one line) */
  wrap: boolean;
}

/** The stacked-bar charts' legend (the default). */
export const LEGEND_METRICS: LegendMetrics = { lead: LEGEND_SWATCH + 5, gap: 16, gapFits: true, row: LEGEND_ROW, line: LEGEND_LINE, font: LEGEND_FONT, wrap: true };

export function flowLegend<T extends { label: string }>(
  items: readonly T[],
  left: number,
  right: number,
  m: LegendMetrics = LEGEND_METRICS,
): { placements: LegendPlacement<T>[]; height: number } {
  const textRoom = Math.max(40, right - left - m.lead);
  let x = left;
  let y = 0;
  let rowHeight = 0;
  const placements: LegendPlacement<T>[] = [];
  for (const item of items) {
    const lines = m.wrap ? wrapWords(item.label, textRoom, m.font) : [item.label];
    const w = m.lead + Math.max(...lines.map((l) => textWidth(l, m.font))) + m.gap;
    const h = m.row + (lines.length - 1) * m.line;
    if (x > left && x + w - (m.gapFits ? 0 : m.gap) > right) {
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
