// Chart 4, "Seed figures versus the Greenbook": the model (rows, texts, axis) and the pure static renderer.
// The live Recharts face draws the same marks: it passes the same width, height, margins, axis sizes and domain
// to Recharts and paints each bar with the mark builders below, so both faces put every bar on the same pixels.
import { formatPercent, formatUsdFull, formatUsdShort } from "../format";
import type { Comparison, Reconciliation } from "../reconcile";
import type { Kind, SeedPrecision } from "../schema";
import { el, type SvgAttrValue, type SvgNode } from "../svg/tree";
import { BAR_CATEGORY_GAP, BAR_CHART_HEIGHT, MARGIN, X_AXIS_HEIGHT, Y_AXIS_WIDTH, niceTicks, yOf, type PlotArea } from "./layout";
import { cssVarColor, type ColorResolver } from "./palette";

export type SeedVsGreenbookMode = "difference" | "absolute";

/** A seed figure "agrees" with the Greenbook when the difference is smaller than this, in % of the seed figure. */
export const AGREE_WITHIN_PCT = 1;
/** The difference axis never runs past +-100%; a larger difference is cut at the edge and marked as overflowing. */
export const DIFFERENCE_CLAMP_PCT = 100;
/** Recharts `barGap` (px between bars of one group) and `barCategoryGap` as Recharts wants it ("10%"). */
export const BAR_GAP = 4;
export const BAR_CATEGORY_GAP_PERCENT = `${BAR_CATEGORY_GAP * 100}%`;
/** Height of the difference view's x axis: tick labels plus the axis title. */
export const DIFFERENCE_X_AXIS_HEIGHT = 44;
export const FONT_SIZE = 11;
/** Space between the legend and the plot. */
const LEGEND_GAP = 14;
const LEGEND_ROW = 16;
/** Recharts' default tickSize + tickMargin: tick labels sit this far from the axis line. */
const TICK_OFFSET = 8;

export const PRECISION_LABEL: Record<SeedPrecision, string> = {
  exact: "exact",
  approximate: "approximate (about)",
  "lower-bound": "lower bound (over)",
  earmarked: "earmarked (planned, not yet obligated)",
};
const PRECISION_LEGEND: Record<SeedPrecision, string> = {
  exact: "Exact",
  approximate: "~ Approximate (about)",
  "lower-bound": "Lower bound (over)",
  earmarked: "Earmarked (planned)",
};
const KIND_COLOR: Record<Kind, string> = { economic: "--chart-economic", military: "--chart-military", total: "--chart-unsplit" };
const KIND_LEGEND: Record<Kind, string> = { economic: "Economic", military: "Military", total: "Total (all kinds)" };
/** Series colours of the absolute view. */
export const SERIES_COLOR = { seed: "--chart-p4", greenbook: "--chart-p1", programme: "--chart-p2" } as const;
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

interface RowBase {
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
  /** "agrees (-0.02%)", "+29.6%", "holds (+52.3%)", "absolute only: +$28,000" */
  text: string;
}

