// Shapes /api/aid views into the models of chart 1 (aid by period) and chart 2 (military versus economic).
import type { GroupBy } from "../aid";
import type { PartKey } from "../aid-parts";
import { fyRange } from "../fiscal";
import { formatUsdShort, percentText } from "../format";
import type { AidView, AidViewRow } from "../views";
import type { FigureTextData } from "./figure-text";
import { EMPHASIS_NOTE, stackExtent, type BarEmphasis, type BarMarker, type StackedBar, type StackedBarModel } from "./stacked-bars";

export function dollarBasis(q: AidView["query"]): string {
  const basis = q.dollars === "constant" ? `constant ${q.baseYear} US dollars (CPI-U)` : "current US dollars (nominal)";
  return `${basis}, ${q.measure === "per-year" ? "average per year with records" : "total per period"}`;
}

function emphasisOf(row: AidViewRow): BarEmphasis {
  if (row.precision === "includes-provisional") return "provisional";
  if (row.precision === "approximate" || row.precision === "lower-bound" || row.precision === "earmarked") return row.precision;
  return "exact";
}

function publisherLine(view: AidView): string {
  const pubs = [...new Set(view.meta.sources.map((s) => s.publisher))];
  return `Source${pubs.length > 1 ? "s" : ""}: ${pubs.join("; ")}.`;
}

/** Caption notes every view of the annual series needs: where the source changes, and the provisional year. */
export function seriesNotes(view: AidView): string[] {
  const out = view.meta.sourceChanges.map((c) => `Change of source after FY${c.afterFiscalYear}: ${c.note}`);
  if (view.rows.some((r) => r.precision === "includes-provisional"))
    out.push("FY2024 is provisional: the latest year of the ForeignAssistance.gov edition is incomplete, so its low total is not a measured collapse.");
  return out;
}

/** How each grouping reads in a title: "US aid to Cambodia by decade". */
export const GROUPING_WORDS: Record<GroupBy, string> = {
  year: "by fiscal year",
  decade: "by decade",
  "seed-period": "over the seed article's periods",
  "relations-phase": "by phase of relations",
  span: "over the chosen span",
};

export { fyRange };

/** Markers where the annual series changes source (between FY2020 and FY2021). */
export function sourceChangeMarkers(view: AidView): BarMarker[] {
  return view.meta.sourceChanges.flatMap((c) => {
    const i = view.rows.findIndex((r) => r.period.from > c.afterFiscalYear);
    if (i <= 0 || view.rows[i - 1].period.to > c.afterFiscalYear) return [];
    return [{ beforeIndex: i, label: "source changes: Greenbook | ForeignAssistance.gov" }];
  });
}

function rowDetails(row: AidViewRow, view: AidView): string[] {
  const out = [`Coverage: ${row.coverage.label}${row.coverage.partial ? " (partial)" : ""}.`];
  const note = EMPHASIS_NOTE[emphasisOf(row)];
  if (note) out.push(`Figure is ${note}.`);
  if (row.programme) out.push(`Programme: ${row.programme}.`);
  out.push(...row.notes);
  const pubs = view.meta.sources.filter((s) => row.sourceIds.includes(s.id)).map((s) => s.publisher);
  if (pubs.length) out.push(`Source: ${[...new Set(pubs)].join("; ")}.`);
  return out;
}

/** Only keys that carry a value somewhere, so the legend lists what is drawn. */
function drawnKeys(keys: readonly PartKey[], bars: readonly StackedBar[]): PartKey[] {
  return keys.filter((k) => bars.some((b) => (b.values[k.key] ?? 0) !== 0));
}

