// The clustered-bar chart's model (charts 5 and 6): categories (periods) along the x axis and, in each, one bar per
// series side by side, never stacked. A value of null is no data (a gap, marked as such, never zero); a negative value
// is drawn below the zero line and marked. Plain data: the chart file, the table and the PowerPoint chart read it.
import { formatUsdShort } from "../../util/format";
import type { ColorVar } from "../palette";

export type ClusteredUnit = "usd" | "usd-per-person" | "share";

export interface ClusteredSeries {
  id: string;
  /** the legend's words: who, and on what basis ("Laos", "China: loans disbursed (disbursement)") */
  label: string;
  colorVar: ColorVar;
  /** the chart's subject (Cambodia; the United States among the financiers): outlined, its legend entry bold */
  highlight: boolean;
  /** drawn paler (grants beside the same financier's loans) */
  pale?: boolean;
  /** one value per category; null: no data */
  values: (number | null)[];
  /** the basis of every value ("obligation", "disbursement"...), as a tooltip names it */
  basis?: string;
  /** who publishes the values, in a few words ("USAID (Greenbook)"), as a tooltip names it */
  source?: string;
}

export interface ClusteredModel {
  title: string;
  /** the text alternative: what the chart shows */
  description: string;
  categories: string[];
  /** the same categories in a few characters ("1955-63"), drawn when the full labels do not fit their bands */
  shortCategories: string[];
  series: ClusteredSeries[];
  unit: ClusteredUnit;
}

/** A value as a tick, a bar's label or its tooltip says it: "$1.2B", "$42.10", "0.35%". */
export function formatClustered(v: number, unit: ClusteredUnit, tick = false): string {
  if (unit === "share") {
    const pct = v * 100;
    const digits = Math.abs(pct) >= 10 || pct === 0 ? 0 : Math.abs(pct) >= 1 ? 1 : tick ? 2 : 3;
    return `${pct.toFixed(digits)}%`;
  }
  if (unit === "usd-per-person") {
    const a = Math.abs(v);
    return `${v < 0 ? "-" : ""}$${a >= 100 || (tick && a >= 10) ? Math.round(a).toLocaleString("en-US") : a.toFixed(2).replace(/\.00$/, "")}`;
  }
  return formatUsdShort(v);
}

/** A period's years in a few characters: "FY1970", "1955-63", "1999-2006". */
export function shortPeriod(p: { from: number; to: number }, fiscal: boolean): string {
  if (p.from === p.to) return `${fiscal ? "FY" : ""}${p.from}`;
  return Math.floor(p.from / 100) === Math.floor(p.to / 100) ? `${p.from}-${String(p.to).slice(2)}` : `${p.from}-${p.to}`;
}

/** Whether the model draws any gap or any bar below zero (their legend entries appear only then). */
export function clusteredMarks(model: Pick<ClusteredModel, "series">): { noData: boolean; negative: boolean } {
  const all = model.series.flatMap((s) => s.values);
  return { noData: all.some((v) => v === null), negative: all.some((v) => v !== null && v < 0) };
}

export const NO_DATA_WORDS = "no data (not zero)";
export const NEGATIVE_WORDS = "net negative (dashed, below zero)";
