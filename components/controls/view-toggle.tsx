"use client";
// A chart's own setting (chart 2's shares or amounts, chart 4's difference or dollars): a pressed-button group that
// changes one setting of the view, as the main controls do.
import type { ViewState } from "@/lib/view";
import { useView } from "./use-view-navigation";

export function ViewToggle<K extends "share" | "compare">({
  view: served,
  setting,
  options,
  label,
}: {
  view: ViewState;
  setting: K;
  options: readonly (readonly [ViewState[K], string])[];
  label: string;
}) {
  const { view, go } = useView(served);
  return (
    <div role="group" aria-label={label} className="segmented no-print">
      {options.map(([value, text]) => (
        <button key={value} type="button" aria-pressed={view[setting] === value} data-mode={value} data-focus-key={`${setting}:${value}`} onClick={() => go({ [setting]: value })}>
          {text}
        </button>
      ))}
    </div>
  );
}
