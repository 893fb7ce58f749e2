// "Download as PowerPoint": the deck's hand-out. The builder (pptxgenjs) loads only on the click; a failure is said
// in words and the editor keeps working.
import { OutcomeLines } from "@/components/export/outcome-lines";
import { useExportOutcome } from "@/components/export/use-export-outcome";
import type { Deck } from "@/lib/briefing/deck";
import type { FactsByKey } from "@/lib/briefing/slides";

export function DeckPptxButton({ deck, facts }: { deck: Deck; facts: FactsByKey }) {
  const { outcome, busy, run } = useExportOutcome();
  const download = () =>
    run("Building the PowerPoint deck...", "The PowerPoint deck could not be made", () => import("./deck-pptx-download").then((m) => m.downloadDeckPptx(deck, facts)));
  return (
    <>
      <button type="button" onClick={download} aria-disabled={busy || undefined}>
        Download as PowerPoint
      </button>
      <OutcomeLines outcome={outcome} className="" testId="deck-pptx-status" />
    </>
  );
}
