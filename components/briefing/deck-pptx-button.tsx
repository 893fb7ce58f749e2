// "Download as PowerPoint": the deck's hand-out. The builder (pptxgenjs) loads only on the click; a failure is said
// in words and the editor keeps working.
import { useState } from "react";
import type { Deck } from "@/lib/briefing/deck";
import type { FactsByKey } from "@/lib/briefing/slides";

type Outcome = { tone: "ok" | "error"; text: string } | null;

export function DeckPptxButton({ deck, facts }: { deck: Deck; facts: FactsByKey }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const download = () => {
    if (busy) return;
    setBusy(true);
    setOutcome({ tone: "ok", text: "Building the PowerPoint deck..." });
    import("./deck-pptx-download")
      .then((m) => m.downloadDeckPptx(deck, facts))
      .then(
        (text) => setOutcome({ tone: "ok", text }),
        (err: unknown) => setOutcome({ tone: "error", text: `The PowerPoint deck could not be made: ${err instanceof Error ? err.message : "unknown error"}.` }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <>
      <button type="button" onClick={download} aria-disabled={busy || undefined}>
        Download as PowerPoint
      </button>
      <span role="status" data-testid="deck-pptx-status">{outcome?.tone === "ok" ? outcome.text : ""}</span>
      <span role="alert">{outcome?.tone === "error" ? outcome.text : ""}</span>
    </>
  );
}
