// Chart 1: how much, in each period, split by kind, programme or form. The server draws the view's chart file and
// the table of exactly its numbers; the live Recharts face takes over when the reader points at, touches or Tabs to it (live-bars.tsx).
import { chartTableHref } from "@/lib/charts/registry";
import { buildAidChartModel } from "@/lib/charts/aid-charts";
import { barChartHeight } from "@/lib/charts/layout";
import { drawnChart } from "@/lib/charts/definitions";
import { getDataset } from "@/lib/data/get-dataset";
import { aidApiQuery, markShown, type Theme, type ViewState } from "@/lib/view";
import type { AidAnswer } from "@/lib/aid/queries";
import { DrawnTable } from "../tables/drawn-table";
import { ChartActions } from "./chart-actions";
import { ChartFigure } from "./chart-figure";
import { ChartPicture } from "./chart-picture";
import { LiveBars } from "./live-bars";
import { StackedLegend } from "./stacked-legend";
import { stackedLegendItems } from "@/lib/charts/stacked-bars";

export function AidFigure({ view, theme, data }: { view: ViewState; theme: Theme; data: AidAnswer }) {
  const { model, text } = buildAidChartModel(data);
  const query = aidApiQuery(view);
  const empty = data.rows.length === 0 || data.rows.every((r) => r.coverage.yearsWithData === 0);
  return (
    <ChartFigure
      id="aid-figure"
      testId="aid-figure"
      text={text}
      state={empty ? "empty" : "ready"}
      actions={
        <ChartActions chart="aid-by-period"><a href={chartTableHref("aid-by-period", "csv", view)} className="text-sm" download>
          Download CSV
        </a></ChartActions>
      }
      table={<DrawnTable drawn={drawnChart(getDataset(), "aid-by-period", view)} testId="aid" />}
    >
      {/* the legend above the bars: the relations band follows them directly (see the dashboard's chart pair) */}
      <StackedLegend items={stackedLegendItems(model)} />
      <LiveBars chart="aid" query={query} share={view.share} mark={markShown(view) ? view.mark : null} label={text.title}>
        <ChartPicture chart="aid-by-period" view={view} theme={theme} heightAt={barChartHeight} alt={`${model.title}. ${model.description}`} eager />
      </LiveBars>
    </ChartFigure>
  );
}
