// Each view setting by the label the reader sees on screen, for messages about a link (the bad-link notice).
import type { ViewKey } from "@/lib/view";

export const SETTING_LABELS: Record<ViewKey, string> = {
  series: "Figures",
  groupBy: "Group by",
  split: "Split bars by",
  from: "From fiscal year",
  to: "To fiscal year",
  dollars: "Dollars",
  base: "Base year",
  measure: "Measure",
  averageOver: "Average per year over",
  share: "Show military versus economic as (chart 3)",
  compare: "Chart view (chart 4)",
  mark: "Marked year (charts 1 and 3)",
  countries: "Countries (chart 5)",
  nbMeasure: "Measure (chart 5)",
  basis: "Basis (chart 6)",
  fgroupBy: "Periods (chart 6)",
};

/** A parameter of a link by its on-screen label; names that are no setting read "an unknown setting". */
export function settingLabel(param: string): string {
  return Object.prototype.hasOwnProperty.call(SETTING_LABELS, param) ? SETTING_LABELS[param as ViewKey] : "an unknown setting";
}
