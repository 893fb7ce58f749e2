// The relations band's live face, loaded on demand: the phases and the view's events at the measured width (so it
// lines up with chart 1's live face), with every event marker a focusable button that shows date, event and source.
import useSWR from "swr";
import { fetchEvents, fetchRelations, fetchSources } from "@/lib/api/response-schemas";
import type { TimedPeriod } from "@/lib/charts/layout";
import { useReportState, type LiveFaceProps } from "./face-switch";
import { SWR_OPTIONS } from "./live-bars-face";
import { RelationsBand } from "./relations-band";

export interface LiveBandProps {
  /** chart 1's periods, so the band shares its time axis */
  periods: TimedPeriod[];
  /** calendar years the view's fiscal years touch, for the events request */
  eventsFrom: number;
  eventsTo: number;
}

export default function LiveBandFace({ periods, eventsFrom, eventsTo, width, onReady, onError }: LiveBandProps & LiveFaceProps) {
  const relations = useSWR("/api/relations", fetchRelations, SWR_OPTIONS);
  const events = useSWR(`/api/events?from=${eventsFrom}&to=${eventsTo}`, fetchEvents, SWR_OPTIONS);
  // every source, so each tooltip names the phases' sources by title, never by id (the events answer lists only the
  // events' own); fetched with the band rather than carried in the page for every reader
  const sources = useSWR("/api/sources", fetchSources, SWR_OPTIONS);
  const error = relations.error ?? events.error ?? sources.error;
  const ready = relations.data !== undefined && events.data !== undefined && sources.data !== undefined;
  useReportState(error, ready, { onReady, onError });
  if (!relations.data || !events.data || !sources.data) return null;
  return <RelationsBand relations={relations.data} events={events.data.events} sources={[...events.data.sources, ...sources.data]} periods={periods} width={width} idPrefix="relations-band-live" />;
}
