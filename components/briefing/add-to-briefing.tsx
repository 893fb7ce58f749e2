"use client";
// "Add to briefing" in every chart's header: saves the chart with the view it is shown in as a new slide of the deck
// kept in this browser (a new deck if there is none). The deck code loads on the first press, not with the page.
import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { DeckChart } from "@/lib/briefing/deck-format";
import type { ViewState } from "@/lib/view";

export function AddToBriefing({ chart, view }: { chart: DeckChart; view: ViewState }) {
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null);
  // the button works only with JavaScript: without it (or before hydration) it is not shown
  const ready = useHydrated();
  const add = async () => {
    const [{ addSlide, emptyDeck }, { loadStoredDeck, storeDeck }] = await Promise.all([import("@/lib/briefing/deck-edits"), import("@/lib/briefing/storage")]);
    const deck = (await loadStoredDeck()) ?? emptyDeck();
    const next = addSlide(deck, { chart, view });
    if (!next) return setStatus({ text: "The deck is full: remove a slide first.", ok: false });
    if (!storeDeck(next)) return setStatus({ text: "This browser would not keep the deck (storage is off or full).", ok: false });
    setStatus({ text: `Added as chart slide ${next.slides.length} of “${next.title}”.`, ok: true });
  };
  if (!ready) return null;
  return (
    <span className="add-to-briefing no-print">
      <button type="button" className="text-sm" onClick={add}>
        Add to briefing
      </button>
      <span role="status" className="text-sm">
        {status?.text}
        {status?.ok && (
          <>
            {" "}
            <a href="/briefing/edit">Open the briefing</a>
          </>
        )}
      </span>
    </span>
  );
}
