// A chart's first paint: its chart file (/charts/<chart>.svg, frame=plot) as a <picture>, with a narrow file for
// phones and, where the reader's system picks the theme, a dark file under prefers-color-scheme (ChartFile, for the
// page's view and theme). The data table beside it holds every number; the text alternative
// says what the chart shows.
import { CHART_WIDTH, type ChartSlug } from "@/lib/charts/registry";
import type { Theme, ViewState } from "@/lib/view";
import { ChartFile } from "./chart-file";
import { NARROW_WIDTH } from "./narrow";

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
  return <ChartFile chart={chart} view={view} theme={theme} h={[heightAt(CHART_WIDTH.default), heightAt(NARROW_WIDTH)]} alt={alt} eager={eager || undefined} />;
}
