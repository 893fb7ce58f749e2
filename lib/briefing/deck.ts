// A briefing deck: its zod schema and size limits (what a deck read from a link, a file or the browser's storage must
// be), and the pure helpers that build and change one. The title and sources slides are not stored: they are drawn
// from the deck's title and from what its chart slides cite.
import { z } from "./zod-jitless";
import type { ChartSlug } from "../charts/files";
import { viewSchema } from "../view/schema";

/** The charts a slide can show; a unit test keeps this equal to CHART_SLUGS (lib/charts/files.ts, which the
 * browser does not load: it pulls in the renderers). */
export const DECK_CHARTS = ["aid-by-period", "relations-band", "military-share", "seed-vs-greenbook"] as const satisfies readonly ChartSlug[];

/** Size limits of a deck, documented in the README ("Briefing"). A deck over any of them is refused as a whole. */
export const DECK_LIMITS = {
  /** the deck as JSON (a file, or a link's payload once decompressed) */
  jsonBytes: 64 * 1024,
  /** the #deck= payload as it stands in the address (compressed, base64url) */
  fragmentChars: 24_000,
  slides: 40,
  title: 200,
  takeaway: 400,
  notes: 4000,
} as const;

const text = (max: number) => z.string().max(max);

export const slideSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  chart: z.enum(DECK_CHARTS),
  view: viewSchema,
  /** the slide's heading; absent: the chart's own title */
  title: text(DECK_LIMITS.title).optional(),
  /** the author's one line; absent: the takeaway computed from the data of the view */
  takeaway: text(DECK_LIMITS.takeaway).optional(),
  notes: text(DECK_LIMITS.notes).optional(),
});

export const deckSchema = z.strictObject({
  version: z.literal(1),
  title: text(DECK_LIMITS.title).min(1),
  subtitle: text(DECK_LIMITS.title).optional(),
  /** speaker notes of the title slide */
  notes: text(DECK_LIMITS.notes).optional(),
  slides: z.array(slideSchema).max(DECK_LIMITS.slides),
});

export type DeckSlide = z.infer<typeof slideSchema>;
export type Deck = z.infer<typeof deckSchema>;
export type DeckChart = (typeof DECK_CHARTS)[number];

/** Why a deck was refused, in words a reader understands. */
export type DeckProblem = { kind: "undecodable" | "truncated" | "invalid" | "too-large"; message: string };

export type DeckResult = { ok: true; deck: Deck } | { ok: false; problem: DeckProblem };

/** Checks a parsed JSON value against the schema, naming the first few fields that break it. */
export function checkDeck(value: unknown): DeckResult {
  const r = deckSchema.safeParse(value);
  if (r.success) return { ok: true, deck: r.data };
  const where = r.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join(".") : "deck"}: ${i.message}`)
    .join("; ");
  return { ok: false, problem: { kind: "invalid", message: `The deck does not match the deck format (${where}).` } };
}

/** A deck from JSON text (a file): size first, then syntax, then schema. */
export function deckFromJson(json: string): DeckResult {
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > DECK_LIMITS.jsonBytes)
    return { ok: false, problem: { kind: "too-large", message: `The deck is ${Math.ceil(bytes / 1024)} kB; a deck may be at most ${DECK_LIMITS.jsonBytes / 1024} kB.` } };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problem: { kind: "undecodable", message: "The deck is not valid JSON." } };
  }
  return checkDeck(value);
}

/** The deck as JSON text (a file, the link's payload, the browser's storage). */
export function deckToJson(deck: Deck): string {
  return JSON.stringify(deck);
}

let counter = 0;
/** A slide id unique within a deck. */
export function newSlideId(deck: Pick<Deck, "slides">): string {
  const taken = new Set(deck.slides.map((s) => s.id));
  let id: string;
  do id = `s-${Date.now().toString(36)}-${(counter++).toString(36)}`;
  while (taken.has(id));
  return id;
}

export function emptyDeck(): Deck {
  return { version: 1, title: "My briefing", slides: [] };
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

/** The answer of /api/takeaway, checked before it is shown. */
export const slideFactsSchema = z.object({
  title: z.string().max(1000),
  takeaway: z.string().max(4000),
  sources: z.array(z.object({ id: z.string(), title: z.string(), publisher: z.string() })).max(200),
});
