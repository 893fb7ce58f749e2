// Chart 3 in its figure: the relations band on chart 1's time axis, drawn by the server as its chart file, with a
// caption computed from the data and a table of the phases and of the events marked. The interactive band (focusable
// markers with tooltips) takes over when the reader points at, touches or Tabs to it (live-band.tsx).
import { relationsFigureText } from "@/lib/charts/captions";
import type { TimedPeriod } from "@/lib/charts/layout";
import { buildRelationsBandModel, relationsBandHeight, relationsLegendItems, type SourceRef } from "@/lib/charts/relations-band";
import { formatPartialDate } from "@/lib/util/dates";
import type { AidEvent, RelationsFile } from "@/lib/data/schema";
import { CompactTable } from "../tables/compact-table";
import { citeSegments, type Segment } from "../tables/table-cells";
import type { ViewState } from "@/lib/view";
import { ChartActions } from "./chart-actions";
import { ChartFigure } from "./chart-figure";
import { ChartPicture } from "./chart-picture";
import { LiveBand } from "./live-band";
import { RelationsLegend } from "./relations-legend";

interface RelationsFigureProps {
  view: ViewState;
  relations: RelationsFile;
  events: readonly AidEvent[];
  sources: readonly SourceRef[];
  /** chart 1's periods (same time axis) */
  periods: TimedPeriod[];
}

export function RelationsFigure({ view, relations, events, sources, periods }: RelationsFigureProps) {
  const model = buildRelationsBandModel({ relations, events, periods, width: 960, sources });
  const text = relationsFigureText(model, sources, relations.coverageEnd, view);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const seedParagraph = new Map(events.map((e) => [e.id, e.seedParagraph]));
  const eventsFrom = Number(model.range.start.slice(0, 4));
  const eventsTo = Number(model.range.end.slice(0, 4));
  const cite = (ids: readonly string[]) => citeSegments(ids, sourceById);
  const table = (
    <>
      <CompactTable
        testId="relations-phases-table"
        caption={`Relations phases drawn, ${formatPartialDate(model.range.start)} to ${formatPartialDate(model.range.end)}`}
        head={["Status", "From", "To", "Disputed: alternative dates", "Sources"]}
        rows={[
          ...model.phases.map((p) => ({
            key: p.id,
            cells: [
              [`${p.statusLabel}: `, ["m", p.label]] as const,
              p.fromText,
              p.toText,
              p.alternatives.length === 0 ? "none" : p.alternatives.flatMap((a, i): Segment[] => [...(i > 0 ? ["; "] : []), `${a.dateText} (`, ...cite(a.sourceIds), ")"]),
              cite(p.sourceIds),
            ],
          })),
          ...model.notCovered.map((n) => ({
            key: `not-covered-${n.side}`,
            cells: [
              "Not covered",
              formatPartialDate(n.side === "after" ? n.from : model.range.start),
              n.side === "after" ? formatPartialDate(model.range.end) : formatPartialDate(relations.segments[0]?.start ?? model.range.end),
              "none",
              "no sourced status",
            ],
          })),
        ]}
      />
      {/* The events marked, briefly: descriptions and sources of each are on the reference page and in the CSV. */}
      <CompactTable
        testId="relations-events-table"
        stackOnPhone
        caption={[`Events marked, in date order (${model.markers.length}); descriptions and sources of every event are on the `, ["l", "reference page", "/data#events-h"], ""]}
        head={["Date", "Event"]}
        rows={model.markers.map((m) => {
          const paragraph = seedParagraph.get(m.id);
          return { key: m.id, cells: [m.dateText, `${m.eventTitle}${m.unconfirmed ? " (unconfirmed)" : ""}${paragraph != null ? ` (seed paragraph ${paragraph})` : ""}`] };
        })}
      />
    </>
  );

  return (
    <ChartFigure
      id="relations-figure"
      testId="relations-figure"
      bodyFirst
      text={text}
      table={table}
      actions={
        <ChartActions chart="relations-band"><span className="text-sm flex gap-3">
          <a href="/api/relations?format=csv" download>
            Phases CSV
          </a>
          <a href={`/api/events?format=csv&from=${eventsFrom}&to=${eventsTo}`} download>
            Events CSV
          </a>
        </span></ChartActions>
      }
      state={model.phases.length === 0 && model.notCovered.length === 0 && model.markers.length === 0 ? "empty" : "ready"}
    >
      <div data-testid="relations-band">
        <LiveBand periods={periods} eventsFrom={eventsFrom} eventsTo={eventsTo} label={text.title}>
          <ChartPicture chart="relations-band" heightAt={(w) => relationsBandHeight(model, w, false)} alt={model.description} />
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
