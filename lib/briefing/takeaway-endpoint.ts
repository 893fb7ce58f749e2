// GET /api/takeaway?chart=<slug>&<view>: the title, takeaway and sources of a chart slide (lib/briefing/takeaways.ts),
// for decks the browser holds. Parsed like every API endpoint: bad input is a 400 JSON naming the parameter.
import type { Dataset } from "../data/dataset";
import { badRequest, jsonOk } from "../api/respond";
import { parseViewQuery, VIEW_KEYS } from "../view";
import { DECK_CHARTS } from "./deck-format";
import { slideFacts } from "../charts/definitions";

const CHART = { kind: "enum", values: DECK_CHARTS } as const;

export function takeawayEndpoint(ds: Dataset, req: Request): Response {
  const parsed = parseViewQuery(new URL(req.url).searchParams, VIEW_KEYS, { chart: CHART });
  if (!parsed.ok) return badRequest(parsed.issues);
  const chart = parsed.extra.chart;
  if (chart === undefined)
    return badRequest([{ param: "chart", message: `required; allowed values are ${DECK_CHARTS.map((c) => `"${c}"`).join(", ")}` }]);
  return jsonOk(req, () => ({ chart, ...slideFacts(ds, chart, parsed.view) }));
}
