"use client";
// The whole page's exports: "Download all as PowerPoint" (title slide, one native-chart slide per chart of this view,
// sources slide, notes on each), "Print / Save as PDF" (print.css lays each chart out on its own landscape page) and
// the way into the briefing mode.
import { useEffect, useState } from "react";
import type { ViewState } from "@/lib/view";
import "./print.css";

type Outcome = { tone: "ok" | "error"; text: string } | null;

/** Printing opens every data table and closes again those the reader had closed. */
function useOpenTablesForPrint() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>("details.chart-table:not([open])")];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
}

export function PageExportActions({ view }: { view: ViewState }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  useOpenTablesForPrint();
  // the buttons need JavaScript: without it they keep their room but are not shown (the briefing link is)
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const hidden = ready ? undefined : ({ visibility: "hidden" } as const);
  const deck = () => {
    setBusy(true);
    setOutcome({ tone: "ok", text: "Building the PowerPoint deck..." });
    import("./page-export")
      .then((m) => m.downloadPageDeck(view))
      .then(
        (text) => setOutcome({ tone: "ok", text }),
        (err: unknown) => setOutcome({ tone: "error", text: `The PowerPoint deck could not be made: ${err instanceof Error ? err.message : "unknown error"}.` }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <div className="page-export-actions no-print" data-page-actions>
      <button type="button" onClick={deck} aria-disabled={busy || undefined} style={hidden}>
        Download all as PowerPoint
      </button>
      <button type="button" onClick={() => window.print()} style={hidden}>
        Print / Save as PDF
      </button>
      <a href="/briefing">Briefing: present these charts as slides, or build your own deck</a>
      <p role="status" className="export-status">{outcome?.tone === "ok" ? outcome.text : ""}</p>
      <p role="alert" className="export-status">{outcome?.tone === "error" ? outcome.text : ""}</p>
    </div>
  );
}
