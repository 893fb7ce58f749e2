// Chart 4, "Seed figures versus the Greenbook": the model both faces draw, one row a seed figure, in the difference
// view (Greenbook minus seed, % of the seed figure) or in dollars side by side. rows.ts writes each row's texts.
import { formatUsdShort } from "../../util/format";
import type { Reconciliation } from "../../aid/reconcile";
import type { Kind, SeedPrecision } from "../../data/schema";
import { niceTicks } from "../layout";
import { comparisonName, differenceMark, primaryComparison, rowBase, seedValueLabel } from "./rows";
import { primaryCounts } from "./summary";

export type SeedVsGreenbookMode = "difference" | "absolute";

/** The difference axis never runs past +-100%; a larger difference is cut at the edge and marked as overflowing. */
export const DIFFERENCE_CLAMP_PCT = 100;

const PRECISION_LEGEND: Record<SeedPrecision, string> = {
  exact: "Exact",
  approximate: "~ Approximate (about)",
  "lower-bound": "Lower bound (over)",
  earmarked: "Earmarked (planned)",
};
export const KIND_COLOR: Record<Kind, string> = { economic: "--chart-economic", military: "--chart-military", total: "--chart-unsplit" };
const KIND_LEGEND: Record<Kind, string> = { economic: "Economic", military: "Military", total: "Total (all kinds)" };
/** Series colours of the absolute view; blue means economic aid everywhere, so the Greenbook is brown. */
export const SERIES_COLOR = { seed: "--chart-p4", greenbook: "--chart-p6", programme: "--chart-p2" } as const;
export type AbsoluteSeriesKey = keyof typeof SERIES_COLOR;
const PRECISION_SWATCH_COLOR = "--chart-axis";

export type ComparisonStatus = "agrees" | "differs" | "holds" | "does-not-hold" | "absolute-only" | "no-data";

export interface TooltipLine {
  label: string;
  value: string;
}

export interface RowTooltip {
  title: string;
  /** the seed's words and where they are */
  quote: string;
  lines: TooltipLine[];
  why: string;
}

export interface RowBase {
  id: string;
  /** "1955-1963 economic", "FY2005 FMF" */
  label: string;
  /** the label on two lines: span, then kind or programme */
  labelLines: [string, string];
  kind: Kind;
  programme: string | null;
  precision: SeedPrecision;
  tooltip: RowTooltip;
}

export interface DifferenceMark {
  /** Greenbook minus seed, % of the seed figure; null where the seed figure is zero or there are no records */
  value: number | null;
  /** what is drawn: the value clamped to the axis, 0 where value is null */
  shown: number;
  /** -1 or 1 where the value runs past the axis */
  overflow: -1 | 0 | 1;
  status: ComparisonStatus;
  /** "agrees (-0.02%)", "+29.6%", "holds (+52.3%)", "+$28,000 against a $0 seed figure" */
  text: string;
  /** the same in a few characters, where the text does not fit: "-0.02%", "+29.6%", "+$28,000" */
  short: string;
}

export interface DifferenceRow extends RowBase, DifferenceMark {
  differenceUsd: number | null;
  /** which comparison the bar is, by PRIMARY_RULE (rows.ts) */
  primaryIs: "programme" | "same-kind";
  /** the other comparison, drawn as a marker on the same row and a grey line of text */
  secondaryMark: (DifferenceMark & { label: string }) | null;
}

export interface AbsoluteRow extends RowBase {
  values: Record<AbsoluteSeriesKey, number | null>;
  /** bar labels: "~$70M", "over $500M", "$1M planned", "$274M" */
  valueLabels: Record<AbsoluteSeriesKey, string | null>;
}

export type LegendSwatch =
  | { type: "fill"; colorVar: string }
  | { type: "precision"; precision: SeedPrecision; colorVar: string }
  | { type: "diamond" };

export interface LegendItem {
  key: string;
  label: string;
  swatch: LegendSwatch;
}

export interface DifferenceModel {
  mode: "difference";
  rows: DifferenceRow[];
  axis: { min: number; max: number; ticks: number[]; clampedAt: number | null };
  legend: LegendItem[];
  title: string;
  description: string;
}

export interface AbsoluteModel {
  mode: "absolute";
  rows: AbsoluteRow[];
  axis: { min: 0; max: number; ticks: number[] };
  series: { key: AbsoluteSeriesKey; label: string; colorVar: string }[];
  legend: LegendItem[];
  title: string;
  description: string;
}

export type SeedVsGreenbookModel = DifferenceModel | AbsoluteModel;

/** "FMF: agrees exactly", "FMF vs earmark: -1.0%". */
function named(name: string, text: string): string {
  return text.startsWith("vs earmark") ? `${name} ${text}` : `${name}: ${text}`;
}

function precisionLegend(recs: readonly Reconciliation[], colorVar: string, prefix: string): LegendItem[] {
  const present = new Set(recs.map((r) => r.figure.precision));
  return (["exact", "approximate", "lower-bound", "earmarked"] as const)
    .filter((p) => present.has(p))
    .map((p) => ({ key: `precision-${p}`, label: `${prefix}${PRECISION_LEGEND[p]}`, swatch: { type: "precision", precision: p, colorVar } }));
}

