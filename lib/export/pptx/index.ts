// PowerPoint decks built from chart specs alone: each slide is {chart, view}; the builder fetches what that chart draws
// in that view (lib/export/drawn) and writes a native, editable chart. Used by a chart's "PowerPoint" export, the
// page's "Download all as PowerPoint" and the briefing's decks; runs in the browser (loaded on click) and in Node.
import type { ChartSlug } from "../../charts/registry";
import { viewLink } from "../../charts/registry";
import type { Source } from "../../data/schema";
import { DEFAULT_VIEW, type ViewState } from "../../view";
import { exportLoader, type ExportDeps } from "../drawn";
import { exportStamp } from "../stamp";
import { levelDeckLabels } from "./level-labels";
import { addChartSlide, addSourcesSlide, addTitleSlide } from "./slides";

export interface DeckSlideSpec {
  chart: ChartSlug;
  view: ViewState;
  /** replaces the chart's own title on the slide */
  title?: string;
  /** the line under the subtitle; default: the chart's one-line summary */
  takeaway?: string;
  /** put first in the speaker notes */
  notes?: string;
}

export interface DeckSpec {
  title: string;
  subtitle?: string;
  /** the title slide's presenter and date (as shown: "2 December 2026") */
  presenter?: string;
  date?: string;
  /** the site's address, for the links in the notes (and, without deps.origin, where data is fetched from) */
  origin: string;
  slides: DeckSlideSpec[];
  /** a title slide first (default true) */
  cover?: boolean;
  /** a sources slide last (default true) */
  sourcesSlide?: boolean;
}

export const PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/** Source ids named in a drawn table's source_ids column. */
function citedIds(rows: readonly (readonly unknown[])[], header: readonly string[]): string[] {
  const i = header.indexOf("source_ids");
  return i < 0 ? [] : rows.flatMap((r) => String(r[i] ?? "").split(" ").filter(Boolean));
}

export async function buildDeckPptx(deck: DeckSpec, deps: ExportDeps & { now?: Date } = {}): Promise<Uint8Array> {
  const loader = exportLoader({ origin: deps.origin ?? deck.origin, fetch: deps.fetch });
  const [{ default: PptxGenJS }, { default: JSZip }, drawn] = await Promise.all([import("pptxgenjs"), import("jszip"), Promise.all(deck.slides.map((s) => loader.chart(s.chart, s.view)))]);
  const exported = exportStamp(deps.now);
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = deck.title;
  pptx.company = "US aid to Cambodia dashboard";
  pptx.theme = { headFontFace: "Inter", bodyFontFace: "Inter" };
  const firstLink = viewLink(deck.origin, deck.slides[0]?.view ?? DEFAULT_VIEW);
  if (deck.cover !== false) addTitleSlide(pptx, deck, { link: firstLink, exported });
  deck.slides.forEach((s, i) => addChartSlide(pptx, drawn[i], { link: viewLink(deck.origin, s.view), exported, title: s.title, takeaway: s.takeaway, notes: s.notes }));
  if (deck.sourcesSlide !== false) {
    const ids = new Set(drawn.flatMap((d) => citedIds(d.table.rows, d.table.header)));
    const all: Source[] = await loader.sources();
    const cited = all.filter((s) => ids.has(s.id) || s.kind === "primary-data");
    addSourcesSlide(pptx, cited, { link: firstLink, exported });
  }
  const out = await pptx.write({ outputType: "uint8array" });
  return levelDeckLabels(out as Uint8Array, JSZip);
}

/** One chart of one view on one slide (the chart's own "PowerPoint" export). */
export function buildChartPptx(chart: ChartSlug, view: ViewState, origin: string, deps: ExportDeps & { now?: Date } = {}): Promise<Uint8Array> {
  return buildDeckPptx({ title: "", origin, slides: [{ chart, view }], cover: false, sourcesSlide: false }, deps);
}
