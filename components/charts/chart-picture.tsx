// A chart's first paint: its chart file (/charts/<chart>.svg, frame=plot) as a <picture>, with a narrow file for
// phones and, where the reader's system picks the theme, a dark file under prefers-color-scheme. The data table
// beside it holds every number; the text alternative says what the chart shows.
import { CHART_WIDTH, chartFileHref, type ChartSlug } from "@/lib/charts/registry";
import type { Theme, ViewState } from "@/lib/view";

/** Phones (up to 559 px wide) get a file laid out at 360 px, so labels stay legible rather than scaled down. */
export const NARROW_WIDTH = 360;
export const NARROW_MEDIA = "(max-width: 559px)";

export function ChartPicture({
  chart,
  view,
  theme,
  heightAt,
  alt,
  eager = false,
}: {
  chart: ChartSlug;
  view: ViewState;
  theme: Theme;
  /** the file's height at a width (the same rule the renderer applies) */
  heightAt: (width: number) => number;
  alt: string;
  /** the first chart on the page is the largest paint: load it at once */
  eager?: boolean;
}) {
  const wide = CHART_WIDTH.default;
  const src = (width: number, t: "light" | "dark") => chartFileHref(chart, "svg", view, { frame: "plot", width, ...(t === "dark" ? { theme: "dark" } : {}) });
  const fixed = theme === "dark" ? "dark" : "light";
  return (
    <picture>
      {/* paper is white: print the light file whatever the screen shows */}
      <source media="print" srcSet={src(wide, "light")} width={wide} height={heightAt(wide)} />
      {theme === "system" && (
        <source media={`${NARROW_MEDIA} and (prefers-color-scheme: dark)`} srcSet={src(NARROW_WIDTH, "dark")} width={NARROW_WIDTH} height={heightAt(NARROW_WIDTH)} />
      )}
      <source media={NARROW_MEDIA} srcSet={src(NARROW_WIDTH, fixed)} width={NARROW_WIDTH} height={heightAt(NARROW_WIDTH)} />
      {theme === "system" && <source media="(prefers-color-scheme: dark)" srcSet={src(wide, "dark")} width={wide} height={heightAt(wide)} />}
      <img
        src={src(wide, fixed)}
        width={wide}
        height={heightAt(wide)}
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
