// The deck kept in this browser (localStorage), checked against the deck schema when read back: a value another
// version or another tab wrote that no longer fits is ignored, never trusted.
import { deckFromJson, deckToJson, type Deck } from "./deck";

export const DECK_STORAGE_KEY = "us-cambodia-briefing-deck";

/** The stored deck, or null when there is none (or it no longer reads as a deck, or storage is off). */
export function loadStoredDeck(): Deck | null {
  try {
    const json = window.localStorage.getItem(DECK_STORAGE_KEY);
    if (json === null) return null;
    const r = deckFromJson(json);
    return r.ok ? r.deck : null;
  } catch {
    return null;
  }
}

/** Keeps the deck; false when the browser refuses (storage off or full). */
export function storeDeck(deck: Deck): boolean {
  try {
    window.localStorage.setItem(DECK_STORAGE_KEY, deckToJson(deck));
    return true;
  } catch {
    return false;
  }
}
