// GET /data/events.csv?e_...: exactly the events table's rows as /data shows them for the same parameters.
import { getDataset } from "@/lib/data/get-dataset";
import { eventsTableCsv, eventsTableRows, parseEventsTableQuery } from "@/lib/pages/data-tables";

export function GET(req: Request): Response {
  const q = parseEventsTableQuery(new URL(req.url).searchParams);
  return new Response(eventsTableCsv(eventsTableRows(getDataset(), q)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="us-cambodia-events${q.category === "any" ? "" : `_${q.category}`}${q.confidence === "any" ? "" : `_${q.confidence}`}_by-${q.sort}-${q.dir}.csv"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
