// Chart 3 in its figure: the relations band on chart 1's time axis, drawn by the server as its chart file, with a
// caption computed from the data and a table of the phases and of the events marked. The interactive band (focusable
// markers with tooltips) takes over when the reader points at, touches or Tabs to it (live-band.tsx).
import { relationsFigureText } from "@/lib/charts/captions";
import type { TimedPeriod } from "@/lib/charts/layout";
import { buildRelationsBandModel, relationsBandHeight, relationsLegendItems, type SourceRef } from "@/lib/charts/relations-band";
import { drawnChart } from "@/lib/charts/definitions";
import { chartTableHref } from "@/lib/charts/registry";
import { getDataset } from "@/lib/data/get-dataset";
import type { AidEvent, RelationsFile } from "@/lib/data/schema";
import { DrawnTable } from "../tables/drawn-table";
import type { Theme, ViewState } from "@/lib/view";
import { ChartActions } from "./chart-actions";
import { ChartFigure } from "./chart-figure";
import { ChartPicture } from "./chart-picture";
import { LiveBand } from "./live-band";
import { RelationsLegend } from "./relations-legend";

interface RelationsFigureProps {
  view: ViewState;
  theme: Theme;
  relations: RelationsFile;
  events: readonly AidEvent[];
  sources: readonly SourceRef[];
  /** chart 1's periods (same time axis) */
  periods: TimedPeriod[];
}

export function RelationsFigure({ view, theme, relations, events, sources, periods }: RelationsFigureProps) {
  const model = buildRelationsBandModel({ relations, events, periods, width: 960, sources });
  const text = relationsFigureText(model, sources, relations.coverageEnd, view);
  const eventsFrom = Number(model.range.start.slice(0, 4));
  const eventsTo = Number(model.range.end.slice(0, 4));
  const table = <DrawnTable drawn={drawnChart(getDataset(), "relations-band", view)} testId="relations" />;

  return (
    <ChartFigure
      id="relations-figure"
      testId="relations-figure"
      bodyFirst
      text={text}
      table={table}
      actions={
        <ChartActions chart="relations-band"><a href={chartTableHref("relations-band", "csv", view)} className="text-sm" download>
          Download CSV
        </a></ChartActions>
      }
      state={model.phases.length === 0 && model.notCovered.length === 0 && model.markers.length === 0 ? "empty" : "ready"}
    >
      <div data-testid="relations-band">
        <LiveBand periods={periods} eventsFrom={eventsFrom} eventsTo={eventsTo} label={text.title}>
          <ChartPicture chart="relations-band" view={view} theme={theme} heightAt={(w) => relationsBandHeight(model, w, false)} alt={model.description} />
        </LiveBand>
      </div>
      <RelationsLegend
        items={relationsLegendItems(model).map((it) => {
          const description = it.status ? model.scale.find((s) => s.status === it.status)?.description : undefined;
          return description ? { ...it, description } : it;
        })}
      />
    </ChartFigure>
  );
}
