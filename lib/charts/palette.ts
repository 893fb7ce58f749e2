// Colour values behind the CSS variables the charts use, for exports that must stand alone (a test keeps
// app/globals.css in step with this table).
export const PALETTE = {
  light: {
    "--chart-economic": "#17407e",
    "--chart-military": "#d4691e",
    "--chart-unsplit": "#6b6b6b",
    "--chart-p1": "#0072b2",
    "--chart-p2": "#00795a",
    "--chart-p3": "#8a6d00",
    "--chart-p4": "#8e4585",
    "--chart-p5": "#b34a00",
    "--chart-p6": "#5c3a1e",
    "--chart-grid": "#e3e3e3",
    "--chart-axis": "#595959",
    "--status-normal": "#c4ead9",
    "--status-strained": "#e9c46a",
    "--status-restricted": "#d98b3a",
    "--status-limited": "#b86470",
    "--status-no-mission": "#6e3f63",
    "--status-severed": "#2b1424",
    "--status-not-covered": "#ffffff",
    "--status-ink-light": "#1a1a1a",
    "--status-ink-dark": "#ffffff",
    "--fg": "#1a1a1a",
    "--muted": "#595959",
    "--bg": "#ffffff",
  },
  dark: {
    "--chart-economic": "#6aaee8",
    "--chart-military": "#ffb37a",
    "--chart-unsplit": "#a8a8a8",
    "--chart-p1": "#56b4e9",
    "--chart-p2": "#4fd1a5",
    "--chart-p3": "#e6c350",
    "--chart-p4": "#d89bd0",
    "--chart-p5": "#f0935f",
    "--chart-p6": "#c9a27e",
    "--chart-grid": "#33373d",
    "--chart-axis": "#b4b4b4",
    "--status-normal": "#c4ead9",
    "--status-strained": "#e9c46a",
    "--status-restricted": "#d98b3a",
    "--status-limited": "#b86470",
    "--status-no-mission": "#9c5f8f",
    "--status-severed": "#b8394f",
    "--status-not-covered": "#121417",
    "--status-ink-light": "#1a1a1a",
    "--status-ink-dark": "#ffffff",
    "--fg": "#ececec",
    "--muted": "#b4b4b4",
    "--bg": "#121417",
  },
} as const;

export type ColorVar = keyof (typeof PALETTE)["light"];

/** How a renderer writes a colour: `var(--x)` on the page (follows the theme), a hex value in standalone exports. */
export type ColorResolver = (cssVar: string) => string;
export const cssVarColor: ColorResolver = (v) => `var(${v})`;
export function themeColor(theme: "light" | "dark"): ColorResolver {
  return (v) => (PALETTE[theme] as Record<string, string>)[v] ?? `var(${v})`;
}