export interface DifferenceRow extends RowBase, DifferenceMark {
  differenceUsd: number | null;
  /** the named programme's accounts, drawn as a marker on the same row */
  programmeMark: (DifferenceMark & { label: string }) | null;
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

// ---------------------------------------------------------------------------------------------------------------
// Model

export function spanLabel(r: Reconciliation): string {
  const { startYear: a, endYear: b } = r.figure;
  return a === b ? `FY${a}` : `${a}-${b}`;
}

export function rowLabelLines(r: Reconciliation): [string, string] {
  return [spanLabel(r), r.figure.programme ?? r.figure.kind];
}

function signedUsd(n: number): string {
  return `${n > 0 ? "+" : ""}${formatUsdShort(n)}`;
}
function signedUsdFull(n: number): string {
  return `${n > 0 ? "+" : ""}${formatUsdFull(n)}`;
}
/** -0.02% keeps two decimals so a near-agreement does not read as "-0.0%". */
export function pctText(p: number): string {
  return formatPercent(p, p !== 0 && Math.abs(p) < 0.1 ? 2 : 1);
}

export function comparisonStatus(c: Comparison): ComparisonStatus {
  if (c.greenbookAmount === null) return "no-data";
  if (c.verdict === "holds") return "holds";
  if (c.verdict === "does not hold") return "does-not-hold";
  if (c.differencePct === null) return c.differenceUsd === 0 ? "agrees" : "absolute-only";
  return Math.abs(c.differencePct) < AGREE_WITHIN_PCT ? "agrees" : "differs";
}

function markText(c: Comparison, status: ComparisonStatus, precision: SeedPrecision): string {
  const pct = c.differencePct;
  const body = (() => {
    switch (status) {
      case "no-data":
        return "no Greenbook records";
      case "holds":
        return pct === null ? "holds" : `holds (${pctText(pct)})`;
      case "does-not-hold":
        return pct === null ? "does not hold" : `does not hold (${pctText(pct)})`;
      case "absolute-only":
        return `absolute only: ${signedUsd(c.differenceUsd ?? 0)}`;
      case "agrees":
        if (pct === null) return `agrees (both ${formatUsdShort(c.greenbookAmount)})`;
        return pct === 0 ? "agrees exactly" : `agrees (${pctText(pct)})`;
      case "differs":
        return pctText(pct ?? 0);
    }
  })();
  return precision === "earmarked" ? `vs earmark: ${body}` : body;
}

function differenceMark(c: Comparison, precision: SeedPrecision, limit: number): DifferenceMark {
  const status = comparisonStatus(c);
  const value = c.greenbookAmount === null ? null : c.differencePct;
  const v = value ?? 0;
  const shown = Math.max(-limit, Math.min(limit, v));
  return { value, shown, overflow: v > limit ? 1 : v < -limit ? -1 : 0, status, text: markText(c, status, precision) };
}

function diffLine(c: Comparison, precision: SeedPrecision): string {
  if (c.greenbookAmount === null || c.differenceUsd === null) return "no Greenbook records";
  const usd = signedUsdFull(c.differenceUsd);
  if (c.verdict) return `${c.verdict}: ${usd}${c.differencePct === null ? "" : ` (${pctText(c.differencePct)})`}`;
  if (c.differencePct === null) return `${usd} (absolute only: the seed figure is zero)`;
  return `${usd} (${pctText(c.differencePct)})${precision === "earmarked" ? " obligated against the earmark" : ""}`;
}

function seedValueLabel(r: Reconciliation): string {
  const s = formatUsdShort(r.figure.amount);
  switch (r.figure.precision) {
    case "approximate":
      return `~${s}`;
    case "lower-bound":
      return `over ${s}`;
    case "earmarked":
      return `${s} planned`;
    default:
      return s;
  }
}

function rowTooltip(r: Reconciliation): RowTooltip {
  const f = r.figure;
  const seedWord = f.precision === "earmarked" ? "Seed figure (earmark)" : "Seed figure";
  const lines: TooltipLine[] = [
    { label: seedWord, value: `${f.precision === "lower-bound" ? "over " : f.precision === "approximate" ? "about " : ""}${formatUsdFull(f.amount)}, ${PRECISION_LABEL[f.precision]}` },
    { label: `Greenbook: ${r.sameKind.against}`, value: formatUsdFull(r.sameKind.greenbookAmount) },
    { label: "Greenbook minus seed", value: diffLine(r.sameKind, f.precision) },
  ];
  if (r.programme) {
    lines.push(
      { label: `Greenbook: ${r.programme.against}`, value: formatUsdFull(r.programme.greenbookAmount) },
      { label: `${f.programme} accounts minus seed`, value: diffLine(r.programme, f.precision) },
    );
  }
  return { title: `${spanLabel(r)} ${f.programme ?? f.kind}`, quote: `“${f.statedAs}” (seed paragraph ${f.paragraph})`, lines, why: r.why };
}

function rowBase(r: Reconciliation): RowBase {
  const lines = rowLabelLines(r);
  return {
    id: r.figure.id,
    label: lines.join(" "),
    labelLines: lines,
    kind: r.figure.kind,
    programme: r.figure.programme,
    precision: r.figure.precision,
    tooltip: rowTooltip(r),
  };
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
    const rows: DifferenceRow[] = recs.map((r) => ({
      ...rowBase(r),
      ...differenceMark(r.sameKind, r.figure.precision, limit),
      differenceUsd: r.sameKind.differenceUsd,
      programmeMark: r.programme && r.figure.programme ? { label: r.figure.programme, ...differenceMark(r.programme, r.figure.precision, limit) } : null,
    }));
    for (const row of rows) if (row.programmeMark) row.programmeMark.text = `${row.programmeMark.label}: ${row.programmeMark.text}`;
    const kinds = new Set(recs.map((r) => r.figure.kind));
    const legend: LegendItem[] = [
      ...(["economic", "military", "total"] as const)
        .filter((k) => kinds.has(k))
        .map((k): LegendItem => ({ key: `kind-${k}`, label: KIND_LEGEND[k], swatch: { type: "fill", colorVar: KIND_COLOR[k] } })),
      ...precisionLegend(recs, PRECISION_SWATCH_COLOR, ""),
      ...(rows.some((r) => r.programmeMark) ? [{ key: "programme", label: "Named programme's accounts", swatch: { type: "diamond" } } satisfies LegendItem] : []),
    ];
    return {
      mode,
      rows,
      axis: { min: -limit, max: limit, ticks, clampedAt },
      legend,
      title,
      description: `Greenbook minus seed, as a percentage of each seed figure, for ${rows.length} seed figures; bars right of zero mean the Greenbook records more. ${rows.map((r) => `${r.label}: ${r.text}${r.programmeMark ? `; ${r.programmeMark.text}` : ""}`).join(". ")}.`,
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
    description: `Current US dollars for ${rows.length} seed figures: the seed's figure, the Greenbook for the same fiscal years and kind${hasProgramme ? ", and where the seed names a programme, that programme's accounts" : ""}. ${rows
      .map((r) => `${r.label}: seed ${r.valueLabels.seed}, Greenbook ${r.valueLabels.greenbook ?? "no records"}${r.valueLabels.programme ? `, ${r.programme} accounts ${r.valueLabels.programme}` : ""}`)
      .join(". ")}.`,
  };
}

/** One sentence for the caption: how many figures agree, the largest gap, and how the lower bound fares. */
export function seedVsGreenbookSummary(recs: readonly Reconciliation[]): string {
  if (recs.length === 0) return "No seed figures to compare.";
  const comparisons = (r: Reconciliation) => [r.sameKind, r.programme].filter((c): c is Comparison => c !== null && c.greenbookAmount !== null);
  const agrees = recs.filter((r) => r.figure.precision !== "lower-bound" && comparisons(r).some((c) => comparisonStatus(c) === "agrees")).length;
  /** each stated amount's closest comparison; lower bounds and earmarks are not statements of an amount spent */
  const gaps = recs
    .filter((r) => r.figure.precision === "exact" || r.figure.precision === "approximate")
    .flatMap((r) => {
      const cs = comparisons(r).filter((c) => c.differencePct !== null || c.differenceUsd === 0);
      if (cs.length === 0) return [];
      const best = cs.reduce((a, b) => (Math.abs(b.differencePct ?? 0) < Math.abs(a.differencePct ?? 0) ? b : a));
      return [{ r, pct: best.differencePct ?? 0 }];
    });
  const largest = gaps.reduce<{ r: Reconciliation; pct: number } | null>((a, b) => (a === null || Math.abs(b.pct) > Math.abs(a.pct) ? b : a), null);
  const parts = [
    `${agrees} of ${recs.length} seed figures ${agrees === 1 ? "is" : "are"} within ${AGREE_WITHIN_PCT}% of the Greenbook for the same years and kind or for the programme they name`,
  ];
  if (largest && Math.abs(largest.pct) >= AGREE_WITHIN_PCT) {
    const f = largest.r.figure;
    parts.push(
      `the largest gap is ${spanLabel(largest.r)} ${f.programme ?? f.kind}${f.form && !f.programme ? ` ${f.form} aid` : ""}, ${Math.abs(largest.pct).toFixed(1)}% ${largest.pct < 0 ? "lower" : "higher"} in the Greenbook`,
    );
  }
  const bounds = recs.filter((r) => r.figure.precision === "lower-bound" && r.sameKind.verdict);
  if (bounds.length) parts.push(bounds.map((r) => `the "${r.figure.statedAs}" claim for ${spanLabel(r)} ${r.sameKind.verdict}`).join(", "));
  const sentence = parts.length > 2 ? `${parts.slice(0, -1).join("; ")}; and ${parts[parts.length - 1]}` : parts.join("; ");
  return `${sentence}.`;
}

// ---------------------------------------------------------------------------------------------------------------
// Layout: one function both faces use.

export function textWidth(s: string, size = FONT_SIZE): number {
  return s.length * size * 0.6;
}

export interface LegendPlacement {
  item: LegendItem;
  x: number;
  y: number;
}

export function layoutLegend(items: readonly LegendItem[], width: number): { placements: LegendPlacement[]; height: number } {
  const right = width - MARGIN.right;
  let x = MARGIN.left;
  let row = 0;
  const placements: LegendPlacement[] = [];
  for (const item of items) {
    const w = 14 + 5 + textWidth(item.label) + 16;
    if (x > MARGIN.left && x + w - 16 > right) {
      row += 1;
      x = MARGIN.left;
    }
    placements.push({ item, x, y: 4 + row * LEGEND_ROW });
    x += w;
  }
  return { placements, height: items.length ? 4 + (row + 1) * LEGEND_ROW : 0 };
}

export interface SeedVsGreenbookLayout {
  width: number;
  height: number;
  /** Recharts `margin` */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Recharts YAxis `width` */
  yAxisWidth: number;
  /** Recharts XAxis `height` */
  xAxisHeight: number;
  plot: PlotArea;
  legend: { placements: LegendPlacement[]; height: number };
  /** difference view: the column of text labels right of the plot */
  labelColumn: { x: number; width: number } | null;
  /** absolute view: category labels turned upright where the groups are too narrow for them */
  rotateCategories: boolean;
  /** the numeric axis ticks drawn (and gridlines), thinned where the plot is narrow */
  ticks: number[];
}

function differenceColumns(width: number): { category: number; labels: number } {
  return width >= 640 ? { category: 128, labels: 176 } : { category: 84, labels: 112 };
}

/** Absolute view: whether the group labels must stand upright, and the x axis height that then holds them. */
function absoluteCategoryAxis(model: SeedVsGreenbookModel, width: number): { rotate: boolean; height: number } {
  if (model.mode !== "absolute" || model.rows.length === 0) return { rotate: false, height: X_AXIS_HEIGHT };
  const band = (width - MARGIN.left - Y_AXIS_WIDTH - MARGIN.right) / model.rows.length;
  const widest = Math.max(...model.rows.map((r) => Math.max(...r.labelLines.map((l) => textWidth(l)))));
  if (band - 4 >= widest) return { rotate: false, height: X_AXIS_HEIGHT };
  return { rotate: true, height: Math.max(X_AXIS_HEIGHT, Math.ceil(Math.max(...model.rows.map((r) => textWidth(r.label)))) + TICK_OFFSET + 6) };
}

/** The chart's height at a given width: the plot keeps its height; legend rows and upright labels add to it. */
export function seedVsGreenbookHeight(model: SeedVsGreenbookModel, width: number): number {
  const extra = absoluteCategoryAxis(model, width).height - X_AXIS_HEIGHT;
  return layoutLegend(model.legend, width).height + LEGEND_GAP + (BAR_CHART_HEIGHT - MARGIN.top) + extra;
}

/** Every k-th tick counted out from zero, so tick labels about `labelWidth` px wide do not collide. */
function thinTicks(ticks: readonly number[], pixelsPerTick: number, labelWidth: number): number[] {
  const need = Math.max(1, Math.ceil(labelWidth / Math.max(1, pixelsPerTick)));
  if (need === 1) return [...ticks];
  const zero = Math.max(0, ticks.indexOf(0));
  // prefer a step that still lands on the last tick (the axis ends), e.g. -100%, 0, +100%
  const span = ticks.length - 1 - zero;
  const k = Array.from({ length: Math.max(0, span - need + 1) }, (_, j) => need + j).find((c) => span % c === 0) ?? need;
  return ticks.filter((_, i) => (i - zero) % k === 0);
}

export function seedVsGreenbookLayout(model: SeedVsGreenbookModel, width: number, height: number): SeedVsGreenbookLayout {
  const legend = layoutLegend(model.legend, width);
  const top = legend.height + LEGEND_GAP;
  if (model.mode === "difference") {
    const cols = differenceColumns(width);
    const margin = { top, right: MARGIN.right + cols.labels, bottom: MARGIN.bottom, left: MARGIN.left };
    const left = margin.left + cols.category;
    const plot: PlotArea = {
      left,
      top,
      width: Math.max(1, width - left - margin.right),
      height: Math.max(1, height - top - margin.bottom - DIFFERENCE_X_AXIS_HEIGHT),
    };
    const ticks = thinTicks(model.axis.ticks, plot.width / Math.max(1, model.axis.ticks.length - 1), textWidth("-100%") + 8);
    return {
      width,
      height,
      margin,
      yAxisWidth: cols.category,
      xAxisHeight: DIFFERENCE_X_AXIS_HEIGHT,
      plot,
      legend,
      labelColumn: { x: plot.left + plot.width + 8, width: cols.labels - 8 },
      rotateCategories: false,
      ticks,
    };
  }
  const cat = absoluteCategoryAxis(model, width);
  const margin = { top, right: MARGIN.right, bottom: MARGIN.bottom, left: MARGIN.left };
  const left = margin.left + Y_AXIS_WIDTH;
  const plot: PlotArea = {
    left,
    top,
    width: Math.max(1, width - left - margin.right),
    height: Math.max(1, height - top - margin.bottom - cat.height),
  };
  const ticks = thinTicks(model.axis.ticks, plot.height / Math.max(1, model.axis.ticks.length - 1), FONT_SIZE + 6);
  return { width, height, margin, yAxisWidth: Y_AXIS_WIDTH, xAxisHeight: cat.height, plot, legend, labelColumn: null, rotateCategories: cat.rotate, ticks };
}

/** Recharts' bar positions in a band (combineAllBarPositions, no barSize/maxBarSize): offset from band start and size. */
export function barPositions(band: number, count: number, barGap = BAR_GAP): { offset: number; size: number }[] {
  const offset = band * BAR_CATEGORY_GAP;
  const gap = band - 2 * offset - (count - 1) * barGap <= 0 ? 0 : barGap;
  let size = (band - 2 * offset - (count - 1) * gap) / count;
  if (size > 1) size = Math.round(size);
  return Array.from({ length: count }, (_, i) => ({ offset: offset + (size + gap) * i, size }));
}

/** x of a percentage on the difference axis. */
export function xOfPct(v: number, model: DifferenceModel, plot: PlotArea): number {
  return plot.left + ((v - model.axis.min) / (model.axis.max - model.axis.min)) * plot.width;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The difference bar of row i, where Recharts puts it (layout="vertical"). */
export function differenceBarRect(model: DifferenceModel, i: number, plot: PlotArea): Rect {
  const band = plot.height / model.rows.length;
  const [pos] = barPositions(band, 1);
  const x0 = xOfPct(0, model, plot);
  const x1 = xOfPct(model.rows[i].shown, model, plot);
  return { x: Math.min(x0, x1), y: plot.top + i * band + pos.offset, width: Math.abs(x1 - x0), height: pos.size };
}

/** Bar k (series order) of group i in the absolute view, where Recharts puts it. */
export function absoluteBarRect(model: AbsoluteModel, i: number, k: number, plot: PlotArea): Rect {
  const band = plot.width / model.rows.length;
  const pos = barPositions(band, model.series.length)[k];
  const value = model.rows[i].values[model.series[k].key] ?? 0;
  const y = yOf(value, model.axis.max, plot);
  return { x: plot.left + i * band + pos.offset, y, width: pos.size, height: plot.top + plot.height - y };
}

// ---------------------------------------------------------------------------------------------------------------
// Marks shared by both faces

export function hatchId(idPrefix: string, colorVar: string): string {
  return `${idPrefix}-hatch${colorVar.replace(/^-+/, "-")}`;
}

/** Pattern fills for earmarked ("planned") bars, one per colour used. */
export function patternDefs(model: SeedVsGreenbookModel, color: ColorResolver, idPrefix: string): SvgNode {
  const colorVars = new Set<string>();
  for (const r of model.rows) if (r.precision === "earmarked") colorVars.add(model.mode === "difference" ? KIND_COLOR[r.kind] : SERIES_COLOR.seed);
  for (const l of model.legend) if (l.swatch.type === "precision" && l.swatch.precision === "earmarked") colorVars.add(l.swatch.colorVar);
  return el(
    "defs",
    {},
    [...colorVars].map((v) =>
      el("pattern", { id: hatchId(idPrefix, v), patternUnits: "userSpaceOnUse", width: 6, height: 6, patternTransform: "rotate(45)" }, [
        el("rect", { width: 6, height: 6, fill: color(v), "fill-opacity": 0.15 }),
        el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: color(v), "stroke-width": 2.5 }),
      ]),
    ),
  );
}

