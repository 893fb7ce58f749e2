// The computed title, takeaway and sources of every chart slide of a deck: those the page was served with (the
// default deck's, computed on the server), and for any other view one request to /api/takeaway each.
import { useEffect, useState } from "react";
import type { Deck } from "@/lib/briefing/deck";
import { factsKey, type FactsByKey } from "@/lib/briefing/slides";
import { serializeView } from "@/lib/view/url";

export function useSlideFacts(deck: Deck | null, initial: FactsByKey): [FactsByKey, (more: FactsByKey) => void] {
  const [facts, setFacts] = useState<FactsByKey>(initial);
  const add = (more: FactsByKey) => setFacts((f) => ({ ...f, ...more }));
  useEffect(() => {
    if (!deck) return;
    const ctrl = new AbortController();
    const missing = [...new Map(deck.slides.map((s) => [factsKey(s.chart, s.view), s])).entries()].filter(([k]) => !facts[k]);
    for (const [key, s] of missing) {
      const qs = serializeView(s.view);
      fetch(`/api/takeaway?chart=${s.chart}${qs ? `&${qs}` : ""}`, { signal: ctrl.signal })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
        .then(async (json: unknown) => {
          const { slideFactsSchema } = await import("@/lib/briefing/deck");
          const parsed = slideFactsSchema.safeParse(json);
          if (parsed.success) setFacts((f) => ({ ...f, [key]: parsed.data }));
        })
        .catch(() => undefined);
    }
    return () => ctrl.abort();
    // runs per deck: facts is read only to skip what is already known
  }, [deck]);
  return [facts, add];
}
