"use client";
// The whole page's exports: "Download all as PowerPoint" (title slide, one native-chart slide per chart of this view,
// sources slide, notes on each), "Print / Save as PDF" (print.css lays each chart out on its own landscape page) and
// the way into the briefing mode.
import { useEffect } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useShown } from "@/components/controls/view-scope";
import { OutcomeLines } from "./outcome-lines";
import "./print.css";
import { useExportOutcome } from "./use-export-outcome";


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

export function PageExportActions() {
  const { view } = useShown();
  const { outcome, busy, run } = useExportOutcome();
  useOpenTablesForPrint();
  // the buttons need JavaScript: without it they keep their room but are not shown (the briefing link is)
  const hidden = useHydrated() ? undefined : ({ visibility: "hidden" } as const);
  const deck = () => run("Building the PowerPoint deck...", "The PowerPoint deck could not be made", () => import("./page-export").then((m) => m.downloadPageDeck(view)));
  return (
    <div className="page-export-actions no-print" data-page-actions>
      <button type="button" onClick={deck} aria-disabled={busy || undefined} style={hidden}>
        Download all as PowerPoint
      </button>
      <button type="button" onClick={() => window.print()} style={hidden}>
        Print / Save as PDF
      </button>
      <a href="/briefing">Briefing: present these charts as slides, or build your own deck</a>
      <OutcomeLines outcome={outcome} />
    </div>
  );
}
