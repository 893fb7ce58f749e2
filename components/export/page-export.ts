// The page's "Download all as PowerPoint", loaded on the click: every chart of the view through the deck builder.
import { CHART_SLUGS } from "@/lib/charts/registry";
import { exportFileName } from "@/lib/export/file-name";
import { buildDeckPptx, PPTX_MIME } from "@/lib/export/pptx";
import type { ViewState } from "@/lib/view";
import { viewTitle } from "@/lib/view/title";
import { saveBlob } from "./export-actions";

const PAGE_DECK_TITLE = "US aid to Cambodia, 1955-2024, and the state of relations";

export async function downloadPageDeck(view: ViewState): Promise<string> {
  const bytes = await buildDeckPptx({
    title: PAGE_DECK_TITLE,
    subtitle: viewTitle(view),
    origin: location.origin,
    slides: CHART_SLUGS.map((chart) => ({ chart, view })),
  });
  const name = exportFileName("all-charts", view, "pptx");
  saveBlob(new Blob([bytes as BlobPart], { type: PPTX_MIME }), name);
  return `Downloaded ${name}.`;
}
