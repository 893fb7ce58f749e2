"use client";
// "Add to briefing" in every chart's header: saves the chart with the view it is shown in as a new slide of the deck
// kept in this browser (a new deck if there is none). The deck code loads on the first press, not with the page.
import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { DeckChart } from "@/lib/briefing/deck-format";
import { useShown } from "@/components/controls/view-scope";

export function AddToBriefing({ chart }: { chart: DeckChart }) {
  const { view } = useShown();
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null);
  // the button works only with JavaScript: before hydration (or without it) it keeps its room, so nothing moves when it
  // appears (at 360 px it wraps the header's actions onto a second line), but is not shown nor reachable
  const ready = useHydrated();
  const add = async () => {
    const [{ addSlide, emptyDeck }, { loadStoredDeck, storeDeck }] = await Promise.all([import("@/lib/briefing/deck-edits"), import("@/lib/briefing/storage")]);
    const deck = (await loadStoredDeck()) ?? emptyDeck();
    const next = addSlide(deck, { chart, view });
    if (!next) return setStatus({ text: "The deck is full: remove a slide first.", ok: false });
    if (!storeDeck(next)) return setStatus({ text: "This browser would not keep the deck (storage is off or full).", ok: false });
    setStatus({ text: `Added as chart slide ${next.slides.length} of “${next.title}”.`, ok: true });
  };
  return (
    <span className="add-to-briefing no-print" style={ready ? undefined : { visibility: "hidden" }}>
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
