// The slides a deck presents, in order: a title slide, one slide per chart, and a sources slide listing every source
// its charts cite. Pure: the deck and the facts computed for its charts in, the slide list out.
import { chartEntry } from "../charts/registry";
import { serializeView } from "../view/url";
import type { SourceRef } from "../schema";
import type { Deck, DeckChart, DeckSlide } from "./deck";
import type { SlideFacts } from "./takeaways";

export type PresentedSlide =
  | { kind: "title"; title: string; subtitle?: string; notes?: string }
  | { kind: "chart"; slide: DeckSlide; title: string; takeaway: string; notes?: string; facts: SlideFacts | null }
  | { kind: "sources"; title: string; sources: SourceRef[]; pending: number; notes?: undefined };

/** Facts are keyed by chart and view, so two decks (or two slides) with one view share them. */
export function factsKey(chart: DeckChart, view: DeckSlide["view"]): string {
  return `${chart}?${serializeView(view)}`;
}

export type FactsByKey = Readonly<Record<string, SlideFacts>>;

export function presentedSlides(deck: Deck, facts: FactsByKey): PresentedSlide[] {
  const charts = deck.slides.map((slide): PresentedSlide => {
    const f = facts[factsKey(slide.chart, slide.view)] ?? null;
    return {
      kind: "chart",
      slide,
      title: slide.title ?? f?.title ?? chartEntry(slide.chart).heading,
      takeaway: slide.takeaway ?? f?.takeaway ?? "",
      notes: slide.notes,
      facts: f,
    };
  });
  const sources = new Map<string, SourceRef>();
  let pending = 0;
  for (const s of deck.slides) {
    const f = facts[factsKey(s.chart, s.view)];
    if (!f) pending++;
    for (const src of f?.sources ?? []) sources.set(src.id, src);
  }
  return [
    { kind: "title", title: deck.title, subtitle: deck.subtitle, notes: deck.notes },
    ...charts,
    { kind: "sources", title: "Sources", sources: [...sources.values()], pending },
  ];
}

/** A slide number (1-based) kept within the deck. */
export function clampSlide(n: number, count: number): number {
  return Math.max(1, Math.min(count, Math.round(n)));
}

/** The chart file of a slide, in the light theme, at a design width of 960 px (the files' default; 360 px, the
 * dashboard's phone layout, when the chart box is under 560 px wide) and the slide's aspect ratio: the file's type then
 * scales with the screen, projector-sized, and a phone gets the layout made for it rather than a shrunken one. Mirrors
 * chartFileHref (lib/charts/files.ts, kept off the browser's bundle); a unit test keeps the two equal. */
export const SLIDE_FILE_WIDTH = { wide: 960, narrow: 360, narrowBelow: 560 } as const;

export function slideFileSize(box: { width: number; height: number }): { width: number; height: number } {
  const width = box.width > 0 && box.width < SLIDE_FILE_WIDTH.narrowBelow ? SLIDE_FILE_WIDTH.narrow : SLIDE_FILE_WIDTH.wide;
  const aspect = box.width > 0 && box.height > 0 ? box.height / box.width : 0.5;
  const height = Math.max(200, Math.min(4000, Math.round((width * aspect) / 20) * 20));
  return { width, height };
}

export function slideFileHref(chart: DeckChart, view: DeckSlide["view"], size: { width: number; height: number }): string {
  const q = new URLSearchParams(serializeView(view));
  q.set("width", String(size.width));
  q.set("height", String(size.height));
  return `/charts/${chart}.svg?${q.toString()}`;
}
