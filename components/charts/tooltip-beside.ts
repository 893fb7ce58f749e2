// A bar's tooltip beside the bar, never over it: on the side with more room (the right when it holds a readable
// tooltip), as wide as that room allows. The chart's Tooltip is pinned at x = 0 (`position={{ x: 0 }}`), so its
// content moves itself by the bar's own x (it knows the active bar; the pointer's position does not matter). A bar
// as wide as the chart (the whole span as one bar) leaves no room on either side: the tooltip then sits at the
// plot's left edge, as before.
import type { CSSProperties } from "react";

const TOOLTIP_GAP = 8;
/** Narrower than this, a tooltip's lines break into single words: the other side, or the fallback, is used. */
const READABLE = 150;

export const TOOLTIP_PINNED = { x: 0 } as const;

export function besideBar(bar: { x: number; width: number }, chartWidth: number, maxWidth: number, fallbackX: number): CSSProperties {
  const right = chartWidth - (bar.x + bar.width) - TOOLTIP_GAP - 2;
  const left = bar.x - TOOLTIP_GAP - 2;
  if (right >= Math.min(READABLE, maxWidth) || (right >= left && right >= READABLE))
    return { transform: `translateX(${bar.x + bar.width + TOOLTIP_GAP}px)`, maxWidth: Math.min(maxWidth, right) };
  if (left >= READABLE) return { transform: `translateX(${bar.x - TOOLTIP_GAP}px) translateX(-100%)`, maxWidth: Math.min(maxWidth, left) };
  return { transform: `translateX(${fallbackX}px)`, maxWidth };
}

export const TOOLTIP_PINNED_Y = { y: 0 } as const;

/** A horizontal bar's (a row's) tooltip above or below the row, on the side with more room: the chart's Tooltip is
 * pinned at y = 0 (`position={{ y: 0 }}`) and the content moves itself. */
export function besideRow(row: { y: number; height: number }, chartHeight: number): CSSProperties {
  const below = chartHeight - (row.y + row.height);
  return below >= row.y
    ? { transform: `translateY(${row.y + row.height + TOOLTIP_GAP}px)` }
    : { transform: `translateY(${row.y - TOOLTIP_GAP}px) translateY(-100%)` };
}
