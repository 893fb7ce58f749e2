"use client";
// A chart's first paint (ChartPicture): its chart file as a <picture>, drawn from the chart's name and its two heights
// only. A client leaf so that the page's inline payload carries those few values, not the four <source> elements and
// their addresses; it renders the same HTML on the server and never changes after.
import { CHART_WIDTH, chartFileHref, type ChartSlug } from "@/lib/charts/registry";
import { useShown } from "@/components/controls/view-scope";
import { NARROW_MEDIA, NARROW_WIDTH } from "./narrow";

/** `h`: the file's height at the default width and at NARROW_WIDTH. */
export function ChartFile({ chart, h: [wideH, narrowH], alt, eager }: { chart: ChartSlug; h: readonly [number, number]; alt: string; eager?: boolean }) {
  const { view, theme } = useShown();
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
