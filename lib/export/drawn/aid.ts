// Charts 1 and 2 as drawn data: the bars of the same stacked model the chart file draws, one series per part, and
// approximate, lower-bound, earmarked and provisional figures as series of their own (a native chart cannot outline
// a bar); no-data periods stay as empty categories labelled "no data".
import { buildAidChartModel, buildShareChartModel } from "../../charts/aid-charts";
import { PALETTE } from "../../charts/palette";
import { EMPHASIS_NOTE, placeholderWords, type BarEmphasis, type StackedBar, type StackedBarModel } from "../../charts/stacked-bars/derive";
import type { ViewState } from "../../view";
import type { AidAnswer, AidAnswerRow } from "../../aid/queries";
import { knownZeroLabel } from "../../aid/known-zero";
import { BASE_YEAR, column, csvOnly, DOLLARS, FROM_FY, MEASURE, PERIOD, SOURCES, STATUS, TO_FY, UNITS, usdColumn } from "./columns";
import { drawnTable, hex, tint, type DrawnChart, type DrawnSeries } from "./types";

const EMPHASIS_SERIES: Record<Exclude<BarEmphasis, "exact">, { word: string; tint: number }> = {
  approximate: { word: "approximate", tint: 0.5 },
  "lower-bound": { word: "lower bound", tint: 0.3 },
  earmarked: { word: "earmarked", tint: 0.65 },
  provisional: { word: "provisional", tint: 0.4 },
};

/** The row behind each bar: one per period, or (seed series) one per stated figure, as buildAidChartModel makes them. */
function barRows(aid: AidAnswer): AidAnswerRow[] {
  if (aid.query.series !== "seed") return aid.rows;
  return aid.rows.flatMap((r) => r.parts.filter((p) => p.amount !== null).map(() => r));
}

function categoryLabel(b: StackedBar): string {
  if (b.placeholder) return `${b.label} (${placeholderWords(b)})`;
  return b.partial ? `${b.label}*` : b.label;
}

/** One series per part and emphasis present: "Economic", "Economic (approximate)". */
function stackedSeries(model: StackedBarModel): DrawnSeries[] {
  const out: DrawnSeries[] = [];
  for (const k of model.keys) {
    const base = (PALETTE.light as Record<string, string>)[k.colorVar] ?? PALETTE.light["--chart-unsplit"];
    for (const emphasis of ["exact", "approximate", "lower-bound", "earmarked", "provisional"] as const) {
      const values = model.bars.map((b) => (b.emphasis === emphasis && !b.placeholder ? (b.values[k.key] ?? null) : null));
      if (values.every((v) => v === null)) continue;
      const extra = emphasis === "exact" ? null : EMPHASIS_SERIES[emphasis];
      out.push({ name: extra ? `${k.label} (${extra.word})` : k.label, color: extra ? tint(base, extra.tint) : hex(base), values });
    }
  }
  // a view with no records at all still gets its (empty) series, so the chart keeps its legend and categories
  if (out.length === 0 && model.keys[0]) out.push({ name: model.keys[0].label, color: hex(PALETTE.light["--chart-unsplit"]), values: model.bars.map(() => null) });
  return out;
}

function basisCells(r: AidAnswerRow, unit: string) {
  // per-year figures divide by the years the view's setting names (years with records, or every year of the period)
  const divisor = r.measure === "per-year" ? r.divisor : null;
  // a total divides by nothing: divisor_years and divisor stay empty, as in the API's CSV (docs/api.md)
  return [
    unit, r.dollars, r.baseYear, r.measure, divisor ? divisor.years : null, divisor ? divisor.label : "", r.coverage.label,
    // a year known to be $0 says why beside its number
    r.knownZeros.map(knownZeroLabel).join("; "), r.precision, r.sourceIds.join(" "),
  ];
}
const SPAN_COLUMNS = [PERIOD, FROM_FY, TO_FY, STATUS];
const SPLIT_AVERAGE_COLUMNS = [
  usdColumn("economic_avg_over_split_years_usd", "Economic, per year with the split", "none"),
  usdColumn("military_avg_over_split_years_usd", "Military, per year with the split", "none"),
  column("split_years", "Years with the split", "number", { empty: "none" }),
];
const BASIS_COLUMNS = [
  UNITS, DOLLARS, BASE_YEAR, MEASURE,
  column("divisor_years", "Years divided by", "number", { empty: "no data" }),
  column("divisor", "Divided by", "text", { empty: "no data" }),
  column("coverage", "Coverage"),
  // a year known to be $0 says why: each reason once, under the table
  column("known_zero", "Known to be $0", "text", { listed: true }),
  column("precision", "Precision"),
  SOURCES,
];

function status(b: StackedBar, r: AidAnswerRow): string {
  if (!b.placeholder && r.coverage.knownZeroYears.length === r.coverage.yearsInSpan) return "known zero";
  return b.placeholder ? placeholderWords(b) : b.partial ? "partial" : "complete";
}

