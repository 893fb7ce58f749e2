"use client";
// Announces view changes to screen readers ("Showing by year, economic and military, constant 2020 dollars...").
// The live region sits in the root layout, so it stays in place while each view's page replaces the dashboard; the
// controls report every view they are drawn for, and the first one (the page as loaded) is not announced.
import { useSyncExternalStore } from "react";
import type { ViewState } from "@/lib/view";
import { viewAnnouncement } from "@/lib/view/summary";

let lastView: string | null = null;
let message = "";
const listeners = new Set<() => void>();

/** Called by the controls with the view the page shows. */
export function announceView(view: ViewState): void {
  const text = viewAnnouncement(view);
  if (lastView !== null && text !== lastView) {
    message = text;
    listeners.forEach((l) => l());
  }
  lastView = text;
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function ViewAnnouncer() {
  const text = useSyncExternalStore(subscribe, () => message, () => "");
  return (
    <p role="status" className="sr-only" data-testid="view-announcement">
      {text}
    </p>
  );
}
