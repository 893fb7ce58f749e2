"use client";
// Every view choice of the dashboard: series, grouping, split, year range, dollars and base year, total or per year.
// On a phone the settings fold behind one button that says the view in words, so chart 1 stays on the first screen;
// every view the controls are drawn for is announced to screen readers (view-announcer.tsx).
import { useEffect, useId, useState } from "react";
import { serializeView } from "@/lib/view";
import { viewInWords } from "@/lib/view-summary";
import { announceView } from "./view-announcer";
import { CPI_FIRST_YEAR, CPI_LAST_YEAR, DATA_FIRST_FY, DATA_LAST_FY, DEFAULT_VIEW, type ViewState } from "@/lib/view";
import { useView } from "./use-view-navigation";

const years = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

function Radio<T extends string>({ legend, name, value, options, onChange }: { legend: string; name: string; value: T; options: readonly (readonly [T, string])[]; onChange: (v: T) => void }) {
  return (
    <fieldset className="control">
      <legend>{legend}</legend>
      <div className="segmented">
        {options.map(([v, label]) => (
          <label key={v}>
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The annual grouping and split while the seed series is shown: kept here, outside the component, because each view
 * is its own page and the controls are drawn anew for it. */
let rememberedAnnual: Pick<ViewState, "groupBy" | "split"> | null = null;

export function ViewControls({ view: shown }: { view: ViewState }) {
  const id = useId();
  const { view, go, pending: loading } = useView(shown);
  const [open, setOpen] = useState(false);
  const shownKey = serializeView(shown);
  // keyed by the view's URL form: a new page for the same view announces nothing
  useEffect(() => announceView(shown), [shownKey]);
  const setView = (patch: Partial<ViewState>) => {
    let next = patch;
    if (patch.series === "seed" && view.series === "annual") rememberedAnnual = { groupBy: view.groupBy, split: view.split };
    if (patch.series === "annual" && view.series === "seed" && rememberedAnnual) next = { ...next, ...rememberedAnnual };
    go(next);
  };
  const seed = view.series === "seed";
  return (
    <section aria-label="View settings" className="controls-wrap no-print">
      <button type="button" className="controls-toggle" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen((o) => !o)}>
        <span className="controls-toggle-label">View settings</span> <span className="controls-toggle-view">{viewInWords(view)}</span>
      </button>
      <div id={`${id}-panel`} className="controls" data-open={open || undefined}>
      <Radio
        legend="Figures"
        name={`${id}-series`}
        value={view.series}
        options={[["annual", "Annual obligations"], ["seed", "Seed article"]] as const}
        onChange={(series) => setView({ series })}
      />
      <div className="control">
        <label htmlFor={`${id}-group`}>Group by</label>
        <select id={`${id}-group`} value={view.groupBy} disabled={seed} onChange={(e) => setView({ groupBy: e.target.value as ViewState["groupBy"] })}>
          <option value="year">Fiscal year</option>
          <option value="decade">Decade</option>
          <option value="seed-period">Seed article&apos;s periods</option>
          <option value="relations-phase">Phase of relations</option>
          <option value="span">Whole range (one bar)</option>
        </select>
      </div>
      <div className="control">
        <label htmlFor={`${id}-split`}>Split bars by</label>
        <select id={`${id}-split`} value={view.split} disabled={seed} onChange={(e) => setView({ split: e.target.value as ViewState["split"] })}>
          <option value="kind">Economic / military</option>
          <option value="programme">Programme</option>
          <option value="form">Grant / loan</option>
        </select>
      </div>
      <div className="control">
        <span id={`${id}-range`}>Fiscal years</span>
        <div className="range" role="group" aria-labelledby={`${id}-range`}>
          <label>
            <span className="sr-only">From fiscal year</span>
            <select aria-label="From fiscal year" value={view.from} onChange={(e) => {
                const from = Number(e.target.value);
                // a start after the end moves the end with it, rather than ignoring the choice
                setView({ from, to: Math.max(view.to, from) });
              }}>
              {years(DATA_FIRST_FY, DATA_LAST_FY).map((y) => (
                <option key={y} value={y}>{y}</option>
              ))}
            </select>
          </label>
          <span aria-hidden>to</span>
          <label>
            <span className="sr-only">To fiscal year</span>
            <select aria-label="To fiscal year" value={view.to} onChange={(e) => {
                const to = Number(e.target.value);
                setView({ to, from: Math.min(view.from, to) });
              }}>
              {years(DATA_FIRST_FY, DATA_LAST_FY).map((y) => (
                <option key={y} value={y}>{y}</option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <Radio
        legend="Dollars"
        name={`${id}-dollars`}
        value={view.dollars}
        options={[["nominal", "Nominal"], ["constant", "Constant (CPI-U)"]] as const}
        onChange={(dollars) => setView({ dollars })}
      />
      <div className="control">
        <label htmlFor={`${id}-base`}>Base year</label>
        <select id={`${id}-base`} value={view.base} disabled={view.dollars !== "constant"} onChange={(e) => setView({ base: Number(e.target.value) })}>
          {years(CPI_FIRST_YEAR, CPI_LAST_YEAR).reverse().map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </div>
      <Radio
        legend="Measure"
        name={`${id}-measure`}
        value={view.measure}
        options={[["total", "Total"], ["per-year", "Average per year"]] as const}
        onChange={(measure) => setView({ measure })}
      />
      <div className="control">
        <label htmlFor={`${id}-average-over`}>Average per year over</label>
        <select
          id={`${id}-average-over`}
          value={view.averageOver}
          disabled={view.measure !== "per-year" || seed}
          onChange={(e) => setView({ averageOver: e.target.value as ViewState["averageOver"] })}
        >
          <option value="years-with-records">Years with known values</option>
          <option value="every-year">Every year (no records = no aid)</option>
        </select>
      </div>
      <div className="control control-actions">
        <button type="button" onClick={() => setView({ ...DEFAULT_VIEW })}>Reset view</button>
        <span aria-live="polite" className="muted text-sm">{loading ? "Loading..." : ""}</span>
      </div>
      </div>
    </section>
  );
}
