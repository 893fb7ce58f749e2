// Chart 4 as drawn data: each seed figure against the Greenbook, as the difference (%) or in dollars. In the difference
// view the chart's bar styles (exact, approximate, lower bound, earmarked) become series of their own with a legend
// entry each; in dollars, two series (seed, Greenbook) side by side, the precision in each row's label.
import { seedVsGreenbookFigureText } from "../../charts/captions";
import { PALETTE } from "../../charts/palette";
import { KIND_COLOR, SERIES_COLOR, buildSeedVsGreenbookModel, type DifferenceMark, type DifferenceModel } from "../../charts/seed-vs-greenbook/derive";
import { comparisonName, primaryComparison } from "../../charts/seed-vs-greenbook/rows";
import type { Reconciliation } from "../../aid/reconcile";
import type { Kind, SeedPrecision } from "../../data/schema";
import type { ViewState } from "../../view";
import { column, DOLLARS, FROM_FY, SOURCES, TO_FY, UNITS, usdColumn } from "./columns";
import { drawnTable, hex, tint, type DrawnSeries, type DrawnChart } from "./types";

const PRECISIONS: { p: SeedPrecision; word: string | null; tint: number }[] = [
  { p: "exact", word: null, tint: 0 },
  { p: "approximate", word: "approximate", tint: 0.5 },
  { p: "lower-bound", word: "lower bound", tint: 0.3 },
  { p: "earmarked", word: "earmarked", tint: 0.65 },
];
const KIND_WORD: Record<Kind, string> = { economic: "Economic", military: "Military", total: "Total (all kinds)" };
const color = (v: string) => (PALETTE.light as Record<string, string>)[v] ?? PALETTE.light["--chart-unsplit"];

/** One series per kind and precision (the difference view's bars overlap fully, so a slot each leaves no gap); a null
 * slot (a secondary comparison's row) has no value in any of them. */
function split(recs: readonly (Reconciliation | null)[], value: (r: Reconciliation) => number | null): DrawnSeries[] {
  return (["economic", "military", "total"] as const).flatMap((k) =>
    PRECISIONS.flatMap(({ p, word, tint: share }) => {
      const values = recs.map((r) => (r && r.figure.precision === p && r.figure.kind === k ? value(r) : null));
      if (values.every((v) => v === null)) return [];
      const base = color(KIND_COLOR[k]);
      return [{ name: word ? `${KIND_WORD[k]} (${word})` : KIND_WORD[k], color: share ? tint(base, share) : hex(base), values }];
    }),
  );
}

/** The difference view as drawn: a row per seed figure whose bar is its primary comparison (PRIMARY_RULE), and, where
 * there is one, a row of the secondary comparison right under it (the screen's diamond on the same row), so each bar
 * stands alone and stays editable. Rows without a percentage say why in their label, as the screen does. */
function differenceChart(recs: readonly Reconciliation[], model: DifferenceModel): { categories: string[]; series: DrawnSeries[] } {
  const why = (m: DifferenceMark) => (m.value === null ? ` (${m.short})` : "");
  const slots = model.rows.flatMap((row, i) => [
    { i, secondary: false, label: `${row.label}${row.primaryIs === "programme" ? `: ${comparisonName(recs[i], "programme")} accounts` : ""}${why(row)}` },
    ...(row.secondaryMark ? [{ i, secondary: true, label: `${row.label}: ${row.secondaryMark.label}${why(row.secondaryMark)}` }] : []),
  ]);
  const series = split(slots.map((x) => (x.secondary ? null : recs[x.i])), (r) => primaryComparison(r).primary.differencePct);
  if (slots.some((x) => x.secondary))
    series.push({
      name: "Secondary comparison",
      color: hex(color("--chart-axis")),
      values: slots.map((x) => (x.secondary ? (primaryComparison(recs[x.i]).secondary?.differencePct ?? null) : null)),
    });
  return { categories: slots.map((x) => x.label), series };
}

/** The dollars view as drawn: one row per comparison (a figure's primary one, then its secondary one right under it,
 * as in the difference view) and two series, the seed figure and the Greenbook amount the row names, so every category
 * has exactly its two bars side by side and none an empty slot. A figure's precision is in its rows' labels ("(seed:
 * lower bound)") and the bars carry their dollar values, so every number and its precision reads on the slide. */
