// The deck as the PowerPoint builder's input (lib/export/pptx takes { title, subtitle?, origin, slides }): one entry
// per chart slide with its chart, view, title, takeaway and notes. The author's title and takeaway win; where the
// author wrote none, the computed ones (if known) are used. Pure, so the hand-out is tested without PowerPoint.
import type { Deck } from "@/lib/briefing/deck";
import { deckDateText, factsKey, type FactsByKey } from "@/lib/briefing/slides";
import type { ChartSlug } from "@/lib/charts/registry";
import type { ViewState } from "@/lib/view";

interface PptxDeckSpec {
  title: string;
  subtitle?: string;
  presenter?: string;
  date: string;
  origin: string;
  slides: { chart: ChartSlug; view: ViewState; title?: string; takeaway?: string; notes?: string }[];
}

export function deckToPptxSpec(deck: Deck, origin: string, facts: FactsByKey = {}, today: Date = new Date()): PptxDeckSpec {
  return {
    title: deck.title,
    ...(deck.subtitle ? { subtitle: deck.subtitle } : {}),
    ...(deck.presenter ? { presenter: deck.presenter } : {}),
    date: deckDateText(deck.date, today),
    origin: origin.replace(/\/+$/, ""),
    slides: deck.slides.map((s) => {
      const f = facts[factsKey(s.chart, s.view)];
      const title = s.title ?? f?.title;
      const takeaway = s.takeaway ?? f?.takeaway;
      return {
        chart: s.chart,
        view: { ...s.view },
        ...(title !== undefined ? { title } : {}),
        ...(takeaway !== undefined ? { takeaway } : {}),
        ...(s.notes !== undefined ? { notes: s.notes } : {}),
      };
    }),
  };
}
