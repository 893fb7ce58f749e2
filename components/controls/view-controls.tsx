"use client";
// Every view choice of the dashboard: series, grouping, split, year range, dollars and base year, total or per year.
// On a phone the settings fold behind one button that says the view in words, so chart 1 stays on the first screen;
// every view the controls are drawn for is announced to screen readers (view-announcer.tsx).
import { useEffect, useId, useState } from "react";
import { serializeView } from "@/lib/view";
import { viewInWords } from "@/lib/view/summary";
import { announceView } from "./view-announcer";
import { CPI_FIRST_YEAR, CPI_LAST_YEAR, DATA_FIRST_FY, DATA_LAST_FY, DEFAULT_VIEW, optionsOf, SETTINGS, type ViewState } from "@/lib/view";
import { useView } from "./use-view-navigation";
import { DraftRadio, DraftSelect } from "./draft-controls";
import { useRestoreFocus } from "./keep-focus";
import { useShown } from "./view-scope";

const years = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const label = (key: keyof typeof SETTINGS) => SETTINGS[key].label;
/** A select's options: each value with its words from the settings table. */
const Options = ({ of }: { of: "groupBy" | "split" | "averageOver" }) => (
  <>
    {optionsOf(of).map(([value, words]) => (
      <option key={value} value={value}>
        {words}
      </option>
    ))}
  </>
);

/** The annual grouping and split while the seed series is shown: kept here, outside the component, because each view
 * is its own page and the controls are drawn anew for it. */
let rememberedAnnual: Pick<ViewState, "groupBy" | "split"> | null = null;
/** Whether the reader opened the folded settings (phone): kept across views for the same reason, so a change made in
 * the panel does not close it and hide the control that has focus. */
let panelOpen = false;

/** The view shown is the page's (ViewScope). */
export function ViewControls() {
  const shown = useShown().view;
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
        legend={label("series")}
        name={`${id}-series`}
        value={view.series}
        options={optionsOf("series")}
        focusKey="series"
        onCommit={(series) => setView({ series })}
      />
      <div className="control">
        <label htmlFor={`${id}-group`}>{label("groupBy")}</label>
        <DraftSelect id={`${id}-group`} focusKey="groupBy" value={view.groupBy} disabled={seed} onCommit={(v) => setView({ groupBy: v as ViewState["groupBy"] })}>
          <Options of="groupBy" />
        </DraftSelect>
      </div>
      <div className="control">
        <label htmlFor={`${id}-split`}>{label("split")}</label>
        <DraftSelect id={`${id}-split`} focusKey="split" value={view.split} disabled={seed} onCommit={(v) => setView({ split: v as ViewState["split"] })}>
          <Options of="split" />
        </DraftSelect>
      </div>
      <div className="control">
        <span id={`${id}-range`}>Fiscal years</span>
        <div className="range" role="group" aria-labelledby={`${id}-range`}>
          <label>
            <span className="sr-only">{label("from")}</span>
            <DraftSelect label={label("from")} focusKey="from" value={String(view.from)} onCommit={(v) => {
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
            <span className="sr-only">{label("to")}</span>
            <DraftSelect label={label("to")} focusKey="to" value={String(view.to)} onCommit={(v) => {
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
        legend={label("dollars")}
        name={`${id}-dollars`}
        value={view.dollars}
        options={optionsOf("dollars")}
        focusKey="dollars"
        onCommit={(dollars) => setView({ dollars })}
      />
      <div className="control">
        <label htmlFor={`${id}-base`}>{label("base")}</label>
        <DraftSelect id={`${id}-base`} focusKey="base" value={String(view.base)} disabled={view.dollars !== "constant"} onCommit={(v) => setView({ base: Number(v) })}>
          {years(CPI_FIRST_YEAR, CPI_LAST_YEAR).reverse().map((y) => (
            <option key={y}>{y}</option>
          ))}
        </DraftSelect>
      </div>
      <DraftRadio
        legend={label("measure")}
        name={`${id}-measure`}
        value={view.measure}
        options={optionsOf("measure")}
        focusKey="measure"
        onCommit={(measure) => setView({ measure })}
      />
      <div className="control">
        <label htmlFor={`${id}-average-over`}>{label("averageOver")}</label>
        <DraftSelect
          id={`${id}-average-over`}
          focusKey="averageOver"
          value={view.averageOver}
          disabled={view.measure !== "per-year" || seed}
          onCommit={(v) => setView({ averageOver: v as ViewState["averageOver"] })}
        >
          <Options of="averageOver" />
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