/** How a bar looks for each precision: exact solid, approximate dashed and pale, lower bound an outline, earmark hatched. */
export function precisionAttrs(precision: SeedPrecision, colorVar: string, color: ColorResolver, idPrefix: string): Record<string, SvgAttrValue> {
  const c = color(colorVar);
  switch (precision) {
    case "exact":
      return { fill: c };
    case "approximate":
      return { fill: c, "fill-opacity": 0.35, stroke: c, "stroke-width": 1.5, "stroke-dasharray": "4 3" };
    case "lower-bound":
      return { fill: c, "fill-opacity": 0.1, stroke: c, "stroke-width": 2 };
    case "earmarked":
      return { fill: `url(#${hatchId(idPrefix, colorVar)})`, stroke: c, "stroke-width": 1.5 };
  }
}

function tooltipText(t: RowTooltip): string {
  return [`${t.title}: ${t.quote}`, ...t.lines.map((l) => `${l.label}: ${l.value}`), `Why they can differ: ${t.why}`].join("\n");
}

function diamond(cx: number, cy: number, r: number, attrs: Record<string, SvgAttrValue>): SvgNode {
  return el("path", { d: `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`, ...attrs });
}

/** Wraps text at spaces into lines of at most maxChars characters. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && (line + " " + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Everything drawn for one row of the difference view, given the bar's rectangle (the static face computes it, the
 * live face gets it from Recharts; a negative width from Recharts is normalised).
 */
