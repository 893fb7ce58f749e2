// The relations band as drawn data: a native chart cannot draw a time band, so it becomes one horizontal stacked bar
// of phase lengths (years, clipped to the view's range as drawn), each phase a series coloured by its status, plus
// the events in view as a table.
import { relationsFigureText } from "../../charts/captions";
import { PALETTE } from "../../charts/palette";
import { buildRelationsBandModel, type RelationsBandModel } from "../../charts/relations-band";
import type { TimedPeriod } from "../../charts/layout";
import { dayNumber, formatPartialDate } from "../../util/dates";
import type { AidEvent, RelationsFile, SourceRef } from "../../data/schema";
import type { ViewState } from "../../view";
import { column, SOURCES, STATUS } from "./columns";
import { drawnTable, hex, type DrawnChart } from "./types";

const DAYS_PER_YEAR = 365.25;
const years = (days: number) => Math.round((Math.max(0, days) / DAYS_PER_YEAR) * 100) / 100;

interface Piece {
  startDay: number;
  name: string;
  color: string;
  row: (string | number | null)[];
}

/** A disputed start's note: the other dates its sources give, each with its sources' publishers. */
function disputedNote(p: RelationsBandModel["phases"][number], publisher: (id: string) => string): string {
  if (!p.disputed) return "";
  const alt = p.alternatives.map((a) => `${a.dateText} (${[...new Set(a.sourceIds.map(publisher))].join("; ")})`);
  return alt.length ? `disputed start; also ${alt.join(", ")}` : "disputed start";
}

function pieces(model: RelationsBandModel, publisher: (id: string) => string): Piece[] {
  const { startDay, endDay } = model.range;
  const coverageEndDay = dayNumber(model.coverageEnd);
  const colors = PALETTE.light as Record<string, string>;
  const out: Piece[] = model.phases.map((p) => {
    const s = Math.max(dayNumber(p.start), startDay);
    const e = Math.min(dayNumber(p.end), coverageEndDay, endDay);
    const length = years(e - s);
    return {
      startDay: s,
      name: `${p.statusLabel}: ${p.label} (${p.fromText} to ${p.toText})`,
      color: hex(colors[p.fillVar] ?? PALETTE.light["--chart-unsplit"]),
      row: ["phase", p.label, p.statusLabel, p.start, p.end, length, disputedNote(p, publisher), null, p.sourceIds.join(" ")],
    };
  });
  for (const n of model.notCovered) {
    const s = n.side === "after" ? Math.max(coverageEndDay, startDay) : startDay;
    const firstStart = model.phases.length ? dayNumber(model.phases[0].start) : coverageEndDay;
    const e = n.side === "after" ? endDay : Math.min(firstStart, endDay);
    const from = n.side === "after" ? n.from : model.range.start;
    out.push({
      startDay: s,
      name: `Not covered (${formatPartialDate(from)} to ${formatPartialDate(n.side === "after" ? model.range.end : model.phases[0]?.start ?? model.range.end)})`,
      // the band draws "not covered" white with an outline; a slide needs a fill that shows on white
      color: "EDEDED",
      row: ["not covered", "no sourced status", "Not covered", from, n.side === "after" ? model.range.end : (model.phases[0]?.start ?? model.range.end), years(e - s), "", null, ""],
    });
  }
  return out.sort((a, b) => a.startDay - b.startDay);
}

const RELATIONS_COLUMNS = [
  column("kind", "Kind"), column("label", "Phase or event"), STATUS, column("start", "From", "date"), column("end", "To", "date"),
  column("length_years", "Years drawn", "number"), column("note", "Note"), column("seed_paragraph", "Seed paragraph", "number"),
  { ...SOURCES, empty: "no sourced status" },
];

interface RelationsInput {
  relations: RelationsFile;
  events: readonly AidEvent[];
  sources: readonly SourceRef[];
  periods: TimedPeriod[];
}

export function relationsDrawn(view: ViewState, input: RelationsInput): DrawnChart {
  const model = buildRelationsBandModel({ ...input, width: 960 });
  const text = relationsFigureText(model, input.sources, input.relations.coverageEnd, view);
  const publisherOf = new Map(input.sources.map((x) => [x.id, x.publisher]));
  const parts = pieces(model, (id) => publisherOf.get(id) ?? id);
  const byId = new Map(input.events.map((e) => [e.id, e]));
  const range = `${formatPartialDate(model.range.start)} to ${formatPartialDate(model.range.end)}`;
  const events = model.markers.map((m) => ({ date: m.dateText, title: `${m.eventTitle}${m.unconfirmed ? " (unconfirmed)" : ""}` }));
  return {
    chart: "relations-band",
    view,
    text,
    layout: { direction: "bar", grouping: "stacked", numberFormat: '0.0" yrs"', axisTitle: `Years from ${formatPartialDate(model.range.start)}` },
    categories: [`Relations, ${formatPartialDate(model.range.start)} to ${formatPartialDate(model.range.end)}`],
    series: parts.map((p) => ({ name: p.name, color: p.color, values: [Number(p.row[5])] })),
    events,
    table: drawnTable(
      RELATIONS_COLUMNS,
      [
        ...parts.map((p) => p.row),
        ...model.markers.map((m) => {
          const e = byId.get(m.id);
          const start = e?.start ?? "";
          // a single date has no end, and its note says only what its date does not (an approximate date, a range)
          const end = e?.end && e.end !== start ? e.end : "";
          const note = !end && m.dateText === formatPartialDate(start) ? "" : m.dateText;
          return ["event", m.eventTitle, m.unconfirmed ? "unconfirmed" : (e?.confidence ?? ""), start, end, null, note, e?.seedParagraph ?? null, m.sourceIds.join(" ")];
        }),
      ],
      {
        caption: `The relations band: phases and events drawn, ${range}`,
        parts: [
          { id: "phases", caption: `Relations phases drawn, ${range}`, rows: parts.length },
          // each event's description and sources are on the reference page (/data#events-h) and in the CSV
          { id: "events", caption: `Events marked, in date order (${model.markers.length}); the description and sources of every event are on the reference page`, rows: model.markers.length, stackOnPhone: true, csvOnly: ["source_ids"] },
        ],
        rowHeader: "label",
      },
    ),
  };
}
