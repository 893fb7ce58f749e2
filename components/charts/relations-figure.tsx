// Chart 3 in its figure: the relations band on chart 1's time axis, drawn by the server as its chart file, with a
// caption computed from the data and a table of the phases and of the events marked. The interactive band (focusable
// markers with tooltips) takes over near the viewport (live-band.tsx).
import { relationsFigureText } from "@/lib/charts/captions";
import type { TimedPeriod } from "@/lib/charts/layout";
import { buildRelationsBandModel, relationsBandHeight, type SourceRef } from "@/lib/charts/relations-band";
import { formatPartialDate } from "@/lib/dates";
import type { AidEvent, RelationsFile } from "@/lib/schema";
import { sourceHref } from "@/lib/source-href";
import type { Theme, ViewState } from "@/lib/view";
import { ChartFigure } from "./chart-figure";
import { ChartPicture } from "./chart-picture";
import { LiveBand } from "./live-band";
import { RelationsLegend } from "./relations-legend";

export interface RelationsFigureProps {
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
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const eventsFrom = Number(model.range.start.slice(0, 4));
  const eventsTo = Number(model.range.end.slice(0, 4));
  // Each source links to its entry on the reference page, named by publisher; a second source of the same publisher
  // is named by its title instead, so the list does not repeat a name.
  const cite = (ids: readonly string[]) => {
    const seen = new Set<string>();
    return ids.map((id, i) => {
      const s = sourceById.get(id);
      const name = s ? (seen.has(s.publisher) ? s.title : s.publisher) : id;
      if (s) seen.add(s.publisher);
      return (
        <span key={id}>
          {i > 0 && "; "}
          <a href={sourceHref(id)}>{name}</a>
        </span>
      );
    });
  };
  const markedById = new Map(events.map((e) => [e.id, e]));

  const table = (
    <>
      <table className="data" data-testid="relations-phases-table">
        <caption>Relations phases drawn, {formatPartialDate(model.range.start)} to {formatPartialDate(model.range.end)}</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Status</th>
            <th scope="col">Disputed: alternative dates</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {model.phases.map((p) => (
            <tr key={p.id} data-phase={p.id}>
              <td>{p.fromText}</td>
              <td>{p.toText}</td>
              <th scope="row">
                {p.statusLabel}: <span className="muted">{p.label}</span>
              </th>
              <td>
                {p.alternatives.length === 0
                  ? "none"
                  : p.alternatives.map((a, i) => (
                      <span key={a.date}>
                        {i > 0 && "; "}
                        {a.dateText} ({cite(a.sourceIds)})
                      </span>
                    ))}
              </td>
              <td>{cite(p.sourceIds)}</td>
            </tr>
          ))}
          {model.notCovered.map((n) => (
            <tr key={n.side} data-phase={`not-covered-${n.side}`}>
              <td>{formatPartialDate(n.side === "after" ? n.from : model.range.start)}</td>
              <td>{n.side === "after" ? formatPartialDate(model.range.end) : formatPartialDate(relations.segments[0]?.start ?? model.range.end)}</td>
              <th scope="row">Not covered</th>
              <td>none</td>
              <td className="muted">no sourced status</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* The events marked, briefly: descriptions and sources of each are on the reference page and in the CSV. */}
      <table className="data" data-testid="relations-events-table">
        <caption>
          Events marked, in date order ({model.markers.length}); descriptions and sources of every event are on the <a href="/data#events-h">reference page</a>
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
          </tr>
        </thead>
        <tbody>
          {model.markers.map((m) => (
            <tr key={m.id} data-event={m.id}>
              <td>{m.dateText}</td>
              <td>
                {m.eventTitle}
                {m.unconfirmed ? " (unconfirmed)" : ""}
                {markedById.get(m.id)?.seedParagraph != null ? ` (seed paragraph ${markedById.get(m.id)?.seedParagraph})` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );

  return (
    <ChartFigure
      id="relations-figure"
      testId="relations-figure"
      text={text}
      table={table}
      actions={
        <span className="text-sm flex gap-3">
          <a href="/api/relations?format=csv" download>
            Phases CSV
          </a>
          <a href={`/api/events?format=csv&from=${eventsFrom}&to=${eventsTo}`} download>
            Events CSV
          </a>
        </span>
      }
      state={model.phases.length === 0 && model.notCovered.length === 0 && model.markers.length === 0 ? "empty" : "ready"}
    >
      <div data-testid="relations-band">
        <LiveBand periods={periods} eventsFrom={eventsFrom} eventsTo={eventsTo}>
          <ChartPicture chart="relations-band" view={view} theme={theme} heightAt={(w) => relationsBandHeight(model, w, false)} alt={model.description} />
        </LiveBand>
      </div>
      <RelationsLegend model={model} />
    </ChartFigure>
  );
}
