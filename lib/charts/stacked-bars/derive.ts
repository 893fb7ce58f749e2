// The stacked-bar model charts 1 and 2 build (aid-by-period/derive.ts, military-share/derive.ts): bars of parts
// stacked bottom to top, with placeholders, value labels, markers and one highlighted bar. Both faces draw it.
import type { PartKey } from "../../aid/parts";
import { niceTicks } from "../layout";

export type BarEmphasis = "exact" | "approximate" | "lower-bound" | "earmarked" | "provisional";

export interface StackedBar {
  id: string;
  label: string;
  /** plotted values by part key, bottom to top in `keys` order; null or 0 draws nothing */
  values: Record<string, number | null>;
  /** "no-data": no records at all; "no-split": records but no economic/military split */
  placeholder: "no-data" | "no-split" | null;
  /** text written on a placeholder, where the default ("no data", "no split available") would mislead */
  placeholderLabel?: string;
  /** label above the bar, drawn where it fits */
  valueLabel: string | null;
  emphasis: BarEmphasis;
  /** some years of the period have no records: the value label carries an asterisk */
  partial: boolean;
  /** sentence for the bar's <title> and the live tooltip's first line */
  description: string;
  /** extra tooltip lines (coverage, notes, sources) */
  details: string[];
  /** the fiscal years the bar stands over on the time axis (the band's); absent: evenly spaced categories */
  span?: { from: number; to: number };
  /** the bar is drawn at its values divided by this (a period's years: height a year, area the total); default 1 */
  heightDivisor?: number;
}

export interface BarMarker {
  /** the marker stands on the left edge of this bar */
  beforeIndex: number;
  label: string;
  /** shorter wordings, tried in order where the label does not fit */
  shorter?: string[];
}

export interface StackedBarModel {
  keys: PartKey[];
  bars: StackedBar[];
  y: { min: number; max: number; ticks: number[] };
  formatTick: (n: number) => string;
  /** a plotted value in a tooltip ("99.6%", "$25.5M"): every number on screen is formatted */
  formatValue: (n: number) => string;
  markers: BarMarker[];
  /** the bar standing over a fiscal year the reader came to see (a timeline link's `mark`): outlined and labelled */
  mark?: { index: number; year: number } | null;
  /** one bar singled out with a callout (chart 3's highest military share), with shorter wordings for narrow charts */
  highlight: { index: number; text: string; shorter?: string[] } | null;
  /** what the asterisk on a value label means in this chart (default: some years of the period have no records) */
  partialLabel?: string;
  /** assumptions the reader must know to read the bars, listed in the legend */
  assumptions?: string[];
  /** bars stand over their spans on a time axis shared with the relations band (every bar has a span) */
  timeAxis?: boolean;
  /** for the SVG's accessible name and description */
  title: string;
  description: string;
}

export const EMPHASIS_NOTE: Record<BarEmphasis, string | null> = {
  exact: null,
  approximate: "approximate figure (\"about\")",
  "lower-bound": "lower bound (\"over\")",
  earmarked: "earmarked, not obligated",
  provisional: "includes provisional FY2024",
};

/** Axis extent covering every stack, positive parts above zero and negative net amounts below. */
export function stackExtent(bars: readonly StackedBar[], keys: readonly PartKey[]): { min: number; max: number; ticks: number[] } {
  let hi = 0;
  let lo = 0;
  for (const b of bars) {
    let pos = 0;
    let neg = 0;
    for (const k of keys) {
      const v = drawnValue(b, k.key) ?? 0;
      if (v >= 0) pos += v;
      else neg += v;
    }
    hi = Math.max(hi, pos);
    lo = Math.min(lo, neg);
  }
  const up = niceTicks(hi);
  if (lo === 0) return { min: 0, max: up.max, ticks: up.ticks };
  const step = up.ticks.length > 1 ? up.ticks[1] - up.ticks[0] : up.max;
  // A net negative far below a tick step (an adjustment row) gets just the room it needs, not a whole empty step.
  if (-lo < step / 10) return { min: lo, max: up.max, ticks: up.ticks };
  const min = -Math.ceil(-lo / step) * step;
  const ticks: number[] = [];
  for (let v = min; v <= up.max + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { min, max: up.max, ticks };
}

/** The height a part is drawn at: its value over the bar's height divisor (1 unless a period's total is drawn a year). */
export function drawnValue(b: StackedBar, key: string): number | null {
  const v = b.values[key];
  if (v === null || v === undefined) return null;
  return v / (b.heightDivisor ?? 1);
}

/** Time-axis bars drawn a year: the words the legend and the note give the rule in. */
export const AREA_RULE =
  "Each bar stands over its fiscal years on the relations band's time axis. Its height is the period's total divided by its years (an amount a year), so its area is the total, which its label gives.";

/** The area rule in a phone's legend, where the whole sentence would push the band off the first screen. */
export const AREA_RULE_SHORT = "Bars span their years; height: a year's amount; area: the period's total.";

/** What a placeholder bar says: its own label, else "no data" or "no split available". */
export function placeholderWords(b: StackedBar): string {
  return b.placeholderLabel ?? (b.placeholder === "no-data" ? "no data" : "no split available");
}

/** The model with the bar over fiscal year `year` marked (null, or a year no bar stands over, marks nothing). */
export function withMark(model: StackedBarModel, year: number | null): StackedBarModel {
  if (year === null || !model.timeAxis) return { ...model, mark: null };
  const index = model.bars.findIndex((b) => b.span !== undefined && b.span.from <= year && year <= b.span.to);
  return { ...model, mark: index < 0 ? null : { index, year } };
}

/** The words of a marked bar's label, longest first. */
export function markWords(mark: { year: number }, bar: StackedBar): string[] {
  const single = bar.span !== undefined && bar.span.from === bar.span.to;
  return [single ? `FY${mark.year}, from the timeline` : `FY${mark.year}, within ${bar.label}`, `FY${mark.year}`];
}

/** Parts drawn hatched: a total without an economic/military split. */
export function isHatchedKey(key: string): boolean {
  return key === "unsplit" || key === "total";
}
