// A bar's tooltip beside the bar, never over it: on the side with more room (the right when it holds a readable
// tooltip), as wide as that room allows. The chart's Tooltip is pinned at x = 0 (`position={{ x: 0 }}`), so its
// content moves itself by the bar's own x (it knows the active bar; the pointer's position does not matter). A bar
// as wide as the chart (the whole span as one bar) leaves no room on either side: that chart pins its tooltip at
// (0, 0) and places it clear of the pointer and of the bar's value label (clearOfPointer).
import type { CSSProperties } from "react";

export const TOOLTIP_GAP = 8;
/** Narrower than this, a tooltip's lines break into single words: the other side, or the fallback, is used. */
const READABLE = 150;

export const TOOLTIP_PINNED = { x: 0 } as const;

/** Room beside a bar for its tooltip, on its right and on its left. */
function roomBeside(bar: { x: number; width: number }, chartWidth: number): { right: number; left: number } {
  return { right: chartWidth - (bar.x + bar.width) - TOOLTIP_GAP - 2, left: bar.x - TOOLTIP_GAP - 2 };
}

/** A bar with no room beside it for its tooltip: none readable on either side, or a bar half as wide as the chart or
 * more (the whole span as one bar), whose side room is a strip a tooltip would run down, far taller than the chart. */
export function noRoomBeside(bar: { x: number; width: number }, chartWidth: number, maxWidth: number): boolean {
  const { right, left } = roomBeside(bar, chartWidth);
  return bar.width >= chartWidth / 2 || (right < Math.min(READABLE, maxWidth) && left < READABLE);
}

export function besideBar(bar: { x: number; width: number }, chartWidth: number, maxWidth: number, fallbackX: number): CSSProperties {
  const { right, left } = roomBeside(bar, chartWidth);
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

/** Both axes pinned (`position={{ x: 0, y: 0 }}`): the content places itself in the chart's own pixels. */
export const TOOLTIP_PINNED_XY = { x: 0, y: 0 } as const;

export interface ClearBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * A tooltip with no room beside its bar (a bar as wide as the plot): on the side of the pointer with more room, so
 * its box never holds the pointer's x, and under every text it must not cover (the bar's value label, its callout)
 * that lies across that side, as high as it can stand below them: so it covers neither the point pointed at nor the
 * bar's value. Inside the chart: as wide as that side allows, and no taller than the chart below its top (its
 * lines wrap; what would not fit is cut, never drawn outside). With no pointer (the keyboard), the bar's centre
 * stands for it. The chart's Tooltip is pinned at (0, 0).
 */
export function clearOfPointer(pointer: { x: number; y: number } | null, bar: { x: number; width: number }, chart: { width: number; height: number; plotTop: number }, maxWidth: number, keepClear: readonly ClearBox[]): CSSProperties {
  const px = Math.min(Math.max(pointer?.x ?? bar.x + bar.width / 2, 0), chart.width);
  const right = chart.width - px - TOOLTIP_GAP - 2;
  const left = px - TOOLTIP_GAP - 2;
  const onRight = right >= left;
  const width = Math.max(0, Math.min(maxWidth, onRight ? right : left));
  const x0 = onRight ? px + TOOLTIP_GAP : px - TOOLTIP_GAP - width;
  const across = keepClear.filter((b) => b.right > x0 && b.left < x0 + width);
  const top = Math.max(chart.plotTop, ...across.map((b) => b.bottom + TOOLTIP_GAP));
  return {
    transform: onRight ? `translate(${px + TOOLTIP_GAP}px, ${top}px)` : `translate(${px - TOOLTIP_GAP}px, ${top}px) translateX(-100%)`,
    maxWidth: width,
    maxHeight: Math.max(0, chart.height - top - 2),
    overflow: "hidden",
  };
}
