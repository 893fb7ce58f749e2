// The edits the editor and "Add to briefing" make to a deck: pure functions from a deck to a new deck. No zod: the
// dashboard's button loads these without the schema.
import type { Deck, DeckSlide } from "./deck";
import { DECK_LIMITS } from "./deck-format";

let counter = 0;
/** A slide id unique within a deck. */
function newSlideId(deck: Pick<Deck, "slides">): string {
  const taken = new Set(deck.slides.map((s) => s.id));
  let id: string;
  do id = `s-${Date.now().toString(36)}-${(counter++).toString(36)}`;
  while (taken.has(id));
  return id;
}

/** A new deck's title slide: says what the deck is about, with a subtitle, until the author changes it. */
export const NEW_DECK_TITLE = { title: "US aid to Cambodia: a briefing", subtitle: "Charts from the US aid to Cambodia dashboard, with their sources" } as const;

export function emptyDeck(): Deck {
  return { version: 1, ...NEW_DECK_TITLE, slides: [] };
}

/** The deck with its title slide edited; an empty subtitle, presenter or date is left out (the date is then the day
 * the deck is shown), an empty title keeps the one it had. */
export function editTitleSlide(deck: Deck, edit: Partial<Pick<Deck, "title" | "subtitle" | "presenter" | "date" | "notes">>): Deck {
  const next = { ...deck, ...edit };
  if (!next.title) next.title = deck.title;
  for (const k of ["subtitle", "presenter", "date", "notes"] as const) if (next[k] === "") delete next[k];
  return next;
}

/** The deck with one more chart slide at its end (refused at the slide limit). */
export function addSlide(deck: Deck, slide: Omit<DeckSlide, "id">): Deck | null {
  if (deck.slides.length >= DECK_LIMITS.slides) return null;
  return { ...deck, slides: [...deck.slides, { ...slide, id: newSlideId(deck) }] };
}

/** The deck with slide `index` moved by `by` places (clamped to the ends). */
export function moveSlide(deck: Deck, index: number, by: number): Deck {
  const to = Math.max(0, Math.min(deck.slides.length - 1, index + by));
  if (to === index || index < 0 || index >= deck.slides.length) return deck;
  const slides = [...deck.slides];
  const [s] = slides.splice(index, 1);
  slides.splice(to, 0, s);
  return { ...deck, slides };
}

export function removeSlide(deck: Deck, index: number): Deck {
  return { ...deck, slides: deck.slides.filter((_, i) => i !== index) };
}

/** The deck with slide `index` edited; an empty title or takeaway falls back to the computed one. */
export function editSlide(deck: Deck, index: number, edit: Partial<Pick<DeckSlide, "title" | "takeaway" | "notes">>): Deck {
  return {
    ...deck,
    slides: deck.slides.map((s, i) => {
      if (i !== index) return s;
      const next = { ...s, ...edit };
      for (const k of ["title", "takeaway", "notes"] as const) if (next[k] === "") delete next[k];
      return next;
    }),
  };
}
