// A briefing deck's zod schema: what a deck read from a link, a file, the browser's storage or the other window must
// be (limits in ./deck-format.ts). The title and sources slides are not stored: they are drawn from the deck's title
// and from what its chart slides cite. The pages load this (and zod) only when there is a deck to check.
import { scanJson } from "../data/json-scan";
import { z } from "../util/zod";
import { viewSchema } from "../view/schema";
import { DECK_CHARTS, DECK_LIMITS } from "./deck-format";

export { DECK_CHARTS, DECK_LIMITS, type DeckChart } from "./deck-format";

const text = (max: number) => z.string().max(max);

const slideSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  chart: z.enum(DECK_CHARTS),
  view: viewSchema,
  /** the slide's heading; absent: the chart's own title */
  title: text(DECK_LIMITS.title).optional(),
  /** the author's one line; absent: the takeaway computed from the data of the view */
  takeaway: text(DECK_LIMITS.takeaway).optional(),
  notes: text(DECK_LIMITS.notes).optional(),
});

const deckSchema = z.strictObject({
  version: z.literal(1),
  title: text(DECK_LIMITS.title).min(1),
  subtitle: text(DECK_LIMITS.title).optional(),
  /** the presenter's name on the title slide */
  presenter: text(DECK_LIMITS.title).optional(),
  /** the date on the title slide (YYYY-MM-DD); absent: the day the deck is shown or exported */
  date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/).optional(),
  /** speaker notes of the title slide */
  notes: text(DECK_LIMITS.notes).optional(),
  slides: z.array(slideSchema).max(DECK_LIMITS.slides),
});

export type DeckSlide = z.infer<typeof slideSchema>;
export type Deck = z.infer<typeof deckSchema>;

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

/** A deck from JSON text (a file): size first, then syntax (a text cut off part-way says so), then schema. */
export function deckFromJson(json: string): DeckResult {
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > DECK_LIMITS.jsonBytes)
    return { ok: false, problem: { kind: "too-large", message: `The deck is ${Math.ceil(bytes / 1024)} kB; a deck may be at most ${DECK_LIMITS.jsonBytes / 1024} kB.` } };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    if (scanJson(json).endsOpen)
      return { ok: false, problem: { kind: "truncated", message: "The deck is incomplete: its JSON stops part-way (the file may have been cut off when it was saved or copied)." } };
    return { ok: false, problem: { kind: "undecodable", message: "The deck is not valid JSON." } };
  }
  return checkDeck(value);
}

/** The deck as JSON text (a file, the link's payload, the browser's storage). */
export function deckToJson(deck: Deck): string {
  return JSON.stringify(deck);
}

/** The answer of /api/takeaway, checked before it is shown. */
export const slideFactsSchema = z.object({
  title: z.string().max(1000),
  takeaway: z.string().max(4000),
  source: z.string().max(4000),
  sources: z.array(z.object({ id: z.string(), title: z.string(), publisher: z.string() })).max(200),
});