function dollarsChart(recs: readonly Reconciliation[], model: DifferenceModel): { categories: string[]; series: DrawnSeries[] } {
  const slots = model.rows.flatMap((row, i) => {
    const r = recs[i];
    const { primary, secondary, primaryIs } = primaryComparison(r);
    const word = PRECISIONS.find((x) => x.p === r.figure.precision)?.word;
    const seed = word ? ` (seed: ${word})` : "";
    return [
      { label: `${row.label}${primaryIs === "programme" ? `: ${comparisonName(r, "programme")} accounts` : ""}${seed}`, seed: r.figure.amount, greenbook: primary.greenbookAmount },
      ...(secondary ? [{ label: `${row.label}: ${comparisonName(r, primaryIs === "programme" ? "same-kind" : "programme")}${primaryIs === "programme" ? "" : " accounts"}${seed}`, seed: r.figure.amount, greenbook: secondary.greenbookAmount }] : []),
    ];
  });
  return {
    categories: slots.map((x) => (x.greenbook === null ? `${x.label} (no Greenbook records)` : x.label)),
    series: [
      { name: "Seed figure", color: hex(color(SERIES_COLOR.seed)), values: slots.map((x) => x.seed) },
      { name: "Greenbook, the accounts the row names", color: hex(color(SERIES_COLOR.greenbook)), values: slots.map((x) => x.greenbook) },
    ],
  };
}

const SEED_COLUMNS = [
  column("figure", "Figure"), column("stated_as", "The seed says"), column("seed_paragraph", "Seed paragraph", "number"), column("kind", "Kind"),
  column("programme", "Programme", "text", { empty: "none named" }), column("precision", "Precision"), FROM_FY, TO_FY,
  usdColumn("seed_usd", "Seed amount"), usdColumn("greenbook_usd", "Greenbook, same years and kind", "no records"),
  column("difference_usd", "Greenbook minus seed", "usd-signed", { empty: "no records" }),
  column("difference_pct", "Greenbook minus seed, %", "percent-signed", { empty: "none" }), column("verdict", "Verdict"),
  usdColumn("programme_greenbook_usd", "Named programme's accounts in the Greenbook", "none named"),
  column("programme_difference_pct", "Programme's accounts minus seed, %", "percent-signed", { empty: "none" }),
  column("primary_comparison", "Primary comparison (the bar)"), column("bar_label", "Label in the difference view"),
  UNITS, DOLLARS, column("coverage", "Greenbook years with records"), SOURCES,
];

export function seedDrawn(view: ViewState, recs: readonly Reconciliation[]): DrawnChart {
  const text = seedVsGreenbookFigureText(recs, undefined);
  const difference = view.compare !== "dollars";
  const model = buildSeedVsGreenbookModel(recs, "difference");
  const drawn = difference ? differenceChart(recs, model) : dollarsChart(recs, model);
  return {
    chart: "seed-vs-greenbook",
    view,
    text,
    layout: difference
      ? { direction: "bar", grouping: "clustered", overlap: 100, numberFormat: '+0.0"%";-0.0"%";0"%"', axisTitle: "Greenbook minus seed, % of the seed figure" }
      : { direction: "bar", grouping: "clustered", numberFormat: '"$"#,##0', axisTitle: "Current US dollars", valueLabels: true },
    categories: drawn.categories,
    series: drawn.series,
    table: drawnTable(SEED_COLUMNS, recs.map((r, i) => {
      const row = model.rows[i];
      return [
        row.label, r.figure.statedAs, r.figure.paragraph, r.figure.kind, r.figure.programme, r.figure.precision, r.fiscalYears.from, r.fiscalYears.to,
        r.figure.amount, r.sameKind.greenbookAmount, r.sameKind.differenceUsd,
        r.sameKind.differencePct === null ? null : Number(r.sameKind.differencePct.toFixed(4)), r.sameKind.verdict ?? row.status,
        r.programme?.greenbookAmount ?? null, r.programme?.differencePct == null ? null : Number(r.programme.differencePct.toFixed(4)),
        row.primaryIs === "programme" ? `${comparisonName(r, "programme")} accounts` : comparisonName(r, "same-kind"),
        `${row.text}${row.secondaryMark ? `; ${row.secondaryMark.text}` : ""}`,
        "USD", "nominal", `${r.fiscalYears.yearsWithData} of ${r.fiscalYears.yearsInSpan} years`, r.sourceIds.join(" "),
      ];
    }), { caption: "Every aid figure in the seed article, checked against USAID Greenbook obligations (current dollars): the numbers drawn" }),
  };
}
