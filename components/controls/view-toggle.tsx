"use client";
// A chart's own setting (chart 3's shares or amounts, chart 4's difference or dollars): a pressed-button group that
// changes one setting of the view, as the main controls do. Its label and words are the settings table's.
import { optionsOf, SETTINGS } from "@/lib/view";
import { useView } from "./use-view-navigation";
import { useShown } from "./view-scope";

export function ViewToggle({ setting }: { setting: "share" | "compare" }) {
  const { view, go } = useView(useShown().view);
  return (
    <div role="group" aria-label={SETTINGS[setting].label} className="segmented no-print">
      {optionsOf(setting).map(([value, text]) => (
        <button key={value} type="button" aria-pressed={view[setting] === value} data-mode={value} data-focus-key={`${setting}:${value}`} onClick={() => go({ [setting]: value })}>
          {text}
        </button>
      ))}
    </div>
  );
}