export function buildAidChartModel(view: AidView): { model: StackedBarModel; text: FigureTextData } {
  const q = view.query;
  const prefix = (r: AidViewRow) => (r.precision === "lower-bound" ? ">" : r.precision === "approximate" ? "~" : "");
  const bars: StackedBar[] =
    q.series === "seed"
      ? // The seed's figures overlap and are never added or stacked: one bar per figure.
        view.rows.flatMap((r) =>
          r.parts.flatMap((p) => {
            if (p.amount === null) return [];
            const key = view.meta.partKeys.find((k) => k.key === p.key);
            const word = EMPHASIS_NOTE[emphasisOf(r)];
            return [
              {
                id: `${r.period.id}-${p.key}`,
                label: `${r.period.label} ${r.programme ?? (p.key === "total" ? "total" : p.key)}`,
                values: { [p.key]: p.amount },
                placeholder: null,
                valueLabel: `${prefix(r)}${formatUsdShort(p.amount)}`,
                emphasis: emphasisOf(r),
                partial: false,
                description: `${key?.label ?? p.key}: ${formatUsdShort(p.amount)}${word ? ` (${word})` : ""}`,
                details: rowDetails(r, view),
              },
            ];
          }),
        )
      : view.rows.map((r) => {
          const values: Record<string, number | null> = {};
          for (const p of r.parts) values[p.key] = p.amount;
          const noData = r.coverage.yearsWithData === 0;
          const word = EMPHASIS_NOTE[emphasisOf(r)];
          return {
            id: r.period.id,
            label: r.period.label,
            values,
            placeholder: noData ? "no-data" : null,
            valueLabel: noData ? null : `${prefix(r)}${formatUsdShort(r.total ?? sumParts(r))}${r.coverage.partial ? "*" : ""}`,
            emphasis: emphasisOf(r),
            partial: r.coverage.partial,
            description: noData
              ? "no records in the sources for these years (no data, not zero)"
              : `${formatUsdShort(r.total ?? sumParts(r))}${word ? ` (${word})` : ""}, ${r.coverage.label}`,
            details: rowDetails(r, view),
          };
        });
  const keys = drawnKeys(view.meta.partKeys, bars);
  const extent = stackExtent(bars, keys);
  const series = q.series === "seed" ? "the seed article's own figures" : "annual obligations";
  const grouped = GROUPING_WORDS[q.groupBy];
  const split = { kind: "economic and military", programme: "programme", form: "grants and loans" }[q.split];
  const barTotal = (b: StackedBar) => Object.values(b.values).reduce<number>((a, v) => a + (v ?? 0), 0);
  const top = bars.filter((b) => !b.placeholder).reduce<StackedBar | null>((best, b) => (best === null || barTotal(b) > barTotal(best) ? b : best), null);
  const partial = view.rows.filter((r) => r.coverage.partial).length;
  const summary = top
    ? `${q.series === "seed" ? "The seed's largest figure" : "The largest amount"} is ${top.label}: ${top.valueLabel?.replace(/\*$/, "") ?? formatUsdShort(barTotal(top))}${q.measure === "per-year" ? " a year" : ""}.${partial ? ` ${partial} period${partial === 1 ? " has" : "s have"} years without records (partial).` : ""}`
    : "No records for this selection.";
  const model: StackedBarModel = {
    keys,
    bars,
    y: extent,
    formatTick: (n) => formatUsdShort(n).replace(",000,000", "M"),
    markers: q.series === "annual" ? sourceChangeMarkers(view) : [],
    highlight: null,
    title: `US aid to Cambodia ${grouped}, ${fyRange(q.from, q.to)}, split by ${split}`,
    description: `${bars.length} bars of ${series}, ${dollarBasis(q)}. ${summary}`,
  };
  return {
    model,
    text: {
      title: `How much: US aid to Cambodia ${grouped}`,
      subtitle: `${q.series === "seed" ? "Seed article figures" : "Obligations"}, ${fyRange(q.from, q.to)}; ${dollarBasis(q)}; split by ${split}`,
      summary,
      sourceLine: publisherLine(view),
      notes: [...seriesNotes(view), ...view.meta.notes],
    },
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sumParts(r: AidViewRow): number | null {
  const vals = r.parts.map((p) => p.amount).filter((v): v is number => v !== null);
  return vals.length ? vals.reduce((a, b) => a + b, 0) : null;
}

/** At least this much aid in a period before its military share is called out as the highest. */
export const SHARE_HIGHLIGHT_MIN_TOTAL = 10_000_000;

export function buildShareChartModel(view: AidView, mode: "percent" | "absolute"): { model: StackedBarModel; text: FigureTextData } {
  const q = view.query;
  const keys: PartKey[] = view.meta.partKeys.filter((k) => k.key === "economic" || k.key === "military");
  const bars: StackedBar[] = view.rows.map((r) => {
    const noData = r.coverage.yearsWithData === 0;
    const noSplit = !noData && r.coverage.splitYears === 0;
    const e = r.economic ?? 0;
    const m = r.military ?? 0;
    const share = r.militaryShare;
    const values =
      noData || noSplit || r.economic === null || r.military === null
        ? { economic: null, military: null }
        : mode === "percent"
          ? { economic: e + m === 0 ? 0 : (100 * e) / (e + m), military: e + m === 0 ? 0 : (100 * m) / (e + m) }
          : { economic: e, military: m };
    const partialSplit = !noData && !noSplit && r.coverage.splitYears < r.coverage.yearsWithData;
    return {
      id: r.period.id,
      label: r.period.label,
      values,
      placeholder: noData ? "no-data" : noSplit ? "no-split" : null,
      placeholderLabel: noSplit && q.series === "seed" ? "one kind stated" : undefined,
      valueLabel: share === null || noSplit ? null : mode === "percent" ? percentText(share * 100, { digits: 0 }) : formatUsdShort(e + m),
      emphasis: emphasisOf(r),
      partial: r.coverage.partial,
      description: noData
        ? "no records (no data, not zero)"
        : noSplit
          ? q.series === "seed"
            ? "the seed states this period's figure for one kind only (or as a total)"
            : "total only: the source gives no economic/military split"
          : `military ${share === null ? "n/a" : percentText(share * 100, { digits: 1 })} (${formatUsdShort(m)} of ${formatUsdShort(e + m)})${partialSplit ? `; split known for ${r.coverage.splitYears} of ${r.coverage.yearsWithData} years with records` : ""}`,
      details: rowDetails(r, view),
    };
  });
  let highlight: StackedBarModel["highlight"] = null;
  view.rows.forEach((r, i) => {
    if (r.militaryShare === null || (r.economic ?? 0) + (r.military ?? 0) < SHARE_HIGHLIGHT_MIN_TOTAL) return;
    if (!highlight || r.militaryShare > (view.rows[highlight.index].militaryShare ?? 0))
      highlight = { index: i, text: `highest: ${percentText(r.militaryShare * 100, { digits: 0 })} military` };
  });
  const extent = mode === "percent" ? { min: 0, max: 100, ticks: [0, 25, 50, 75, 100] } : stackExtent(bars, keys);
  const h = highlight as StackedBarModel["highlight"];
  const summary = h
    ? `Military aid's largest share was ${percentText((view.rows[h.index].militaryShare ?? 0) * 100, { digits: 0 })} in ${view.rows[h.index].period.label} (among periods with at least ${formatUsdShort(SHARE_HIGHLIGHT_MIN_TOTAL)}).`
    : "No period in this selection has an economic/military split.";
  return {
    model: {
      keys,
      bars,
      y: extent,
      formatTick: mode === "percent" ? (n) => percentText(n) : (n) => formatUsdShort(n),
      markers: q.series === "annual" ? sourceChangeMarkers(view) : [],
      highlight: h,
      title: `Military versus economic aid ${mode === "percent" ? "as shares of each period" : "in dollars"}, ${fyRange(q.from, q.to)}`,
      description: summary,
    },
    text: {
      title: "In what form: military versus economic aid",
      subtitle: `${mode === "percent" ? "Share of each period's aid (100% stacked)" : capitalise(dollarBasis(q))}${q.series === "annual" ? "; FY2021 on has no split" : "; the seed article's figures"}`,
      summary,
      sourceLine: publisherLine(view),
      notes: [
        ...(q.series === "annual" ? ["ForeignAssistance.gov gives totals only for FY2021-2024: those years show as \"no split available\"."] : []),
        ...seriesNotes(view),
        ...view.meta.notes,
      ],
    },
  };
}
