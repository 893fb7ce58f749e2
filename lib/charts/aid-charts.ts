// Shapes /api/aid views into the model of chart 1 (aid by period), and the texts chart 1 and chart 3 (military share,
// share-chart.ts) both use: dollar basis, notes, source-change markers, tooltip details.
import type { PartKey } from "../aid/parts";
import { fyRange } from "../aid/fiscal";
import { GROUPING_WORDS } from "./registry";
import { formatUsdShort } from "../util/format";
import type { AidResponse, AidResponseRow } from "../api/response-schemas";
import type { FigureTextData } from "./figure-text";
import { AREA_RULE, EMPHASIS_NOTE, stackExtent, type BarEmphasis, type BarMarker, type StackedBar, type StackedBarModel } from "./stacked-bars";

/** Written after a per-year bar's value ("$27.9M/yr"). */
export const PER_YEAR_SUFFIX = "/yr";

/** How a per-year average was divided, in the words of a subtitle. */
function averageWords(q: AidResponse["query"]): string {
  if (q.series === "seed") return "average per year of each figure's span";
  return q.averageOver === "every-year"
    ? "average per year over every year of the period (assumption: years without records count as no aid)"
    : "average per year over the years with known values";
}

export function dollarBasis(q: AidResponse["query"]): string {
  const basis = q.dollars === "constant" ? `constant ${q.baseYear} US dollars (CPI-U)` : "current US dollars (nominal)";
  return `${basis}, ${q.measure === "per-year" ? averageWords(q) : "total per period"}`;
}

/** The legend's statement of the every-year assumption, where the view makes it. */
function averageAssumptions(q: AidResponse["query"]): string[] {
  return q.measure === "per-year" && q.series === "annual" && q.averageOver === "every-year"
    ? ["Assumption: per-year averages divide by every year of the period; years without records count as no aid ($0)."]
    : [];
}

export function emphasisOf(row: AidResponseRow): BarEmphasis {
  if (row.precision === "includes-provisional") return "provisional";
  if (row.precision === "approximate" || row.precision === "lower-bound" || row.precision === "earmarked") return row.precision;
  return "exact";
}

export function publisherLine(answer: AidResponse): string {
  const pubs = [...new Set(answer.meta.sources.map((s) => s.publisher))];
  return `Source${pubs.length > 1 ? "s" : ""}: ${pubs.join("; ")}.`;
}

/** Caption notes every view of the annual series needs: where the source changes, and the provisional year. */
export function seriesNotes(answer: AidResponse): string[] {
  const out = answer.meta.sourceChanges.map((c) => `Change of source after FY${c.afterFiscalYear}: ${c.note}`);
  if (answer.rows.some((r) => r.precision === "includes-provisional"))
    out.push("FY2024 is provisional: the latest year of the ForeignAssistance.gov edition is incomplete, so its low total is not a measured collapse.");
  return out;
}

export { GROUPING_WORDS };

export { fyRange };

/** Markers where the annual series changes source (between FY2020 and FY2021). */
export function sourceChangeMarkers(answer: AidResponse): BarMarker[] {
  return answer.meta.sourceChanges.flatMap((c) => {
    const i = answer.rows.findIndex((r) => r.period.from > c.afterFiscalYear);
    if (i <= 0 || answer.rows[i - 1].period.to > c.afterFiscalYear) return [];
    return [{ beforeIndex: i, label: "source changes: Greenbook | ForeignAssistance.gov", shorter: ["source change: Greenbook | FA.gov", "Greenbook | FA.gov"] }];
  });
}

export function rowDetails(row: AidResponseRow, answer: AidResponse): string[] {
  const out = [`Coverage: ${row.coverage.label}${row.coverage.partial ? " (partial)" : ""}.`];
  if (row.divisor) out.push(`${capitalise(row.divisor.label)}.`);
  const note = EMPHASIS_NOTE[emphasisOf(row)];
  if (note) out.push(`${capitalise(note)}.`);
  if (row.programme) out.push(`Programme: ${row.programme}.`);
  out.push(...row.notes);
  const pubs = answer.meta.sources.filter((s) => row.sourceIds.includes(s.id)).map((s) => s.publisher);
  if (pubs.length) out.push(`Source: ${[...new Set(pubs)].join("; ")}.`);
  return out;
}

/** Only keys that carry a value somewhere, so the legend lists what is drawn. */
function drawnKeys(keys: readonly PartKey[], bars: readonly StackedBar[]): PartKey[] {
  return keys.filter((k) => bars.some((b) => (b.values[k.key] ?? 0) !== 0));
}

