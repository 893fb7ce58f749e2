// The chart file's parameters (width, height, scale, minText) of a PNG preset.
import { CHART_WIDTH } from "../charts/registry";
import type { PngPreset } from "./presets";

/** `screenWidth` is the chart's width on the page; at 2x it stays within the largest PNG side (the chart files' largest width, 4000 px). */
export function presetParams(p: PngPreset, screenWidth: number): Record<string, number> {
  const width = p.width ?? Math.round(Math.min(Math.max(screenWidth, CHART_WIDTH.min), Math.floor(CHART_WIDTH.max / p.scale)));
  return { width, ...(p.height !== null ? { height: p.height } : {}), ...(p.scale !== 1 ? { scale: p.scale } : {}), ...(p.minText !== null ? { minText: p.minText } : {}) };
}
