"use client";
// The export button in each chart's header (components/charts/chart-actions.tsx renders it). The page loads only this
// button and the print line; the menu itself (export-menu-live.tsx, with Radix) loads when the reader points at,
// focuses or clicks the button, and takes its place, open if it was clicked and focused if the button was.
import { useEffect, useRef, useState } from "react";
import { useLazyComponent } from "@/components/charts/use-lazy-component";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ChartSlug } from "@/lib/charts/registry";
import { chartEntry } from "@/lib/charts/registry";
import { useShown } from "@/components/controls/view-scope";
import { PrintLine } from "./print-line";
// the button, the status lines and the print-only line are styled from the first paint, not once the menu loads
import "./menu.css";

const loadMenu = () => import("./export-menu-live");

export function ExportMenu({ chart }: { chart: ChartSlug }) {
  const { view } = useShown();
  // the menu loads on the reader's intent (pointing at, focusing or clicking the button), as the live faces do
  const box = useRef<HTMLDivElement>(null);
  const { Comp: Live, failed } = useLazyComponent(loadMenu, box);
  const [open, setOpen] = useState<false | "pointer" | "keyboard">(false);
  const [focused, setFocused] = useState(false);
  // A press on the button is intent: the menu's code may arrive (at once, when another chart's menu already loaded it)
  // between the press and its click. Swapping the button for the menu then would drop the click (the first tap on a
  // phone did nothing), so the button stays until the press ends: in a click, which opens the menu, or elsewhere.
  const [pressing, setPressing] = useState(false);
  useEffect(() => {
    if (!pressing) return;
    const release = (e: Event) => {
      if (e.type === "pointercancel" || !box.current?.contains(e.target as Node)) setPressing(false);
    };
    window.addEventListener("pointerup", release, true);
    window.addEventListener("pointercancel", release, true);
    return () => {
      window.removeEventListener("pointerup", release, true);
      window.removeEventListener("pointercancel", release, true);
    };
  }, [pressing]);
  // Nor is the button swapped while it has focus and the menu is not asked for: taking focus away from an element
  // the reader has just Tabbed to (and giving it to the new one) left a moment with focus on <body>, a dead Tab stop.
  // The button does everything the menu's trigger does until then: Enter, Space or an arrow key opens the menu.
  const hasFocus = focused || (typeof document !== "undefined" && !!box.current?.contains(document.activeElement));
  const swap = Live !== null && !pressing && (open !== false || !hasFocus);
  // The box's own (native) listeners say when the button is pressed or focused: they run in the same dispatch as the
  // intent that loads the menu, so the menu never arrives in a render that does not know about them yet.
  useEffect(() => {
    const el = box.current;
    if (!el || swap) return;
    const down = () => setPressing(true);
    const focusIn = () => setFocused(true);
    const focusOut = () => setFocused(false);
    el.addEventListener("pointerdown", down, true);
    el.addEventListener("focusin", focusIn, true);
    el.addEventListener("focusout", focusOut, true);
    return () => {
      el.removeEventListener("pointerdown", down, true);
      el.removeEventListener("focusin", focusIn, true);
      el.removeEventListener("focusout", focusOut, true);
    };
  }, [swap]);
  // without JavaScript the button could do nothing: it keeps its room (no layout shift) but is not shown until then
  const ready = useHydrated();
  return (
    <>
      <PrintLine view={view} />
      {Live && swap ? (
        <Live chart={chart} view={view} defaultOpen={open} focusOnMount={focused} />
      ) : (
        <div ref={box} className="export-menu no-print" data-export-menu={chart} style={ready ? undefined : { visibility: "hidden" }}>
          <button
            type="button"
            className="export-trigger"
            aria-haspopup="menu"
            aria-expanded="false"
            aria-label={`Export chart: ${chartEntry(chart).menuName}`}
            onKeyDown={(e) => {
              if (e.key === "ArrowDown" || e.key === "ArrowUp") {
                e.preventDefault();
                setOpen("keyboard");
              }
            }}
            // a click with no pointer (detail 0) is Enter or Space on the button
            onClick={(e) => {
              setOpen(e.detail === 0 ? "keyboard" : "pointer");
              setPressing(false);
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
