// "Download deck as a file", loaded on the click: fetches each chart slide's chart file (the same SVG the slide shows,
// light theme, 960 px wide) and the font, then builds the one self-contained HTML file (lib/briefing/deck-file.ts)
// and saves it. Reports the file's size.
import { saveBlob } from "@/components/export/export-actions";
import type { Deck } from "@/lib/briefing/deck";
import { buildDeckFile, type DeckFileSlide } from "@/lib/briefing/deck-file";
import { writeFragment } from "@/lib/briefing/fragment";
import { encodeDeck } from "@/lib/briefing/link";
import { NOMINAL_SLIDE_FILE, presentedSlides, slideFileHref, type FactsByKey } from "@/lib/briefing/slides";
import { viewHref } from "@/lib/view";
import { deckFileName } from "./deck-share";

/** The chart on a file's slide: the room the 960 x 540 slide leaves under its heading and above its takeaway, framed
 * for a slide (no second title) with its smallest text 2% of the slide's height. */
const DECK_FILE_CHART = NOMINAL_SLIDE_FILE;

async function text(url: string): Promise<string> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url} answered ${r.status}`);
  return r.text();
}

function deckHtmlName(deck: Deck): string {
  return deckFileName(deck).replace(/\.deck\.json$/, ".html");
}

export async function downloadDeckFile(deck: Deck, facts: FactsByKey): Promise<string> {
  const origin = window.location.origin;
  const presented = presentedSlides(deck, facts);
  const [font, ...svgs] = await Promise.all([
    text("/briefing/deck-font").catch(() => null),
    ...presented.map((s) => (s.kind === "chart" ? text(slideFileHref(s.slide.chart, s.slide.view, DECK_FILE_CHART)) : Promise.resolve(null))),
  ]);
  const slides: DeckFileSlide[] = presented.map((s, i) =>
    s.kind === "title"
      ? { kind: "title", title: s.title, subtitle: s.subtitle, notes: s.notes }
      : s.kind === "sources"
        ? { kind: "sources", title: s.title, sources: s.sources }
        : {
            kind: "chart",
            title: s.title,
            takeaway: s.takeaway,
            source: s.source,
            notes: s.notes,
            svg: svgs[i] ?? undefined,
            sources: s.facts?.sources ?? [],
            link: `${origin}${viewHref(s.slide.view)}`,
          },
  );
  const deckLink = `${origin}/briefing${writeFragment(await encodeDeck(deck), 1)}`;
  const cover = presented[0];
  const date = cover.kind === "title" ? cover.date : undefined;
  const { html } = await buildDeckFile({ title: deck.title, subtitle: deck.subtitle, presenter: deck.presenter, date, exportedAt: new Date(), deckLink, slides, fontGzipBase64: font });
  const blob = new Blob([html], { type: "text/html;charset=utf-8" });
  const name = deckHtmlName(deck);
  saveBlob(blob, name);
  return `Downloaded ${name} (${Math.round(blob.size / 1024)} kB): open it in any browser, with no connection; P opens the presenter view.`;
}
