// The deck kept in this browser (localStorage), checked against the deck schema when read back: a value another
// version or another tab wrote that no longer fits is ignored, never trusted. The schema (and zod) loads only when
// there is a stored deck to check.
import type { Deck } from "./deck";

export const DECK_STORAGE_KEY = "us-cambodia-briefing-deck";

function storedJson(): string | null {
  try {
    return window.localStorage.getItem(DECK_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The stored deck, or null when there is none (or it no longer reads as a deck, or storage is off). */
export async function loadStoredDeck(): Promise<Deck | null> {
  const json = storedJson();
  if (json === null) return null;
  const { deckFromJson } = await import("./deck");
  const r = deckFromJson(json);
  return r.ok ? r.deck : null;
}

/** Keeps the deck (as the JSON deckToJson writes); false when the browser refuses (storage off or full). */
export function storeDeck(deck: Deck): boolean {
  try {
    window.localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(deck));
    return true;
  } catch {
    return false;
  }
}
