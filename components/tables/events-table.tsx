// Dated events with their precision, category, confidence and sources. On a phone each row is a card (its cells
// labelled) and the list scrolls inside its own box, so the page does not grow to tens of thousands of pixels.
import { formatEventDate } from "@/lib/util/dates";
import type { AidEvent, SourceRef } from "@/lib/data/schema";
import { SourceRefs } from "../ui/source-refs";

export function EventsTable({
  events,
  sources,
  caption = "Dated events in US-Cambodia relations, with the confidence of their sources",
  testId = "events-table",
}: {
  events: readonly AidEvent[];
  sources: ReadonlyMap<string, SourceRef>;
  caption?: string;
  testId?: string;
}) {
  return (
    <div className="table-scroll table-box" tabIndex={0} role="region" aria-label={caption}>
      <table className="data stack-cards" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Category</th>
            <th scope="col">Event</th>
            <th scope="col">Confidence</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} data-event={e.id}>
              <td className="whitespace-nowrap" data-label="Date">{formatEventDate(e)}</td>
              <td data-label="Category">{e.category}</td>
              <td data-label="Event" className="card-wide">
                <strong>{e.title}</strong>. {e.description}
              </td>
              <td data-label="Confidence">{e.confidence === "low" ? "low (unconfirmed)" : e.confidence}</td>
              <td data-label="Sources" className="card-wide">
                <SourceRefs ids={e.sourceIds} sources={sources} />
                {e.seedParagraph !== null && <span className="muted text-xs"> (seed paragraph {e.seedParagraph})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
