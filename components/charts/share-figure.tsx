// Chart 2: military versus economic, as 100% stacked shares or absolute amounts (the view's `share`).
import { chartTableHref } from "@/lib/charts/registry";
import { buildShareChartModel } from "@/lib/charts/share-chart";
import { barChartHeight } from "@/lib/charts/layout";
import { drawnChart } from "@/lib/charts/definitions";
import { getDataset } from "@/lib/data/get-dataset";
import { aidApiQuery, markShown, type Theme, type ViewState } from "@/lib/view";
import type { AidAnswer } from "@/lib/aid/queries";
import { ViewToggle } from "../controls/view-toggle";
import { DrawnTable } from "../tables/drawn-table";
import { ChartActions } from "./chart-actions";
import { ChartFigure } from "./chart-figure";
import { ChartPicture } from "./chart-picture";
import { LiveBars } from "./live-bars";
import { StackedLegend } from "./stacked-legend";
import { stackedLegendItems } from "@/lib/charts/stacked-bars";

export function ShareFigure({ view, theme, data }: { view: ViewState; theme: Theme; data: AidAnswer }) {
  const { model, text } = buildShareChartModel(data, view.share);
  const query = aidApiQuery(view, { forceKindSplit: true });
  return (
    <ChartFigure
      id="share-figure"
      testId="share-figure"
      text={text}
      state={data.rows.length === 0 ? "empty" : "ready"}
      actions={
        <ChartActions chart="military-share"><>
          <ViewToggle setting="share" />
          <a href={chartTableHref("military-share", "csv", view)} className="text-sm" download>
            Download CSV
          </a>
        </></ChartActions>
      }
      table={<DrawnTable drawn={drawnChart(getDataset(), "military-share", view)} testId="share" />}
    >
      <LiveBars chart="share" query={query} share={view.share} mark={markShown(view) ? view.mark : null} label={text.title}>
        <ChartPicture chart="military-share" view={view} theme={theme} heightAt={barChartHeight} alt={`${model.title}. ${model.description}`} />
      </LiveBars>
      <StackedLegend items={stackedLegendItems(model)} />
    </ChartFigure>
  );
}
