// The deck format's constants, without zod (so pages can use them without loading it): the charts a slide can show
// and the size limits, documented in docs/dashboard.md ("Briefing"). The schema is ./deck.ts.
import { CHART_SLUGS } from "../charts/registry";

/** The charts a slide can show: every chart of the registry. */
export const DECK_CHARTS = CHART_SLUGS;

/** Size limits of a deck, documented in docs/dashboard.md ("Briefing"). A deck over any of them is refused as a whole. */
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

export type DeckChart = (typeof CHART_SLUGS)[number];
