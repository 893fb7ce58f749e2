// Charts 5 and 6 on the dashboard: each figure's first paint is its chart file (ChartPicture), whose live Recharts face
// takes over when the reader points at, touches or Tabs to it (live-clustered.tsx), with its HTML legend beside both
// faces and the table of exactly the numbers drawn, the export menu and "Add to briefing", and a GET form to the dashboard
// itself (the country picker; the basis switch), so every choice lives in the dashboard's URL and works without
// JavaScript, by keyboard and by touch.
import { ChartActions } from "@/components/charts/chart-actions";
import { ChartFigure } from "@/components/charts/chart-figure";
import { ChartPicture } from "@/components/charts/chart-picture";
import { LiveClustered } from "@/components/charts/live-clustered";
import { DrawnTable } from "@/components/tables/drawn-table";
import { clusteredPlotHeight, type ClusteredSpec } from "@/lib/charts/clustered-bars/chart-parts";
import { legendItems, type ClusteredModel } from "@/lib/charts/clustered-bars";
import { financiersSpec } from "@/lib/charts/financiers/chart";
import { neighboursSpec } from "@/lib/charts/neighbours/chart";
import { drawnChart } from "@/lib/charts/definitions";
import { chartTableHref } from "@/lib/charts/registry";
import { getDataset } from "@/lib/data/get-dataset";
import type { Dataset } from "@/lib/data/dataset";
import type { Theme, ViewState } from "@/lib/view";
import { FinancierSwitch, NeighbourPicker } from "./chart-forms";
import { ClusteredLegend, type ClusteredLegendEntry } from "./clustered-legend";

/** The legend's items as compact data for the client leaf. */
function legendEntries(model: ClusteredModel): ClusteredLegendEntry[] {
  return legendItems(model).map((it) =>
    it.kind === "series" ? { label: it.label, kind: it.kind, colorVar: it.series.colorVar, ...(it.series.pale ? { pale: true } : {}), ...(it.series.highlight ? { highlight: true } : {}) } : { label: it.label, kind: it.kind },
  );
}

function ClusteredFigure({ chart, spec, view, theme, controls }: { chart: "neighbours" | "financiers"; spec: ClusteredSpec; view: ViewState; theme: Theme; controls: React.ReactNode }) {
  const { model, text } = spec;
  const empty = model.categories.length === 0;
  return (
    <ChartFigure
      id={chart}
      testId={`${chart}-figure`}
      // the section opens on the same computed sentences: the chart file carries its summary, the page says it once
      text={{ ...text, summary: "" }}
      state={empty ? "empty" : "ready"}
      actions={
        <ChartActions chart={chart}>
          <a href={chartTableHref(chart, "csv", view)} className="text-sm" download>
            Download CSV
          </a>
        </ChartActions>
      }
      table={<DrawnTable drawn={drawnChart(getDataset(), chart, view)} testId={chart} />}
    >
      {controls}
      <div data-testid={`${chart}-chart`}>
        <LiveClustered chart={chart} src={chartTableHref(chart, "json", view)} label={text.title}>
          <ChartPicture chart={chart} view={view} theme={theme} heightAt={(w) => clusteredPlotHeight(model, w)} alt={`${model.title}. ${model.description}`} />
        </LiveClustered>
      </div>
      <ClusteredLegend items={legendEntries(model)} />
    </ChartFigure>
  );
}

export function NeighboursFigure({ ds, view, theme }: { ds: Dataset; view: ViewState; theme: Theme }) {
  return <ClusteredFigure chart="neighbours" spec={neighboursSpec(ds, view)} view={view} theme={theme} controls={<NeighbourPicker view={view} />} />;
}

export function FinanciersFigure({ ds, view, theme }: { ds: Dataset; view: ViewState; theme: Theme }) {
  return <ClusteredFigure chart="financiers" spec={financiersSpec(ds, view)} view={view} theme={theme} controls={<FinancierSwitch view={view} />} />;
}
