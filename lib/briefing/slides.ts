// The slides a deck presents, in order: a title slide, one slide per chart, and a sources slide listing every source
// its charts cite. Pure: the deck and the facts computed for its charts in, the slide list out.
import { chartEntry } from "../charts/registry";
import { serializeView } from "../view/url";
import type { SourceRef } from "../data/schema";
import type { Deck, DeckChart, DeckSlide } from "./deck";
import type { SlideFacts } from "./takeaways";

export type PresentedSlide =
  | { kind: "title"; title: string; subtitle?: string; presenter?: string; date: string; notes?: string }
  | { kind: "chart"; slide: DeckSlide; title: string; takeaway: string; source: string; notes?: string; facts: SlideFacts | null }
  | { kind: "sources"; title: string; sources: SourceRef[]; pending: number; notes?: undefined };

/** Facts are keyed by chart and view, so two decks (or two slides) with one view share them. */
export function factsKey(chart: DeckChart, view: DeckSlide["view"]): string {
  return `${chart}?${serializeView(view)}`;
}

export type FactsByKey = Readonly<Record<string, SlideFacts>>;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2 December 2026": the title slide's date, the deck's own (YYYY-MM-DD) or else `today`'s. */
export function deckDateText(date: string | undefined, today: Date): string {
  const d = date ? new Date(`${date}T00:00:00Z`) : today;
  return date ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/** The slides of a deck; `today` dates a title slide whose deck names no date. */
export function presentedSlides(deck: Deck, facts: FactsByKey, today: Date = new Date()): PresentedSlide[] {
  const charts = deck.slides.map((slide): PresentedSlide => {
    const f = facts[factsKey(slide.chart, slide.view)] ?? null;
    return {
      kind: "chart",
      slide,
      title: slide.title ?? f?.title ?? chartEntry(slide.chart).heading,
      takeaway: slide.takeaway ?? f?.takeaway ?? "",
      source: f?.source ?? "",
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
    { kind: "title", title: deck.title, subtitle: deck.subtitle, presenter: deck.presenter, date: deckDateText(deck.date, today), notes: deck.notes },
    ...charts,
    { kind: "sources", title: "Sources", sources: [...sources.values()], pending },
  ];
}

/** A slide number (1-based) kept within the deck. */
export function clampSlide(n: number, count: number): number {
  return Math.max(1, Math.min(count, Math.round(n)));
}

/** The chart file of a slide, in the light theme, framed for a slide (`frame=slide`: the slide gives the title, the
 * takeaway and the sources, so the file draws none of them), at a design width of 960 px (the files' default; 360 px,
 * the dashboard's phone layout, when the chart box is under 560 px wide) and the slide's aspect ratio, laid out for
 * projection: its smallest text is 2% of the slide's height (`minText`, in the file's pixels: the file is shown at the
 * chart box's width). Mirrors chartFileHref (lib/charts/files.ts, kept off the browser's bundle); a unit test keeps
 * the two equal. */
const SLIDE_FILE_WIDTH = { wide: 960, narrow: 360, narrowBelow: 560 } as const;
/** The smallest text on a slide, as a share of its height (lib/charts/projection.ts holds the same rule for files). */
const SLIDE_TEXT_SHARE = 0.02;

export interface SlideFileSize {
  width: number;
  height: number;
  /** the smallest text in the file's pixels; absent: laid out at the file's size (the editor's preview) */
  minText?: number;
}

export function slideFileSize(box: { width: number; height: number }, slideHeight: number): SlideFileSize {
  const width = box.width > 0 && box.width < SLIDE_FILE_WIDTH.narrowBelow ? SLIDE_FILE_WIDTH.narrow : SLIDE_FILE_WIDTH.wide;
  const aspect = box.width > 0 && box.height > 0 ? box.height / box.width : 0.5;
  const height = Math.max(200, Math.min(4000, Math.round((width * aspect) / 20) * 20));
  const minText = box.width > 0 ? Math.min(200, Math.ceil((SLIDE_TEXT_SHARE * slideHeight * width) / box.width)) : undefined;
  return { width, height, ...(minText ? { minText } : {}) };
}

/** The presenter's thumbnails and the offline file: a slide of 960 x 540 whose chart box is 880 x 300. */
export const NOMINAL_SLIDE_FILE = slideFileSize({ width: 880, height: 300 }, 540);

export function slideFileHref(chart: DeckChart, view: DeckSlide["view"], size: SlideFileSize): string {
  const q = new URLSearchParams(serializeView(view));
  q.set("width", String(size.width));
  q.set("height", String(size.height));
  q.set("frame", "slide");
  if (size.minText) q.set("minText", String(size.minText));
  return `/charts/${chart}.svg?${q.toString()}`;
}