export function buildAidChartModel(answer: AidResponse): { model: StackedBarModel; text: FigureTextData } {
  const q = answer.query;
  const prefix = (r: AidResponseRow) => (r.precision === "lower-bound" ? ">" : r.precision === "approximate" ? "~" : "");
  const perYear = q.measure === "per-year" ? PER_YEAR_SUFFIX : "";
  const bars: StackedBar[] =
    q.series === "seed"
      ? // The seed's figures overlap and are never added or stacked: one bar per figure.
        answer.rows.flatMap((r) =>
          r.parts.flatMap((p) => {
            if (p.amount === null) return [];
            const key = answer.meta.partKeys.find((k) => k.key === p.key);
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
                description: `${key?.label ?? p.key}: ${formatUsdShort(p.amount)}${r.divisor ? ` ${r.divisor.label}` : ""}${word ? ` (${word})` : ""}`,
                details: rowDetails(r, answer),
              },
            ];
          }),
        )
      : answer.rows.map((r) => {
          const values: Record<string, number | null> = {};
          for (const p of r.parts) values[p.key] = p.amount;
          const noData = r.coverage.yearsWithData === 0;
          const allZero = !noData && r.coverage.knownZeroYears.length === r.coverage.yearsInSpan;
          const word = EMPHASIS_NOTE[emphasisOf(r)];
          return {
            id: r.period.id,
            label: r.period.label,
            values,
            placeholder: noData ? "no-data" : null,
            // a per-year bar says so on its own label, so a cropped bar cannot be quoted as a period's total
            valueLabel: noData ? null : `${prefix(r)}${formatUsdShort(r.total ?? sumParts(r))}${perYear}${r.coverage.partial ? "*" : ""}`,
            emphasis: emphasisOf(r),
            partial: r.coverage.partial,
            description: noData
              ? "no records in the sources for these years (no data, not zero)"
              : allZero
                ? "$0: no US aid could flow (a known zero, not missing data)"
                : `${formatUsdShort(r.total ?? sumParts(r))}${r.divisor ? ` ${r.divisor.label}` : ""}${word ? ` (${word})` : ""}, ${r.coverage.label}`,
            details: rowDetails(r, answer),
            ...timeSpan(r, q.measure),
          };
        });
  const keys = drawnKeys(answer.meta.partKeys, bars);
  const extent = stackExtent(bars, keys);
  const perYearAxis = bars.some((b) => (b.heightDivisor ?? 1) > 1) || (q.measure === "per-year" && q.series === "annual");
  const series = q.series === "seed" ? "the seed article's own figures" : "annual obligations";
  const grouped = GROUPING_WORDS[q.groupBy];
  const split = { kind: "economic and military", programme: "programme", form: "grants and loans" }[q.split];
  const barTotal = (b: StackedBar) => Object.values(b.values).reduce<number>((a, v) => a + (v ?? 0), 0);
  const top = bars.filter((b) => !b.placeholder).reduce<StackedBar | null>((best, b) => (best === null || barTotal(b) > barTotal(best) ? b : best), null);
  const partial = answer.rows.filter((r) => r.coverage.partial).length;
  const allZero = answer.rows.length > 0 && answer.rows.every((r) => r.coverage.knownZeroYears.length === r.coverage.yearsInSpan);
  const summary = allZero
    ? `No US aid could flow in ${fyRange(q.from, q.to)}: each year is a known $0.`
    : top
      ? `${q.series === "seed" ? "The seed's largest figure" : "The largest amount"} is ${top.label}: ${top.valueLabel?.replace(/\*$/, "").replace(PER_YEAR_SUFFIX, "") ?? formatUsdShort(barTotal(top))}${q.measure === "per-year" ? " a year" : ""}.${partial ? ` ${partial} period${partial === 1 ? " has" : "s have"} years without records (partial).` : ""}`
      : "No records for this selection.";
  const model: StackedBarModel = {
    keys,
    bars,
    y: extent,
    formatTick: (n) => `${formatUsdShort(n).replace(",000,000", "M")}${perYearAxis && n !== 0 ? PER_YEAR_SUFFIX : ""}`,
    formatValue: (n) => formatUsdShort(n),
    timeAxis: q.series === "annual",
    partialLabel:
      q.measure === "per-year" && q.averageOver !== "every-year"
        ? "* Partial: some years of the period have no records; the average divides by the years that have them"
        : undefined,
    assumptions: [...averageAssumptions(q), ...areaRule(bars)],
    markers: q.series === "annual" ? sourceChangeMarkers(answer) : [],
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
      sourceLine: publisherLine(answer),
      notes: [...seriesNotes(answer), ...answer.meta.notes],
    },
  };
}

/** A bar of the annual series stands over its period's fiscal years; a period's total is drawn a year, so a long
 * period does not look bigger than its number (its area is the total; its label gives the total). */
export function timeSpan(r: AidResponseRow, measure: AidResponse["query"]["measure"]): Pick<StackedBar, "span" | "heightDivisor"> {
  return { span: { from: r.period.from, to: r.period.to }, heightDivisor: measure === "total" ? r.period.to - r.period.from + 1 : 1 };
}

/** The legend's statement of the area rule, where a bar is drawn a year. */
export function areaRule(bars: readonly StackedBar[]): string[] {
  return bars.some((b) => (b.heightDivisor ?? 1) > 1) ? [AREA_RULE] : [];
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sumParts(r: AidResponseRow): number | null {
  const vals = r.parts.map((p) => p.amount).filter((v): v is number => v !== null);
  return vals.length ? vals.reduce((a, b) => a + b, 0) : null;
}


// Chart 3's model lives in share-chart.ts (which uses the texts above, at call time only); it stays importable from
// here, where callers found it before the split.
export { buildShareChartModel, SHARE_HIGHLIGHT_MIN_TOTAL } from "./share-chart";