/** The rows of periods without a record: greyed on the page. */
const noDataRows = (rows: readonly AidAnswerRow[]) => rows.flatMap((r, i) => (r.coverage.yearsWithData === 0 ? [i] : []));

function emphasisWord(b: StackedBar): string {
  return b.emphasis === "exact" ? "" : (EMPHASIS_NOTE[b.emphasis] ?? "");
}

/** A part's column: `<key>_usd`; the seed's stated totals (key "total") are `stated_total_usd`, so the bar's own
 * `total_usd` keeps its name and no column is named twice. */
const partColumn = (k: { key: string }) => (k.key === "total" ? "stated_total_usd" : `${k.key}_usd`);

export function aidDrawn(view: ViewState, aid: AidAnswer): DrawnChart {
  const { model, text } = buildAidChartModel(aid);
  const rows = barRows(aid);
  const perYear = aid.query.measure === "per-year";
  const unit = perYear ? "USD per year" : "USD";
  // per-year averages over the years with the economic/military split alone: their own columns, never a part
  const splitAvg = perYear && aid.query.series === "annual";
  const missing = aid.query.series === "seed" ? "not stated" : "no data";
  return {
    chart: "aid-by-period",
    view,
    text,
    layout: { direction: "col", grouping: "stacked", numberFormat: '"$"#,##0', axisTitle: unit === "USD" ? "US dollars" : "US dollars a year" },
    categories: model.bars.map(categoryLabel),
    series: stackedSeries(model),
    table: drawnTable(
      [
        ...SPAN_COLUMNS,
        column("figure", "Figure"),
        // the seed states some kinds only: "not stated" there, while "no data" means no records in the annual series
        ...model.keys.map((k) => usdColumn(partColumn(k), k.label, missing)),
        usdColumn("total_usd", "Total", missing),
        ...BASIS_COLUMNS,
        ...(splitAvg ? SPLIT_AVERAGE_COLUMNS : []),
      ],
      model.bars.map((b, i) => {
        const r = rows[i];
        const drawn = model.keys.map((k) => (b.placeholder ? null : (b.values[k.key] ?? null)));
        // the total the bar is labelled with: the period's total (one stated figure per bar in the seed series)
        const sum = drawn.some((v) => v !== null) ? drawn.reduce<number>((a, v) => a + (v ?? 0), 0) : null;
        const total = b.placeholder ? null : aid.query.series === "seed" ? sum : (r.total ?? sum);
        const split = r.splitYearsAverage;
        const splitCells = splitAvg ? (split ? [split.economic, split.military, split.years] : [null, null, null]) : [];
        return [b.label, r.period.from, r.period.to, status(b, r), emphasisWord(b), ...drawn, total, ...basisCells(r, unit), ...splitCells];
      }),
      {
        caption: `${text.title}: the numbers drawn (${text.subtitle})`,
        noData: noDataRows(model.bars.map((_, i) => rows[i])),
        span: { from: "from_fy", to: "to_fy" },
      },
    ),
  };
}

export function shareDrawn(view: ViewState, aid: AidAnswer): DrawnChart {
  const { model, text } = buildShareChartModel(aid, view.share);
  const percent = view.share === "percent";
  const unit = percent ? "percent of the period's aid" : aid.query.measure === "per-year" ? "USD per year" : "USD";
  return {
    chart: "military-share",
    view,
    text,
    layout: percent
      ? { direction: "col", grouping: "stacked", numberFormat: '0.0"%"', axisTitle: "Share of the period's aid (%)", max: 100 }
      : { direction: "col", grouping: "stacked", numberFormat: '"$"#,##0', axisTitle: "US dollars" },
    categories: model.bars.map(categoryLabel),
    series: stackedSeries(model),
    table: drawnTable(
      [
        ...SPAN_COLUMNS,
        ...(["economic", "military"] as const).map((k) => column(`${k}_drawn`, `${k === "economic" ? "Economic" : "Military"}, ${percent ? "% " : ""}drawn`, percent ? "percent" : "usd", { empty: "-" })),
        usdColumn("economic_usd", "Economic", "-"),
        usdColumn("military_usd", "Military", "-"),
        column("military_share_pct", "Military share", "percent", { empty: "-" }),
        // the bar's label in words ("military 36.6% ($27.4M of $74.8M)"): the row's own numbers, said again
        csvOnly("note", "Note"),
        ...BASIS_COLUMNS,
      ],
      model.bars.map((b, i) => {
        const r = aid.rows[i];
        const shown = b.placeholder === null;
        return [
          b.label, r.period.from, r.period.to, status(b, r),
          shown ? b.values.economic : null, shown ? b.values.military : null,
          shown ? r.economic : null, shown ? r.military : null,
          shown && r.militaryShare !== null ? Number((r.militaryShare * 100).toFixed(4)) : null,
          b.description,
          ...basisCells(r, unit),
        ];
      }),
      { caption: `${text.title}: the numbers drawn`, noData: noDataRows(aid.rows), span: { from: "from_fy", to: "to_fy" } },
    ),
  };
}