export function buildSeedVsGreenbookModel(recs: readonly Reconciliation[], mode: "difference"): DifferenceModel;
export function buildSeedVsGreenbookModel(recs: readonly Reconciliation[], mode: "absolute"): AbsoluteModel;
export function buildSeedVsGreenbookModel(recs: readonly Reconciliation[], mode: SeedVsGreenbookMode): SeedVsGreenbookModel;
export function buildSeedVsGreenbookModel(recs: readonly Reconciliation[], mode: SeedVsGreenbookMode): SeedVsGreenbookModel {
  const title = "Seed figures versus the Greenbook";
  if (mode === "difference") {
    const pcts = recs.flatMap((r) => [r.sameKind, r.programme].flatMap((c) => (c && c.greenbookAmount !== null && c.differencePct !== null ? [c.differencePct] : [])));
    const maxAbs = Math.max(0, ...pcts.map(Math.abs));
    const clampedAt = maxAbs > DIFFERENCE_CLAMP_PCT ? DIFFERENCE_CLAMP_PCT : null;
    const half = niceTicks(Math.min(maxAbs, DIFFERENCE_CLAMP_PCT), 4);
    const limit = clampedAt ?? half.max;
    const ticks = [...half.ticks.slice(1).reverse().map((t) => -t), ...half.ticks];
    const rows: DifferenceRow[] = recs.map((r) => {
      const { primary, secondary, primaryIs } = primaryComparison(r);
      const main = differenceMark(primary, r.figure.precision, limit);
      const other = secondary ? differenceMark(secondary, r.figure.precision, limit) : null;
      const otherName = comparisonName(r, primaryIs === "programme" ? "same-kind" : "programme");
      return {
        ...rowBase(r),
        ...main,
        text: primaryIs === "programme" ? named(comparisonName(r, "programme"), main.text) : main.text,
        differenceUsd: primary.differenceUsd,
        primaryIs,
        secondaryMark: other ? { ...other, label: otherName, text: named(otherName, other.text) } : null,
      };
    });
    const kinds = new Set(recs.map((r) => r.figure.kind));
    const legend: LegendItem[] = [
      ...(["economic", "military", "total"] as const)
        .filter((k) => kinds.has(k))
        .map((k): LegendItem => ({ key: `kind-${k}`, label: KIND_LEGEND[k], swatch: { type: "fill", colorVar: KIND_COLOR[k] } })),
      ...precisionLegend(recs, PRECISION_SWATCH_COLOR, ""),
      ...(rows.some((r) => r.secondaryMark) ? [{ key: "programme", label: "Secondary comparison (all aid of the kind)", swatch: { type: "diamond" } } satisfies LegendItem] : []),
    ];
    return {
      mode,
      rows,
      axis: { min: -limit, max: limit, ticks, clampedAt },
      legend,
      title,
      description: `${primaryCounts(recs).sentence} Bars show Greenbook minus seed as a percentage of each seed figure, right of zero where the Greenbook records more; the data table lists every figure.`,
    };
  }
  const rows: AbsoluteRow[] = recs.map((r) => ({
    ...rowBase(r),
    values: { seed: r.figure.amount, greenbook: r.sameKind.greenbookAmount, programme: r.programme ? r.programme.greenbookAmount : null },
    valueLabels: {
      seed: seedValueLabel(r),
      greenbook: r.sameKind.greenbookAmount === null ? null : formatUsdShort(r.sameKind.greenbookAmount),
      programme: r.programme && r.programme.greenbookAmount !== null ? formatUsdShort(r.programme.greenbookAmount) : null,
    },
  }));
  const max = Math.max(0, ...rows.flatMap((r) => Object.values(r.values).filter((v): v is number => v !== null)));
  const nice = niceTicks(max, 5);
  const hasProgramme = recs.some((r) => r.programme);
  const series: AbsoluteModel["series"] = [
    { key: "seed", label: "Seed figure", colorVar: SERIES_COLOR.seed },
    { key: "greenbook", label: "Greenbook, same years and kind", colorVar: SERIES_COLOR.greenbook },
    ...(hasProgramme ? [{ key: "programme" as const, label: "Greenbook, the named programme's accounts", colorVar: SERIES_COLOR.programme }] : []),
  ];
  return {
    mode,
    rows,
    axis: { min: 0, max: nice.max, ticks: nice.ticks },
    series,
    legend: [
      ...series.map((s): LegendItem => ({ key: `series-${s.key}`, label: s.label, swatch: { type: "fill", colorVar: s.colorVar } })),
      ...precisionLegend(recs, SERIES_COLOR.seed, "Seed: "),
    ],
    title,
    description: `${primaryCounts(recs).sentence} Bars show, in current US dollars, the seed's figure beside the Greenbook for the same fiscal years and kind${hasProgramme ? " and, where the seed names a programme, that programme's accounts" : ""}; the data table lists every figure.`,
  };
}
