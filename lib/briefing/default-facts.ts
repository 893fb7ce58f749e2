// The facts (title, takeaway, sources) of the default deck's slides, computed on the server when the briefing pages
// are built, so the default deck shows its takeaways without a request.
import type { Dataset } from "../data/dataset";
import { DEFAULT_DECK } from "./default-deck";
import { factsKey, type FactsByKey } from "./slides";
import { slideFacts } from "../charts/definitions";

export function defaultDeckFacts(ds: Dataset): FactsByKey {
  return Object.fromEntries(DEFAULT_DECK.slides.map((s) => [factsKey(s.chart, s.view), slideFacts(ds, s.chart, s.view)]));
}
