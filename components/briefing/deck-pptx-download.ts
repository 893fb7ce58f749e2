// The deck handed out as PowerPoint, loaded on the click: the deck through the export's deck builder (lib/export/pptx:
// a title slide, one native, editable chart per chart slide with its takeaway and notes, a sources slide).
import { saveBlob } from "@/components/export/export-actions";
import type { Deck } from "@/lib/briefing/deck";
import type { FactsByKey } from "@/lib/briefing/slides";
import { buildDeckPptx, PPTX_MIME } from "@/lib/export/pptx";
import { deckToPptxSpec } from "./deck-pptx";
import { deckFileName } from "./deck-share";

function deckPptxName(deck: Deck): string {
  return deckFileName(deck).replace(/\.deck\.json$/, ".pptx");
}

export async function downloadDeckPptx(deck: Deck, facts: FactsByKey): Promise<string> {
  const bytes = await buildDeckPptx(deckToPptxSpec(deck, window.location.origin, facts));
  const name = deckPptxName(deck);
  saveBlob(new Blob([bytes as BlobPart], { type: PPTX_MIME }), name);
  return `Downloaded ${name}.`;
}
