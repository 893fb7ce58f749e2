// The band's event markers: one at each event's start date, a thin bar in one of a few lanes for date ranges and
// approximate dates, and the texts that name each event and its sources.
import { dayNumber, dayNumberAfter, formatEventDate } from "../../util/dates";
import type { AidEvent, SourceRef } from "../../data/schema";
import type { BandMarker, RelationsBandInput, RelationsBandModel } from "./derive";
import { BAND_LAYOUT } from "./layout";

export function sourceLookup(sources: RelationsBandInput["sources"]): (id: string) => SourceRef | undefined {
  if (!sources) return () => undefined;
  const map = new Map(sources.map((s) => [s.id, s]));
  return (id) => map.get(id);
}

/** Publishers of the given source ids, first citation first, each once. */
export function publishersOf(ids: readonly string[], lookup: (id: string) => SourceRef | undefined): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const p = lookup(id)?.publisher ?? id;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** Markers of the events that start inside the visible range, in date order; the others are left out. */
export function eventMarkers(
  events: readonly AidEvent[],
  range: RelationsBandModel["range"],
  xOf: (day: number) => number,
  lookup: (id: string) => SourceRef | undefined,
): BandMarker[] {
  const visible = events
    .filter((e) => {
      const d = dayNumber(e.start);
      return d >= range.startDay && d < range.endDay;
    })
    .sort((a, b) => dayNumber(a.start) - dayNumber(b.start) || a.id.localeCompare(b.id));
  const laneEnds: number[] = Array.from({ length: BAND_LAYOUT.lanes }, () => -Infinity);
  return visible.map((e) => {
    const day = dayNumber(e.start);
    const x = xOf(day);
    let bar: BandMarker["bar"] = null;
    if (e.precision === "range" || e.precision === "approximate") {
      const after = Math.min(dayNumberAfter(e.end ?? e.start), range.endDay);
      let lane = laneEnds.findIndex((end) => end <= day);
      if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
      laneEnds[lane] = after;
      const x1 = xOf(after);
      bar = { x, width: Math.max(1, x1 - x), lane };
    }
    const dateText = formatEventDate(e);
    const unconfirmed = e.confidence === "low";
    const text = `${dateText}: ${e.title}${unconfirmed ? " (unconfirmed)" : ""}`;
    const publishers = publishersOf(e.sourceIds, lookup);
    return {
      id: e.id,
      day,
      x,
      bar,
      dateText,
      eventTitle: e.title,
      description: e.description,
      category: e.category,
      confidence: e.confidence,
      unconfirmed,
      sourceIds: e.sourceIds,
      publishers,
      text,
      ariaLabel: `${text}. Source${publishers.length === 1 ? "" : "s"}: ${publishers.join("; ")}`,
    };
  });
}