export function differenceRowMarks(
  model: DifferenceModel,
  i: number,
  rect: Rect,
  layout: SeedVsGreenbookLayout,
  color: ColorResolver,
  idPrefix: string,
  withTitle = true,
): SvgNode {
  const row = model.rows[i];
  const plot = layout.plot;
  const colorVar = KIND_COLOR[row.kind];
  const x = rect.width < 0 ? rect.x + rect.width : rect.x;
  const w = Math.abs(rect.width);
  const cy = rect.y + rect.height / 2;
  const x0 = xOfPct(0, model, plot);
  const end = row.shown < 0 ? x : x + w;
  const dir = row.shown < 0 ? -1 : 1;
  const kids: (SvgNode | null)[] = [];
  if (withTitle) kids.push(el("title", {}, [tooltipText(row.tooltip)]));
  kids.push(
    el("rect", {
      x,
      y: rect.y,
      width: w,
      height: rect.height,
      "data-figure": row.id,
      "data-series": "difference",
      "data-precision": row.precision,
      "data-status": row.status,
      "data-overflow": row.overflow ? "true" : undefined,
      ...precisionAttrs(row.precision, colorVar, color, idPrefix),
    }),
  );
  if (row.value === null)
    // nothing to measure in %: an open ring on the zero line says "see the label"
    kids.push(el("circle", { cx: x0, cy, r: 7, fill: "none", stroke: color(colorVar), "stroke-width": 1.5, "data-marker": row.status }));
  if (row.precision === "lower-bound" && row.value !== null)
    kids.push(
      el("path", {
        d: `M${end + dir * 3} ${cy - 5}L${end + dir * 9} ${cy}L${end + dir * 3} ${cy + 5}`,
        fill: "none",
        stroke: color(colorVar),
        "stroke-width": 2,
        "data-marker": "over",
      }),
    );
  if (row.overflow)
    kids.push(
      el("path", {
        d: `M${end - dir * 10} ${rect.y - 2}l${dir * 4} ${rect.height + 4}M${end - dir * 5} ${rect.y - 2}l${dir * 4} ${rect.height + 4}`,
        stroke: color("--bg"),
        "stroke-width": 2,
        "data-marker": "overflow",
      }),
    );
  const pm = row.programmeMark;
  if (pm && pm.status !== "no-data")
    kids.push(
      diamond(xOfPct(pm.shown, model, plot), cy, 5, {
        fill: color(SERIES_COLOR.programme),
        stroke: color("--fg"),
        "stroke-width": 1,
        "data-series": "programme-mark",
        "data-figure-mark": row.id,
      }),
    );
  return el("g", { "data-row": row.id }, kids);
}

