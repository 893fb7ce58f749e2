// The PNG sizes the export menu offers: as on screen at twice the pixel density, or a preset whose pixel size is the
// file's size (slides 16:9 and 4:3, a square for social posts). Each is the chart file laid out for that frame and
// for projection: its smallest text is at least 2% of the height (22 px of 1,080), so the chart is laid out smaller
// (about 960 x 540 for 16:9) and scaled up (lib/charts/projection.ts). No imports: the menu that lists them is in the
// page's first load.

export interface PngPreset {
  id: "screen" | "slide-16x9" | "slide-4x3" | "square";
  label: string;
  /** null: the chart's width on screen */
  width: number | null;
  /** null: the chart's natural height at that width */
  height: number | null;
  scale: number;
  /** the smallest text in the file's pixels (2% of its height, rounded up); null: as on screen */
  minText: number | null;
}

export const PNG_PRESETS: readonly PngPreset[] = [
  { id: "screen", label: "PNG, as on screen (2x)", width: null, height: null, scale: 2, minText: null },
  { id: "slide-16x9", label: "PNG, slide 16:9 (1920 x 1080)", width: 1920, height: 1080, scale: 1, minText: 22 },
  { id: "slide-4x3", label: "PNG, slide 4:3 (1600 x 1200)", width: 1600, height: 1200, scale: 1, minText: 24 },
  { id: "square", label: "PNG, square (1200 x 1200)", width: 1200, height: 1200, scale: 1, minText: 24 },
];

/** The file-name variant: "1920x1080", or "2x" for the screen size. */
export function presetVariant(p: PngPreset): string {
  return p.width === null ? `${p.scale}x` : `${p.width}x${p.height}`;
}
