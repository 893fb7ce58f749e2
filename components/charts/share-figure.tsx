// Chart 2: military versus economic, as 100% stacked shares or absolute amounts (the view's `share`).
import { chartTableHref } from "@/lib/charts/registry";
import { buildShareChartModel } from "@/lib/charts/share-chart";
import { barChartHeight } from "@/lib/charts/layout";
import { formatUsdFull, percentText } from "@/lib/util/format";
import { aidApiQuery, markShown, type ViewState } from "@/lib/view";
import type { AidAnswer } from "@/lib/aid/queries";
import { ViewToggle } from "../controls/view-toggle";
import { CompactTable } from "../tables/compact-table";
import { citeSegments, periodCell } from "../tables/table-cells";
import { ChartActions } from "./chart-actions";
import { ChartFigure } from "./chart-figure";
import { ChartPicture } from "./chart-picture";
import { LiveBars } from "./live-bars";
import { StackedLegend } from "./stacked-legend";
import { stackedLegendItems } from "@/lib/charts/stacked-bars";

export function ShareFigure({ view, data }: { view: ViewState; data: AidAnswer }) {
  const { model, text } = buildShareChartModel(data, view.share);
  const query = aidApiQuery(view, { forceKindSplit: true });
  const sources = new Map(data.meta.sources.map((x) => [x.id, x]));
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
      table={
        <CompactTable
          testId="share-table"
          caption={`${text.title}: the numbers drawn`}
          head={["Period", "Economic", "Military", "Military share", "Note", "Sources"]}
          numeric={[1, 2, 3]}
          dittoInPrint={[4, 5]}
          rows={model.bars.map((b, i) => {
            const r = data.rows[i];
            const marked = markShown(view) && b.span !== undefined && b.span.from <= view.mark && view.mark <= b.span.to;
            return {
              key: b.id,
              className: b.placeholder === "no-data" ? "no-data" : undefined,
              marked: marked || undefined,
              cells: [
                periodCell(b.label, marked ? view.mark : null),
                b.placeholder ? "-" : formatUsdFull(r.economic),
                b.placeholder ? "-" : formatUsdFull(r.military),
                b.placeholder || r.militaryShare === null ? "-" : `${percentText(r.militaryShare * 100, { digits: 1 })}${b.partial ? "*" : ""}`,
                b.placeholder === "no-data" ? "no data" : b.placeholder === "no-split" ? "no split available" : b.description,
                citeSegments(r.sourceIds, sources),
              ],
            };
          })}
        />
      }
    >
      <LiveBars chart="share" query={query} share={view.share} mark={markShown(view) ? view.mark : null} label={text.title}>
        <ChartPicture chart="military-share" heightAt={barChartHeight} alt={`${model.title}. ${model.description}`} />
      </LiveBars>
      <StackedLegend items={stackedLegendItems(model)} />
    </ChartFigure>
  );
}