/**
 * The text column right of the difference plot: each row's verdict ("agrees (-0.02%)", "+29.6%", "holds (+52.3%)",
 * "absolute only: +$28,000") and, under it, the named programme's. Drawn outside the plot, so the live face renders it
 * as a child of the chart rather than inside Recharts' (clipped) bar layer.
 */
export function differenceLabelsNode(model: DifferenceModel, layout: SeedVsGreenbookLayout, color: ColorResolver): SvgNode | null {
  const col = layout.labelColumn;
  if (!col) return null;
  const maxChars = Math.max(8, Math.floor(col.width / (FONT_SIZE * 0.6)));
  return el(
    "g",
    { "data-labels": "", "font-size": FONT_SIZE },
    model.rows.map((row, i) => {
      const rect = differenceBarRect(model, i, layout.plot);
      const cy = rect.y + rect.height / 2;
      const pm = row.programmeMark;
      const main = wrapText(row.text, maxChars);
      const lines = [...main.map((t) => ({ t, muted: false })), ...(pm && main.length < 2 ? [{ t: pm.text, muted: true }] : [])].slice(0, 2);
      const y0 = cy + 4 - ((lines.length - 1) * (FONT_SIZE + 1)) / 2;
      return el(
        "text",
        { x: col.x, y: y0, fill: color("--fg"), "data-label": row.id },
        lines.map((l, k) => el("tspan", { x: col.x, dy: k === 0 ? 0 : FONT_SIZE + 1, fill: l.muted ? color("--muted") : undefined }, [l.t])),
      );
    }),
  );
}

