// A chart's first paint (ChartPicture): its chart file as a <picture> for the page's view and theme. A server
// component: nothing in it is interactive.
import { CHART_WIDTH, chartFileHref, type ChartSlug } from "@/lib/charts/registry";
import type { Theme, ViewState } from "@/lib/view";
import { NARROW_MEDIA, NARROW_WIDTH } from "./narrow";

/** `h`: the file's height at the default width and at NARROW_WIDTH. */
export function ChartFile({ chart, view, theme, h: [wideH, narrowH], alt, eager }: { chart: ChartSlug; view: ViewState; theme: Theme; h: readonly [number, number]; alt: string; eager?: boolean }) {
  const wide = CHART_WIDTH.default;
  const src = (width: number, t: "light" | "dark") => chartFileHref(chart, "svg", view, { frame: "plot", width, ...(t === "dark" ? { theme: "dark" } : {}) });
  const fixed = theme === "dark" ? "dark" : "light";
  return (
    <picture>
      {/* paper is white: print the light file whatever the screen shows */}
      <source media="print" srcSet={src(wide, "light")} width={wide} height={wideH} />
      {theme === "system" && <source media={`${NARROW_MEDIA} and (prefers-color-scheme: dark)`} srcSet={src(NARROW_WIDTH, "dark")} width={NARROW_WIDTH} height={narrowH} />}
      <source media={NARROW_MEDIA} srcSet={src(NARROW_WIDTH, fixed)} width={NARROW_WIDTH} height={narrowH} />
      {theme === "system" && <source media="(prefers-color-scheme: dark)" srcSet={src(wide, "dark")} width={wide} height={wideH} />}
      <img
        src={src(wide, fixed)}
        width={wide}
        height={wideH}
        alt={alt}
        className="chart-file"
        loading={eager ? "eager" : "lazy"}
        fetchPriority={eager ? "high" : undefined}
        decoding="async"
        data-chart-file={chart}
      />
    </picture>
  );
}
