"use client";
// The export button in each chart's header (components/charts/chart-actions.tsx renders it). The page loads only this
// button and the print line; the menu itself (export-menu-live.tsx, with Radix) loads when the reader points at,
// focuses or clicks the button, and takes its place, open if it was clicked and focused if the button was.
import { useRef, useState } from "react";
import { useLazyComponent } from "@/components/charts/use-lazy-component";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ChartSlug } from "@/lib/charts/registry";
import { chartEntry } from "@/lib/charts/registry";
import type { ViewState } from "@/lib/view";
import { PrintLine } from "./print-line";
// the button, the status lines and the print-only line are styled from the first paint, not once the menu loads
import "./menu.css";

const loadMenu = () => import("./export-menu-live");

export function ExportMenu({ chart, view }: { chart: ChartSlug; view: ViewState }) {
  // the menu loads on the reader's intent (pointing at, focusing or clicking the button), as the live faces do
  const box = useRef<HTMLDivElement>(null);
  const { Comp: Live, failed } = useLazyComponent(loadMenu, box);
  const [open, setOpen] = useState<false | "pointer" | "keyboard">(false);
  const [focused, setFocused] = useState(false);
  // without JavaScript the button could do nothing: it keeps its room (no layout shift) but is not shown until then
  const ready = useHydrated();
  return (
    <>
      <PrintLine view={view} />
      {Live ? (
        <Live chart={chart} view={view} defaultOpen={open} focusOnMount={focused} />
      ) : (
        <div ref={box} className="export-menu no-print" data-export-menu={chart} style={ready ? undefined : { visibility: "hidden" }}>
          <button
            type="button"
            className="export-trigger"
            aria-haspopup="menu"
            aria-expanded="false"
            aria-label={`Export chart: ${chartEntry(chart).menuName}`}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            // a click with no pointer (detail 0) is Enter or Space on the button
            onClick={(e) => setOpen(e.detail === 0 ? "keyboard" : "pointer")}
          >
            Export <span aria-hidden="true">▾</span>
          </button>
          {failed && <p role="alert" className="export-status">The export menu could not load; check the connection and try again.</p>}
        </div>
      )}
    </>
  );
}