/** Where a bar's value label fits: above the bar, else inside it; rotated when the bar is narrower than the text. */
export function valueLabelNode(text: string, rect: Rect, plot: PlotArea, color: ColorResolver, raise = 0): SvgNode | null {
  const fs = FONT_SIZE - 1;
  const len = textWidth(text, fs) + 4;
  const cx = rect.x + rect.width / 2;
  const top = rect.y - raise;
  if (rect.width >= len) {
    if (top - plot.top >= fs + 3) return el("text", { x: cx, y: top - 3, "text-anchor": "middle", "font-size": fs, fill: color("--fg") }, [text]);
    if (rect.height >= fs + 6) return el("text", { x: cx, y: rect.y + fs + 2, "text-anchor": "middle", "font-size": fs, fill: color("--bg") }, [text]);
    return null;
  }
  if (rect.width < fs - 2) return null; // upright text would run into the next bar
  const bx = cx + fs * 0.35;
  if (top - plot.top >= len + 3)
    return el("text", { x: bx, y: top - 3, transform: `rotate(-90 ${bx} ${top - 3})`, "text-anchor": "start", "font-size": fs, fill: color("--fg") }, [text]);
  if (rect.height >= len + 4 && rect.width >= fs + 2)
    return el("text", { x: bx, y: rect.y + 4, transform: `rotate(-90 ${bx} ${rect.y + 4})`, "text-anchor": "end", "font-size": fs, fill: color("--bg") }, [text]);
  return null;
}

