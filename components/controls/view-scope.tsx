"use client";
// The view and theme the page is drawn for, given once to every client leaf under it (the charts' actions and toggles,
// the print lines, the page's exports, the view controls) rather than as a prop of each: a client leaf's props
// travel in the page's inline payload, so the view was serialised once and referred to fifteen times.
import { createContext, useContext, type ReactNode } from "react";
import type { Theme, ViewState } from "@/lib/view";

const Shown = createContext<{ view: ViewState; theme: Theme } | null>(null);

export function ViewScope({ view, theme, children }: { view: ViewState; theme: Theme; children: ReactNode }) {
  return <Shown.Provider value={{ view, theme }}>{children}</Shown.Provider>;
}

/** The page's view and theme; only under a ViewScope (the dashboard's). */
export function useShown(): { view: ViewState; theme: Theme } {
  const shown = useContext(Shown);
  if (!shown) throw new Error("useShown() outside a ViewScope");
  return shown;
}
