"use client";
// Chart 3 in its figure: the relations band at the measured width of its container (960 on the server), with a
// caption computed from the data and tables of exactly the phases and events drawn.
import { useMemo, useRef } from "react";
import { relationsFigureText } from "@/lib/charts/captions";
import { buildRelationsBandModel, type SourceRef } from "@/lib/charts/relations-band";
import type { TimedPeriod } from "@/lib/charts/layout";
import { formatPartialDate } from "@/lib/dates";
import type { AidEvent, RelationsFile } from "@/lib/schema";
import { ChartFigure, type FigureText } from "./chart-figure";
import { RelationsBand } from "./relations-band";
import { useChartWidth } from "./use-chart-width";
import { sourceHref } from "@/lib/source-href";
import { EventsTable } from "../tables/events-table";

export interface RelationsFigureProps {
  relations: RelationsFile;
  events: readonly AidEvent[];
  sources: readonly SourceRef[];
  /** chart 1's periods (same time axis); when empty (chart 1 still loading) every fiscal year from..to is used */
  periods: readonly TimedPeriod[];
  /** first and last fiscal year shown, for the caption */
  from: number;
  to: number;
  /** fixed drawing width; by default the container is measured */
  width?: number;
}

export function RelationsFigure({ relations, events, sources, periods, from, to, width: fixedWidth }: RelationsFigureProps) {
  const ref = useRef<HTMLDivElement>(null);
  const measured = useChartWidth(ref);
  const width = fixedWidth ?? measured;
  const periodsKey = periods.map((p) => `${p.from}-${p.to}`).join(",");
  const shownPeriods = useMemo<TimedPeriod[]>(() => {
    if (periodsKey !== "") {
      return periodsKey.split(",").map((k) => {
        const [a, b] = k.split("-").map(Number);
        return { from: a, to: b };
      });
    }
    return Array.from({ length: Math.max(1, to - from + 1) }, (_, i) => ({ from: from + i, to: from + i }));
  }, [periodsKey, from, to]);

  const sourceById = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  // The caption and tables do not depend on the width; build them once per data/period change.
  const model = useMemo(
    () => buildRelationsBandModel({ relations, events, periods: shownPeriods, width: 960, sources }),
    [relations, events, shownPeriods, sources],
  );
  const markedIds = useMemo(() => new Set(model.markers.map((m) => m.id)), [model]);

  const text: FigureText = useMemo(() => relationsFigureText(model, sources, relations.coverageEnd, { from, to }), [model, sources, relations.coverageEnd, from, to]);

  // Each source links to its entry in the page's source list, named by publisher; a second source of the same
  // publisher is named by its title instead, so the list does not repeat a name.
  const cite = (ids: readonly string[]) => {
    const seen = new Set<string>();
    return ids.map((id, i) => {
      const s = sourceById.get(id);
      const name = s ? (seen.has(s.publisher) ? s.title : s.publisher) : id;
      if (s) seen.add(s.publisher);
      return (
        <span key={id}>
          {i > 0 && "; "}
          <a href={sourceHref(id)} title={s ? `${s.publisher}: ${s.title}` : id}>
            {name}
          </a>
        </span>
      );
    });
  };

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
      <EventsTable
        events={events.filter((e) => markedIds.has(e.id))}
        sources={sourceById}
        caption={`Events marked, in date order (${model.markers.length})`}
        testId="relations-events-table"
      />
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
          <a href={`/api/events?format=csv&from=${model.range.start.slice(0, 4)}&to=${model.range.end.slice(0, 4)}`} download>
            Events CSV
          </a>
        </span>
      }
      state={model.phases.length === 0 && model.notCovered.length === 0 && model.markers.length === 0 ? "empty" : "ready"}
    >
      <div ref={ref}>
        <RelationsBand relations={relations} events={events} sources={sources} periods={shownPeriods} width={width} idPrefix="relations-band" />
      </div>
    </ChartFigure>
  );
}
