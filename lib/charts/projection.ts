// Chart files laid out for projection: a slide preset asks for its pixel size and the smallest text it may carry
// (2% of a 1,080 px slide is 22 px). The chart is laid out smaller than the file, at the size where its own type
// reaches that floor once scaled up (1920 x 1080 becomes about 960 x 540 scaled by two, less when the chart draws
// small labels), and the file keeps the asked size with the layout as its viewBox: the same SVG, the same PNG,
// every text at least `minText` pixels. Works on any chart's tree, so a new chart is covered with no change here.
import type { SvgNode } from "../svg/tree";
import { CHART_WIDTH } from "./registry";

/** The part of a slide's height its smallest text must reach: 2% (22 px of 1,080; 14.4 px of 720). */
export const SLIDE_MIN_TEXT_SHARE = 0.02;

/** The smallest text a slide of `height` pixels may carry, rounded up to whole pixels. */
export function slideMinText(height: number): number {
  return Math.ceil(height * SLIDE_MIN_TEXT_SHARE);
}

const SVG_DEFAULT_FONT = 16;

function scaleOf(transform: string | number | undefined): number {
  if (typeof transform !== "string") return 1;
  let k = 1;
  for (const m of transform.matchAll(/scale\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)/g)) {
    const sx = Math.abs(Number(m[1]));
    const sy = m[2] === undefined ? sx : Math.abs(Number(m[2]));
    k *= Math.min(sx, sy);
  }
  for (const m of transform.matchAll(/matrix\(\s*([-\d.e]+)[\s,]+([-\d.e]+)[\s,]+([-\d.e]+)[\s,]+([-\d.e]+)/g)) {
    k *= Math.min(Math.hypot(Number(m[1]), Number(m[2])), Math.hypot(Number(m[3]), Number(m[4])));
  }
  return k;
}

function hasText(n: SvgNode): boolean {
  return (n.children ?? []).some((c) => (typeof c === "string" ? c.trim() !== "" : c.tag === "tspan" && hasText(c)));
}

/** The smallest font size of any drawn <text> in the tree, in the tree's own units (inherited sizes and scale
 * transforms applied); null when it draws no text. */
function smallestTextSize(root: SvgNode): number | null {
  let min: number | null = null;
  const walk = (n: SvgNode, size: number, scale: number) => {
    const own = n.attrs?.["font-size"];
    const s = own === undefined ? size : Number(own);
    const k = scale * scaleOf(n.attrs?.transform);
    if (n.tag === "text" && hasText(n)) min = min === null ? s * k : Math.min(min, s * k);
    for (const c of n.children ?? []) if (typeof c !== "string") walk(c, s, k);
  };
  walk(root, SVG_DEFAULT_FONT, 1);
  return min;
}

/** Draws a chart at (width, height) and returns its root <svg> (whose width and height are its layout's). */
type ChartLayout = (width: number, height: number | null) => SvgNode;

/**
 * The chart laid out so that its smallest text is at least `minText` pixels in a file of `width` x `height`
 * (null: the natural height): laid out at (width, height) / s, with s the smallest factor (>= 1) that reaches the
 * floor, found in a few passes because a chart may pick smaller labels in a smaller layout. The layout is never
 * narrower than the chart files' minimum width. The root keeps its layout as viewBox and takes the file's size.
 */
export function projected(draw: ChartLayout, width: number, height: number | null, minText: number): SvgNode {
  const maxScale = width / CHART_WIDTH.min;
  let best = { node: draw(width, height), s: 1, text: 0 };
  best.text = smallestTextSize(best.node) ?? Infinity;
  // a smaller layout may wrap more lines and so fit its frame only scaled down: a few tries, the best one kept
  for (let pass = 0, s = 1, f = best.text; pass < 4 && best.text < minText - 1e-6 && s < maxScale; pass++) {
    s = Math.min(maxScale, Math.max(s * 1.02, (s * minText) / f));
    const node = draw(width / s, height === null ? null : height / s);
    f = (smallestTextSize(node) ?? Infinity) * s;
    if (f > best.text) best = { node, s, text: f };
  }
  const { node, s } = best;
  const layoutW = Number(node.attrs?.width);
  const layoutH = Number(node.attrs?.height);
  const fileH = height ?? Math.ceil(layoutH * s);
  return { ...node, attrs: { ...node.attrs, width, height: fileH, viewBox: `0 0 ${layoutW} ${layoutH}` } };
}
