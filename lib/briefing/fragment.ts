// The /briefing address's fragment: `#slide=<n>`, or `#deck=<payload>&slide=<n>` for a deck sent as a link (the
// payload is ./link.ts's). Read on every page load, so it stays free of the deck schema and zod.
/** What a /briefing fragment names: a deck payload (if any) and a slide number (1-based, if any). */
export function readFragment(hash: string): { deck: string | null; slide: number | null } {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const n = Number(p.get("slide"));
  return { deck: p.get("deck"), slide: Number.isInteger(n) && n >= 1 ? n : null };
}

/** The fragment for a slide number, keeping a deck payload if there is one. */
export function writeFragment(deck: string | null, slide: number): string {
  return deck ? `#deck=${deck}&slide=${slide}` : `#slide=${slide}`;
}
