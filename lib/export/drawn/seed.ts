// Chart 4 as drawn data: each seed figure against the Greenbook, as the difference (%) or in dollars. The chart's
// bar styles (exact, approximate, lower bound, earmarked) become series of their own with a legend entry each.
import { seedVsGreenbookFigureText } from "../../charts/captions";
import { PALETTE } from "../../charts/palette";
import { KIND_COLOR, SERIES_COLOR, buildSeedVsGreenbookModel, type DifferenceMark, type DifferenceModel } from "../../charts/seed-vs-greenbook/derive";
import { comparisonName, primaryComparison } from "../../charts/seed-vs-greenbook/rows";
import type { Reconciliation } from "../../reconcile";
import type { Kind, SeedPrecision } from "../../schema";
import type { ViewState } from "../../view";
import { hex, tint, type DrawnSeries, type DrawnChart } from "./types";

const PRECISIONS: { p: SeedPrecision; word: string | null; tint: number }[] = [
  { p: "exact", word: null, tint: 0 },
  { p: "approximate", word: "approximate", tint: 0.5 },
  { p: "lower-bound", word: "lower bound", tint: 0.3 },
  { p: "earmarked", word: "earmarked", tint: 0.65 },
];
const KIND_WORD: Record<Kind, string> = { economic: "Economic", military: "Military", total: "Total (all kinds)" };
const color = (v: string) => (PALETTE.light as Record<string, string>)[v] ?? PALETTE.light["--chart-unsplit"];

/** One series per kind (or one) and precision; a null slot (a programme's own row) has no value in any of them. */
function split(recs: readonly (Reconciliation | null)[], label: (k: Kind | null) => string, colorVar: (k: Kind) => string, byKind: boolean, value: (r: Reconciliation) => number | null): DrawnSeries[] {
  const kinds: (Kind | null)[] = byKind ? ["economic", "military", "total"] : [null];
  return kinds.flatMap((k) =>
    PRECISIONS.flatMap(({ p, word, tint: share }) => {
      const values = recs.map((r) => (r && r.figure.precision === p && (k === null || r.figure.kind === k) ? value(r) : null));
      if (values.every((v) => v === null)) return [];
      const base = color(colorVar(k ?? "total"));
      return [{ name: word ? `${label(k)} (${word})` : label(k), color: share ? tint(base, share) : hex(base), values }];
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
  const series = split(slots.map((x) => (x.secondary ? null : recs[x.i])), (k) => KIND_WORD[k ?? "total"], (k) => KIND_COLOR[k], true, (r) => primaryComparison(r).primary.differencePct);
  if (slots.some((x) => x.secondary))
    series.push({
      name: "Secondary comparison",
      color: hex(color("--chart-axis")),
      values: slots.map((x) => (x.secondary ? (primaryComparison(recs[x.i]).secondary?.differencePct ?? null) : null)),
    });
  return { categories: slots.map((x) => x.label), series };
}

export function seedDrawn(view: ViewState, recs: readonly Reconciliation[]): DrawnChart {
  const text = seedVsGreenbookFigureText(recs, undefined);
  const difference = view.compare !== "dollars";
  const model = buildSeedVsGreenbookModel(recs, "difference");
  const diff = difference ? differenceChart(recs, model) : null;
  const series: DrawnSeries[] = diff
    ? diff.series
    : [
        ...split(recs, () => "Seed figure", () => SERIES_COLOR.seed, false, (r) => r.figure.amount),
        { name: "Greenbook, same years and kind", color: hex(color(SERIES_COLOR.greenbook)), values: recs.map((r) => r.sameKind.greenbookAmount) },
        ...(recs.some((r) => r.programme)
          ? [{ name: "Greenbook, the named programme's accounts", color: hex(color(SERIES_COLOR.programme)), values: recs.map((r) => r.programme?.greenbookAmount ?? null) }]
          : []),
      ];
  return {
    chart: "seed-vs-greenbook",
    view,
    text,
    layout: difference
      ? { direction: "bar", grouping: "clustered", overlap: 100, numberFormat: '+0.0"%";-0.0"%";0"%"', axisTitle: "Greenbook minus seed, % of the seed figure" }
      : { direction: "bar", grouping: "clustered", numberFormat: '"$"#,##0', axisTitle: "Current US dollars" },
    categories: diff ? diff.categories : model.rows.map((r) => r.label),
    series,
    table: {
      header: [
        "figure", "stated_as", "seed_paragraph", "kind", "programme", "precision", "from_fy", "to_fy", "seed_usd", "greenbook_usd", "difference_usd",
        "difference_pct", "verdict", "programme_greenbook_usd", "programme_difference_pct", "units", "dollars", "coverage", "source_ids",
      ],
      rows: recs.map((r, i) => [
        model.rows[i].label, r.figure.statedAs, r.figure.paragraph, r.figure.kind, r.figure.programme, r.figure.precision, r.fiscalYears.from, r.fiscalYears.to,
        r.figure.amount, r.sameKind.greenbookAmount, r.sameKind.differenceUsd,
        r.sameKind.differencePct === null ? null : Number(r.sameKind.differencePct.toFixed(4)), r.sameKind.verdict ?? model.rows[i].status,
        r.programme?.greenbookAmount ?? null, r.programme?.differencePct == null ? null : Number(r.programme.differencePct.toFixed(4)),
        "USD", "nominal", `${r.fiscalYears.yearsWithData} of ${r.fiscalYears.yearsInSpan} years`, r.sourceIds.join(" "),
      ]),
    },
  };
}