/** One bar of the absolute view with its label and precision markers. Returns null where the value is missing. */
export function absoluteBarMarks(
  model: AbsoluteModel,
  i: number,
  k: number,
  rect: Rect,
  layout: SeedVsGreenbookLayout,
  color: ColorResolver,
  idPrefix: string,
  withTitle = true,
): SvgNode | null {
  const row = model.rows[i];
  const s = model.series[k];
  const value = row.values[s.key];
  if (value === null) return null;
  const precision: SeedPrecision = s.key === "seed" ? row.precision : "exact";
  const y = rect.height < 0 ? rect.y + rect.height : rect.y;
  const h = Math.abs(rect.height);
  const r: Rect = { x: rect.x, y, width: rect.width, height: h };
  const cx = r.x + r.width / 2;
  const kids: (SvgNode | null)[] = [];
  if (withTitle) kids.push(el("title", {}, [`${s.label}: ${s.key === "seed" ? row.valueLabels.seed : formatUsdFull(value)}\n${tooltipText(row.tooltip)}`]));
  kids.push(
    el("rect", {
      ...r,
      "data-figure": row.id,
      "data-series": s.key,
      "data-precision": s.key === "seed" ? row.precision : undefined,
      "data-value": value,
      ...precisionAttrs(precision, s.colorVar, color, idPrefix),
    }),
  );
  if (h < 1) kids.push(el("line", { x1: r.x, x2: r.x + r.width, y1: y + h, y2: y + h, stroke: color(s.colorVar), "stroke-width": 2, "data-marker": "zero" }));
  let raise = 0;
  if (precision === "lower-bound") {
    kids.push(el("path", { d: `M${cx - 5} ${y - 3}L${cx} ${y - 9}L${cx + 5} ${y - 3}`, fill: "none", stroke: color(s.colorVar), "stroke-width": 2, "data-marker": "over" }));
    raise = 10;
  }
  const label = row.valueLabels[s.key];
  if (label) kids.push(valueLabelNode(label, r, layout.plot, color, raise));
  return el("g", { "data-bar": `${row.id}:${s.key}` }, kids);
}

export function legendNode(layout: SeedVsGreenbookLayout, color: ColorResolver, idPrefix: string): SvgNode {
  return el(
    "g",
    { "data-legend": "", "font-size": FONT_SIZE },
    layout.legend.placements.map(({ item, x, y }) => {
      const sw = item.swatch;
      const box = { x: x + 1, y: y + 1, width: 12, height: 10 };
      const swatch =
        sw.type === "fill"
          ? el("rect", { ...box, fill: color(sw.colorVar) })
          : sw.type === "precision"
            ? el("rect", { ...box, ...precisionAttrs(sw.precision, sw.colorVar, color, idPrefix), "data-precision": sw.precision })
            : diamond(x + 7, y + 6, 5, { fill: color(SERIES_COLOR.programme), stroke: color("--fg"), "stroke-width": 1 });
      return el("g", { "data-legend-item": item.key }, [swatch, el("text", { x: x + 19, y: y + 10, fill: color("--fg") }, [item.label])]);
    }),
  );
}

function fmtPctTick(v: number): string {
  return `${v > 0 ? "+" : ""}${v}%`;
}
export const differenceTickFormat = fmtPctTick;
export const absoluteTickFormat = (v: number): string => formatUsdShort(v);

/** A category label on one or two lines, anchored at (x, y) as Recharts gives a tick. */
export function categoryTickNode(lines: readonly string[], x: number, y: number, orientation: "left" | "bottom" | "bottom-upright", color: ColorResolver): SvgNode {
  const lh = FONT_SIZE + 1;
  if (orientation === "bottom-upright") {
    const bx = x + FONT_SIZE * 0.35;
    return el("text", { x: bx, y, transform: `rotate(-90 ${bx} ${y})`, "text-anchor": "end", "font-size": FONT_SIZE, fill: color("--chart-axis") }, [lines.join(" ")]);
  }
  if (orientation === "bottom")
    return el(
      "text",
      { x, y, "text-anchor": "middle", "font-size": FONT_SIZE, fill: color("--chart-axis") },
      lines.map((t, k) => el("tspan", { x, dy: k === 0 ? "0.71em" : lh }, [t])),
    );
  const y0 = y + 4 - ((lines.length - 1) * lh) / 2;
  return el(
    "text",
    { x, y: y0, "text-anchor": "end", "font-size": FONT_SIZE, fill: color("--chart-axis") },
    lines.map((t, k) => el("tspan", { x, dy: k === 0 ? 0 : lh }, [t])),
  );
}

/** Lines of a row's category label that fit the space: one line when it fits, else span and kind. */
export function categoryLines(row: { label: string; labelLines: [string, string] }, space: number): string[] {
  return textWidth(row.label) <= space ? [row.label] : [...row.labelLines];
}

