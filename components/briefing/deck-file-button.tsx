// "Download deck as a file": the deck as one HTML file that presents offline (deck-file-download.ts, loaded on the
// click). Says what it saved, or why it could not.
import { OutcomeLines } from "@/components/export/outcome-lines";
import { useExportOutcome } from "@/components/export/use-export-outcome";
import type { Deck } from "@/lib/briefing/deck";
import type { FactsByKey } from "@/lib/briefing/slides";

export function DeckFileButton({ deck, facts }: { deck: Deck; facts: FactsByKey }) {
  const { outcome, busy, run } = useExportOutcome();
  const download = () =>
    run("Building the deck file...", "The deck file could not be made", () => import("./deck-file-download").then((m) => m.downloadDeckFile(deck, facts)));
  return (
    <>
      <button type="button" onClick={download} aria-disabled={busy || undefined}>
        Download deck as a file
      </button>
      <OutcomeLines outcome={outcome} className="" testId="deck-file-status" />
    </>
  );
}
