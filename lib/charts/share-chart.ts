// Chart 3, "In what form": military versus economic aid per period, as 100% bars or amounts. A share computed from
// only some of a period's years says so on its bar; the highest share is called out with its rule beside it; the
// subtitle and notes name the years without a split only where the view has them.
import type { PartKey } from "../aid/parts";
import { fyRange } from "../aid/fiscal";
import { formatUsdShort, percentText } from "../util/format";
import type { AidResponse } from "../api/response-schemas";
import { areaRule, capitalise, dollarBasis, emphasisOf, PER_YEAR_SUFFIX, publisherLine, rowDetails, seriesNotes, sourceChangeMarkers, timeSpan } from "./aid-charts";
import type { FigureTextData } from "./figure-text";
import { stackExtent, type StackedBar, type StackedBarModel } from "./stacked-bars";

/** At least this much aid in a period (in the dollars shown) before its military share is called out as the highest. */
export const SHARE_HIGHLIGHT_MIN_TOTAL = 10_000_000;

/** A share for a bar label: whole percent, but never "0%" or "100%" for a share that is neither. */
function shareLabel(share: number): string {
  const p = share * 100;
  if (p > 0 && p < 0.5) return "<1%";
  if (p < 100 && p > 99.5) return ">99%";
  return percentText(p, { digits: 0 });
}

/** "FY2021-2024", or the years one by one where they are not consecutive. */
export function yearsText(years: readonly number[]): string {
  if (years.length === 0) return "";
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  return consecutive ? fyRange(years[0], years[years.length - 1]) : years.map((y) => `FY${y}`).join(", ");
}

export function buildShareChartModel(answer: AidResponse, mode: "percent" | "absolute"): { model: StackedBarModel; text: FigureTextData } {
  const q = answer.query;
  const keys: PartKey[] = answer.meta.partKeys.filter((k) => k.key === "economic" || k.key === "military");
  const bars: StackedBar[] = answer.rows.map((r) => {
    const noData = r.coverage.yearsWithData === 0;
    const noSplit = !noData && r.coverage.splitYears === 0;
    const allZero = !noData && r.coverage.knownZeroYears.length === r.coverage.yearsInSpan;
    const e = r.economic ?? 0;
    const m = r.military ?? 0;
    const share = r.militaryShare;
    const values =
      noData || noSplit || r.economic === null || r.military === null
        ? { economic: null, military: null }
        : mode === "percent"
          ? { economic: e + m === 0 ? 0 : (100 * e) / (e + m), military: e + m === 0 ? 0 : (100 * m) / (e + m) }
          : { economic: e, military: m };
    // the share rests on only some of the period's years: no records for some, or no split for some
    const partialShare = !noData && !noSplit && r.coverage.splitYears < r.coverage.yearsInSpan;
    const star = partialShare ? "*" : "";
    return {
      id: r.period.id,
      label: r.period.label,
      values,
      placeholder: noData ? "no-data" : noSplit ? "no-split" : null,
      placeholderLabel: noSplit && q.series === "seed" ? "one kind stated" : undefined,
      valueLabel: share === null || noSplit ? null : `${mode === "percent" ? shareLabel(share) : `${formatUsdShort(e + m)}${q.measure === "per-year" ? PER_YEAR_SUFFIX : ""}`}${star}`,
      emphasis: emphasisOf(r),
      partial: partialShare,
      description: noData
        ? "no records (no data, not zero)"
        : allZero
          ? "no aid: $0, because no US aid could flow (a known zero)"
          : noSplit
          ? q.series === "seed"
            ? "the seed states this period's figure for one kind only (or as a total)"
            : "total only: the source gives no economic/military split"
          : `military ${share === null ? "n/a" : percentText(share * 100, { digits: 1 })} (${formatUsdShort(m)} of ${formatUsdShort(e + m)})${partialShare ? `; share from the ${r.coverage.splitYears} of ${r.coverage.yearsInSpan} years with an economic/military split` : ""}`,
      details: rowDetails(r, answer),
      // shares are rates, drawn as they are; amounts of a period's total are drawn a year, as in chart 1
      ...(q.series === "annual" ? timeSpan(r, mode === "percent" ? "per-year" : q.measure) : {}),
    };
  });
  const rule = `of periods with at least ${formatUsdShort(SHARE_HIGHLIGHT_MIN_TOTAL)}${q.dollars === "constant" ? ` in ${q.baseYear} dollars` : ""}`;
  let highlight: StackedBarModel["highlight"] = null;
  let top = -1;
  answer.rows.forEach((r, i) => {
    if (r.militaryShare === null || r.coverage.splitYears === 0 || (r.economic ?? 0) + (r.military ?? 0) < SHARE_HIGHLIGHT_MIN_TOTAL) return;
    if (top >= 0 && r.militaryShare <= (answer.rows[top].militaryShare ?? 0)) return;
    top = i;
    const pct = shareLabel(r.militaryShare);
    highlight = { index: i, text: `highest: ${pct} military (${rule})`, shorter: [`highest: ${pct} military (≥ ${formatUsdShort(SHARE_HIGHLIGHT_MIN_TOTAL)})`, `max ${pct} mil. (≥ $10M)`] };
  });
  const h = highlight as StackedBarModel["highlight"];
  const summary = h
    ? `Military aid's largest share was ${shareLabel(answer.rows[h.index].militaryShare ?? 0)} in ${answer.rows[h.index].period.label}, the highest ${rule}${q.dollars === "constant" ? " (the cut-off is in the dollars shown, so another dollar basis may name another period)" : ""}.`
    : "No period in this selection has an economic/military split.";
  const unsplit = yearsText(answer.meta.unsplitYears);
  const partialShares = bars.filter((b) => b.partial && b.valueLabel).length;
  const extent = mode === "percent" ? { min: 0, max: 100, ticks: [0, 25, 50, 75, 100] } : stackExtent(bars, keys);
  return {
    model: {
      keys,
      bars,
      y: extent,
      formatTick: mode === "percent" ? (n) => percentText(n) : (n) => `${formatUsdShort(n)}${q.series === "annual" && n !== 0 ? PER_YEAR_SUFFIX : ""}`,
      timeAxis: q.series === "annual",
      assumptions: areaRule(bars),
      formatValue: mode === "percent" ? (n) => percentText(n, { digits: 1 }) : (n) => formatUsdShort(n),
      partialLabel: "* Share from only some of the period's years (the others have no records or no economic/military split)",
      markers: q.series === "annual" ? sourceChangeMarkers(answer) : [],
      highlight: h,
      title: `Military versus economic aid ${mode === "percent" ? "as shares of each period" : "in dollars"}, ${fyRange(q.from, q.to)}`,
      description: summary,
    },
    text: {
      title: "In what form: military versus economic aid",
      subtitle: `${mode === "percent" ? "Share of each period's aid (100% stacked)" : capitalise(dollarBasis(q))}${q.series === "seed" ? "; the seed article's figures" : unsplit ? `; ${unsplit} ${answer.meta.unsplitYears.length === 1 ? "has" : "have"} no split` : ""}`,
      summary: `${summary}${partialShares ? ` ${partialShares} share${partialShares === 1 ? " rests" : "s rest"} on only some of the period's years (marked *).` : ""}`,
      sourceLine: publisherLine(answer),
      notes: [
        ...(unsplit ? [`ForeignAssistance.gov gives totals only for ${unsplit}: those years have no economic/military split, so shares leave them out.`] : []),
        ...seriesNotes(answer),
        ...answer.meta.notes,
      ],
    },
  };
}
