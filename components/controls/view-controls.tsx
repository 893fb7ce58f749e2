"use client";
// Every view choice of the dashboard: series, grouping, split, year range, dollars and base year, total or per year.
// On a phone the settings fold behind one button that says the view in words, so chart 1 stays on the first screen;
// every view the controls are drawn for is announced to screen readers (view-announcer.tsx).
import { useEffect, useId, useState } from "react";
import { serializeView } from "@/lib/view";
import { viewInWords } from "@/lib/view/summary";
import { announceView } from "./view-announcer";
import { CPI_FIRST_YEAR, CPI_LAST_YEAR, DATA_FIRST_FY, DATA_LAST_FY, DEFAULT_VIEW, type ViewState } from "@/lib/view";
import { useView } from "./use-view-navigation";
import { DraftRadio, DraftSelect } from "./draft-controls";
import { useRestoreFocus } from "./keep-focus";

const years = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** The annual grouping and split while the seed series is shown: kept here, outside the component, because each view
 * is its own page and the controls are drawn anew for it. */
let rememberedAnnual: Pick<ViewState, "groupBy" | "split"> | null = null;
/** Whether the reader opened the folded settings (phone): kept across views for the same reason, so a change made in
 * the panel does not close it and hide the control that has focus. */
let panelOpen = false;

export function ViewControls({ view: shown }: { view: ViewState }) {
  const id = useId();
  const { view, go, pending: loading } = useView(shown);
  const [open, setOpenState] = useState(panelOpen);
  const setOpen = (o: boolean) => setOpenState((panelOpen = o));
  const shownKey = serializeView(shown);
  // keyed by the view's URL form: a new page for the same view announces nothing
  useEffect(() => announceView(shown), [shownKey]);
  // the control that changed the view has focus again once the page for the new view is drawn
  useRestoreFocus(shownKey);
  const setView = (patch: Partial<ViewState>) => {
    let next = patch;
    if (patch.series === "seed" && view.series === "annual") rememberedAnnual = { groupBy: view.groupBy, split: view.split };
    if (patch.series === "annual" && view.series === "seed" && rememberedAnnual) next = { ...next, ...rememberedAnnual };
    go(next);
  };
  const seed = view.series === "seed";
  return (
    <section aria-label="View settings" className="controls-wrap no-print" data-served-view={shownKey}>
      <button type="button" className="controls-toggle" aria-expanded={open} aria-controls={`${id}-panel`} data-focus-key="controls-toggle" onClick={() => setOpen(!open)}>
        <span className="controls-toggle-label">View settings</span> <span className="controls-toggle-view">{viewInWords(view)}</span>
      </button>
      <div id={`${id}-panel`} className="controls" data-open={open || undefined}>
      <DraftRadio
        legend="Figures"
        name={`${id}-series`}
        value={view.series}
        options={[["annual", "Annual obligations"], ["seed", "Seed article"]] as const}
        focusKey="series"
        onCommit={(series) => setView({ series })}
      />
      <div className="control">
        <label htmlFor={`${id}-group`}>Group by</label>
        <DraftSelect id={`${id}-group`} focusKey="groupBy" value={view.groupBy} disabled={seed} onCommit={(v) => setView({ groupBy: v as ViewState["groupBy"] })}>
          <option value="year">Fiscal year</option>
          <option value="decade">Decade</option>
          <option value="seed-period">Seed article&apos;s periods</option>
          <option value="relations-phase">Phase of relations</option>
          <option value="span">Whole range (one bar)</option>
        </DraftSelect>
      </div>
      <div className="control">
        <label htmlFor={`${id}-split`}>Split bars by</label>
        <DraftSelect id={`${id}-split`} focusKey="split" value={view.split} disabled={seed} onCommit={(v) => setView({ split: v as ViewState["split"] })}>
          <option value="kind">Economic / military</option>
          <option value="programme">Programme</option>
          <option value="form">Grant / loan</option>
        </DraftSelect>
      </div>
      <div className="control">
        <span id={`${id}-range`}>Fiscal years</span>
        <div className="range" role="group" aria-labelledby={`${id}-range`}>
          <label>
            <span className="sr-only">From fiscal year</span>
            <DraftSelect label="From fiscal year" focusKey="from" value={String(view.from)} onCommit={(v) => {
                const from = Number(v);
                // a start after the end moves the end with it, rather than ignoring the choice
                setView({ from, to: Math.max(view.to, from) });
              }}>
              {/* a year's option has no value attribute: its text is its value (three lists of 70-110 years) */}
              {years(DATA_FIRST_FY, DATA_LAST_FY).map((y) => (
                <option key={y}>{y}</option>
              ))}
            </DraftSelect>
          </label>
          <span aria-hidden>to</span>
          <label>
            <span className="sr-only">To fiscal year</span>
            <DraftSelect label="To fiscal year" focusKey="to" value={String(view.to)} onCommit={(v) => {
                const to = Number(v);
                setView({ to, from: Math.min(view.from, to) });
              }}>
              {years(DATA_FIRST_FY, DATA_LAST_FY).map((y) => (
                <option key={y}>{y}</option>
              ))}
            </DraftSelect>
          </label>
        </div>
      </div>
      <DraftRadio
        legend="Dollars"
        name={`${id}-dollars`}
        value={view.dollars}
        options={[["nominal", "Nominal"], ["constant", "Constant (CPI-U)"]] as const}
        focusKey="dollars"
        onCommit={(dollars) => setView({ dollars })}
      />
      <div className="control">
        <label htmlFor={`${id}-base`}>Base year</label>
        <DraftSelect id={`${id}-base`} focusKey="base" value={String(view.base)} disabled={view.dollars !== "constant"} onCommit={(v) => setView({ base: Number(v) })}>
          {years(CPI_FIRST_YEAR, CPI_LAST_YEAR).reverse().map((y) => (
            <option key={y}>{y}</option>
          ))}
        </DraftSelect>
      </div>
      <DraftRadio
        legend="Measure"
        name={`${id}-measure`}
        value={view.measure}
        options={[["total", "Total"], ["per-year", "Average per year"]] as const}
        focusKey="measure"
        onCommit={(measure) => setView({ measure })}
      />
      <div className="control">
        <label htmlFor={`${id}-average-over`}>Average per year over</label>
        <DraftSelect
          id={`${id}-average-over`}
          focusKey="averageOver"
          value={view.averageOver}
          disabled={view.measure !== "per-year" || seed}
          onCommit={(v) => setView({ averageOver: v as ViewState["averageOver"] })}
        >
          <option value="years-with-records">Years with known values</option>
          <option value="every-year">Every year (no records = no aid)</option>
        </DraftSelect>
      </div>
      <div className="control control-actions">
        <button type="button" data-focus-key="reset" onClick={() => setView({ ...DEFAULT_VIEW })}>Reset view</button>
        <span aria-live="polite" className="muted text-sm">{loading ? "Loading..." : ""}</span>
      </div>
      </div>
    </section>
  );
}
