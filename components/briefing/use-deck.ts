// Which deck a briefing page shows: the deck in the link's fragment (#deck=...) if there is one, else the deck kept
// in this browser, else the default deck. A link that cannot be read says why and shows the default deck.
import { useCallback, useEffect, useState } from "react";
import { DEFAULT_DECK } from "@/lib/briefing/default-deck";
import type { Deck, DeckProblem } from "@/lib/briefing/deck";
import { readFragment } from "@/lib/briefing/fragment";
import { loadStoredDeck, storeDeck } from "@/lib/briefing/storage";

type DeckOrigin = "link" | "stored" | "default";

interface LoadedDeck {
  deck: Deck;
  origin: DeckOrigin;
  /** the fragment's payload, kept in the address while the link's deck is shown */
  payload: string | null;
  problem: DeckProblem | null;
  /** the slide the address named (1-based) */
  slide: number | null;
}

async function loadDeck(hash: string): Promise<LoadedDeck> {
  const { deck: payload, slide } = readFragment(hash);
  if (payload !== null) {
    const { decodeDeck } = await import("@/lib/briefing/link");
    const r = await decodeDeck(payload);
    if (r.ok) return { deck: r.deck, origin: "link", payload, problem: null, slide };
    return { deck: DEFAULT_DECK, origin: "default", payload: null, problem: r.problem, slide: null };
  }
  const stored = await loadStoredDeck();
  return { deck: stored ?? DEFAULT_DECK, origin: stored ? "stored" : "default", payload: null, problem: null, slide };
}

/** The deck once loaded (null before: the page was prerendered without one), and a setter that keeps the deck. */
export function useDeck(): [LoadedDeck | null, (deck: Deck) => boolean, (loaded: LoadedDeck) => void] {
  const [loaded, setLoaded] = useState<LoadedDeck | null>(null);
  useEffect(() => {
    let live = true;
    loadDeck(window.location.hash).then((l) => live && setLoaded(l));
    return () => {
      live = false;
    };
  }, []);
  const keep = useCallback((deck: Deck) => {
    setLoaded((l) => ({ deck, origin: "stored", payload: null, problem: null, slide: l?.slide ?? null }));
    return storeDeck(deck);
  }, []);
  return [loaded, keep, setLoaded];
}
