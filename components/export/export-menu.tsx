"use client";
// The export button in each chart's header (components/charts/chart-actions.tsx renders it). The page loads only this
// button and the print line; the menu itself (export-menu-live.tsx, with Radix) loads when the reader points at,
// focuses or clicks the button, and takes its place, open if it was clicked and focused if the button was.
import { useState, type ComponentType } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ChartSlug } from "@/lib/charts/files";
import type { ViewState } from "@/lib/view";
import { CHART_NAMES } from "./chart-names";
import type { ExportMenuProps } from "./export-menu-live";
import { PrintLine } from "./print-line";
// the button, the status lines and the print-only line are styled from the first paint, not once the menu loads
import "./menu.css";

const loadMenu = () => import("./export-menu-live");

export function ExportMenu({ chart, view }: { chart: ChartSlug; view: ViewState }) {
  const [Live, setLive] = useState<ComponentType<ExportMenuProps> | null>(null);
  const [open, setOpen] = useState<false | "pointer" | "keyboard">(false);
  const [focused, setFocused] = useState(false);
  const [failed, setFailed] = useState(false);
  // without JavaScript the button could do nothing: it keeps its room (no layout shift) but is not shown until then
  const ready = useHydrated();
  const load = () => {
    loadMenu().then(
      (m) => setLive(() => m.default),
      () => setFailed(true),
    );
  };
  return (
    <>
      <PrintLine view={view} />
      {Live ? (
        <Live chart={chart} view={view} defaultOpen={open} focusOnMount={focused} />
      ) : (
        <div className="export-menu no-print" data-export-menu={chart} style={ready ? undefined : { visibility: "hidden" }}>
          <button
            type="button"
            className="export-trigger"
            aria-haspopup="menu"
            aria-expanded="false"
            aria-label={`Export chart: ${CHART_NAMES[chart]}`}
            onPointerEnter={load}
            onFocus={() => {
              setFocused(true);
              load();
            }}
            onBlur={() => setFocused(false)}
            onClick={(e) => {
              // a click with no pointer (detail 0) is Enter or Space on the button
              setOpen(e.detail === 0 ? "keyboard" : "pointer");
              load();
            }}
          >
            Export <span aria-hidden="true">▾</span>
          </button>
          {failed && <p role="alert" className="export-status">The export menu could not load; check the connection and try again.</p>}
        </div>
      )}
    </>
  );
}
