// Chart 4 as drawn data: each seed figure against the Greenbook, as the difference (%) or in dollars. The chart's
// bar styles (exact, approximate, lower bound, earmarked) become series of their own with a legend entry each.
import { seedVsGreenbookFigureText } from "../../charts/captions";
import { PALETTE } from "../../charts/palette";
import { KIND_COLOR, SERIES_COLOR, buildSeedVsGreenbookModel } from "../../charts/seed-vs-greenbook/derive";
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

function split(recs: readonly Reconciliation[], label: (k: Kind | null) => string, colorVar: (k: Kind) => string, byKind: boolean, value: (r: Reconciliation) => number | null): DrawnSeries[] {
  const kinds: (Kind | null)[] = byKind ? ["economic", "military", "total"] : [null];
  return kinds.flatMap((k) =>
    PRECISIONS.flatMap(({ p, word, tint: share }) => {
      const values = recs.map((r) => (r.figure.precision === p && (k === null || r.figure.kind === k) ? value(r) : null));
      if (values.every((v) => v === null)) return [];
      const base = color(colorVar(k ?? "total"));
      return [{ name: word ? `${label(k)} (${word})` : label(k), color: share ? tint(base, share) : hex(base), values }];
    }),
  );
}

export function seedDrawn(view: ViewState, recs: readonly Reconciliation[]): DrawnChart {
  const text = seedVsGreenbookFigureText(recs, undefined);
  const difference = view.compare !== "dollars";
  const model = buildSeedVsGreenbookModel(recs, "difference");
  const categories = model.rows.map((row) => (row.value === null ? `${row.label} (${row.status === "absolute-only" ? "absolute only" : "no records"})` : row.label));
  const series: DrawnSeries[] = difference
    ? split(recs, (k) => KIND_WORD[k ?? "total"], (k) => KIND_COLOR[k], true, (r) => r.sameKind.differencePct)
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
    categories: difference ? categories : model.rows.map((r) => r.label),
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
