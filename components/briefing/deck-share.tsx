// Sending a deck out: a link that alone rebuilds it (#deck=..., never sent to a server), a JSON file, PowerPoint, and a JSON
// file read back in (checked like a link: size, JSON, schema; a refused file goes to onProblem, which says why).
import { useState } from "react";
import type { Deck, DeckProblem } from "@/lib/briefing/deck";
import { DECK_LIMITS } from "@/lib/briefing/deck-format";
import { writeFragment } from "@/lib/briefing/fragment";
import type { FactsByKey } from "@/lib/briefing/slides";
import { saveBlob } from "@/components/export/export-actions";
import { DeckPptxButton } from "./deck-pptx-button";

/** The file name of an exported deck: its title in kebab-case. */
export function deckFileName(deck: Deck): string {
  const words = deck.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return `${words || "briefing"}.deck.json`;
}

export function DeckShare({ deck, facts, onImport, onProblem }: { deck: Deck; facts: FactsByKey; onImport: (d: Deck) => void; onProblem: (p: DeckProblem) => void }) {
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  const makeLink = async () => {
    const { encodeDeck } = await import("@/lib/briefing/link");
    const url = `${window.location.origin}/briefing${writeFragment(await encodeDeck(deck), 1)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus("Link copied to the clipboard.");
    } catch {
      setStatus("Copy the link below.");
    }
  };
  const exportFile = () => {
    saveBlob(new Blob([JSON.stringify(deck)], { type: "application/json" }), deckFileName(deck));
    setStatus(`Saved ${deckFileName(deck)}.`);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > DECK_LIMITS.jsonBytes) {
      onProblem({ kind: "too-large", message: `The file is ${Math.ceil(file.size / 1024)} kB; a deck may be at most ${DECK_LIMITS.jsonBytes / 1024} kB.` });
      return;
    }
    const { deckFromJson } = await import("@/lib/briefing/deck");
    const r = deckFromJson(await file.text());
    if (r.ok) {
      onImport(r.deck);
      setStatus(`Imported “${r.deck.title}” (${r.deck.slides.length} chart slides).`);
    } else onProblem(r.problem);
  };

  return (
    <section aria-labelledby="bf-share-h" className="bf-editor-card">
      <h2 id="bf-share-h">Share and hand out</h2>
      <div className="bf-editor-actions">
        <button type="button" onClick={makeLink}>
          Copy link to this deck
        </button>
        <button type="button" onClick={exportFile}>
          Export as JSON file
        </button>
        <label className="bf-file">
          Import a JSON deck file
          <input type="file" accept="application/json,.json" onChange={(e) => importFile(e.target.files?.[0])} />
        </label>
        <DeckPptxButton deck={deck} facts={facts} />
        <a href="/briefing#slide=1">Present, then Print / PDF (one slide per landscape page)</a>
      </div>
      {link && (
        <label>
          Link to this deck (the deck travels in the part after #, which is never sent to a server)
          <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} data-testid="deck-link" />
        </label>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