/** Title under the difference view's x axis, and a header over the label column. */
export function differenceAxisTitles(layout: SeedVsGreenbookLayout, color: ColorResolver): SvgNode {
  const p = layout.plot;
  const narrow = p.width < 360;
  return el("g", { "data-axis-title": "", "font-size": FONT_SIZE, fill: color("--muted") }, [
    el("text", { x: p.left + p.width / 2, y: p.top + p.height + DIFFERENCE_X_AXIS_HEIGHT - 6, "text-anchor": "middle" }, [
      narrow ? "Greenbook minus seed, % of seed" : "← Greenbook lower · Greenbook minus seed, % of the seed figure · Greenbook higher →",
    ]),
    layout.labelColumn ? el("text", { x: layout.labelColumn.x, y: p.top - 4 }, ["Greenbook vs seed"]) : null,
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Static face

export interface RenderOptions {
  width: number;
  height: number;
  color?: ColorResolver;
  idPrefix: string;
}

export function renderSeedVsGreenbook(model: SeedVsGreenbookModel, { width, height, color = cssVarColor, idPrefix }: RenderOptions): SvgNode {
  const layout = seedVsGreenbookLayout(model, width, height);
  const p = layout.plot;
  const bottom = p.top + p.height;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const axisColor = color("--chart-axis");
  const kids: (SvgNode | null)[] = [
    el("title", { id: titleId }, [model.title]),
    el("desc", { id: descId }, [model.description]),
    patternDefs(model, color, idPrefix),
    legendNode(layout, color, idPrefix),
  ];
  if (model.mode === "difference") {
    kids.push(
      el(
        "g",
        { "data-grid": "" },
        layout.ticks.map((t) => el("line", { x1: xOfPct(t, model, p), x2: xOfPct(t, model, p), y1: p.top, y2: bottom, stroke: color("--chart-grid") })),
      ),
      el("g", { "data-axis": "x", "font-size": FONT_SIZE, fill: axisColor }, [
        el("line", { x1: p.left, x2: p.left + p.width, y1: bottom, y2: bottom, stroke: axisColor }),
        ...layout.ticks.flatMap((t) => {
          const x = xOfPct(t, model, p);
          return [
            el("line", { x1: x, x2: x, y1: bottom, y2: bottom + 6, stroke: axisColor }),
            el("text", { x, y: bottom + TICK_OFFSET, dy: "0.71em", "text-anchor": "middle" }, [fmtPctTick(t)]),
          ];
        }),
      ]),
      el(
        "g",
        { "data-axis": "y" },
        model.rows.map((row, i) => {
          const band = p.height / model.rows.length;
          return categoryTickNode(categoryLines(row, layout.yAxisWidth - TICK_OFFSET - 2), p.left - TICK_OFFSET, p.top + (i + 0.5) * band, "left", color);
        }),
      ),
      differenceAxisTitles(layout, color),
      differenceLabelsNode(model, layout, color),
      el(
        "g",
        { "data-bars": "" },
        model.rows.map((_, i) => differenceRowMarks(model, i, differenceBarRect(model, i, p), layout, color, idPrefix)),
      ),
      el("line", { x1: xOfPct(0, model, p), x2: xOfPct(0, model, p), y1: p.top, y2: bottom, stroke: axisColor, "stroke-width": 1.5, "data-zero": "" }),
    );
  } else {
    const band = p.width / model.rows.length;
    kids.push(
      el(
        "g",
        { "data-grid": "" },
        layout.ticks.map((t) => el("line", { x1: p.left, x2: p.left + p.width, y1: yOf(t, model.axis.max, p), y2: yOf(t, model.axis.max, p), stroke: color("--chart-grid") })),
      ),
      el("g", { "data-axis": "y", "font-size": FONT_SIZE, fill: axisColor }, [
        el("line", { x1: p.left, x2: p.left, y1: p.top, y2: bottom, stroke: axisColor }),
        ...layout.ticks.flatMap((t) => {
          const y = yOf(t, model.axis.max, p);
          return [
            el("line", { x1: p.left - 6, x2: p.left, y1: y, y2: y, stroke: axisColor }),
            el("text", { x: p.left - TICK_OFFSET, y, dy: "0.355em", "text-anchor": "end" }, [absoluteTickFormat(t)]),
          ];
        }),
      ]),
      el("g", { "data-axis": "x" }, [
        el("line", { x1: p.left, x2: p.left + p.width, y1: bottom, y2: bottom, stroke: axisColor }),
        ...model.rows.map((row, i) =>
          categoryTickNode(categoryLines(row, band - 4), p.left + (i + 0.5) * band, bottom + TICK_OFFSET, layout.rotateCategories ? "bottom-upright" : "bottom", color),
        ),
      ]),
      el(
        "g",
        { "data-bars": "" },
        model.rows.flatMap((_, i) => model.series.map((__, k) => absoluteBarMarks(model, i, k, absoluteBarRect(model, i, k, p), layout, color, idPrefix))),
      ),
    );
  }
  return el(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-labelledby": titleId,
      "aria-describedby": descId,
      "data-chart": "seed-vs-greenbook",
      "data-mode": model.mode,
    },
    kids,
  );
}
