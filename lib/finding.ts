// The page's one-sentence finding, computed from the data for the reader's view (range and dollars): how much the
// US obligated over the range, the phase of relations that took the largest share of it, and what flowed while
// relations were at their worst. The summary strip below the charts uses the same phase rows.
import { aggregateAnnual, type AidRow } from "./aid";
import type { Dataset } from "./dataset";
import { fyRange } from "./fiscal";
import { formatUsdShort } from "./format";
import { relationsPhasePeriods } from "./periods";
import type { ViewState } from "./view";
import { getCpi } from "./views";

export interface PhaseAid {
  row: AidRow;
  /** "full relations" */
  statusWords: string;
  /** the phase's own name, "Khmer Republic and war" */
  phaseName: string;
  rank: number;
}

/** Words of a view's dollar basis: "current dollars" or "constant 2020 dollars". */
export function dollarWords(view: Pick<ViewState, "dollars" | "base">): string {
  return view.dollars === "constant" ? `constant ${view.base} dollars` : "current dollars";
}

/** Aid (totals) in each phase of relations that the view's fiscal years touch, in the view's dollars. */
export function phaseAid(ds: Dataset, view: Pick<ViewState, "from" | "to" | "dollars" | "base">): PhaseAid[] {
  const opts = { dollars: view.dollars, baseYear: view.dollars === "constant" ? view.base : null, measure: "total", cpi: getCpi(ds) } as const;
  const rows = aggregateAnnual(ds.annual.rows, relationsPhasePeriods(ds.relations, view.from, view.to), opts);
  const scale = new Map(ds.relations.scale.map((s) => [s.status, s]));
  const segments = new Map(ds.relations.segments.map((s) => [s.id, s]));
  return rows.map((row) => {
    const status = scale.get(row.period.status ?? "");
    return {
      row,
      statusWords: status ? status.label.toLowerCase() : "not covered by sourced events",
      phaseName: segments.get(row.period.id)?.label ?? "after the last sourced event",
      rank: status?.rank ?? -1,
    };
  });
}

/** "the 16 years FY1976-1991 (11 with records)" */
const years = (r: AidRow) =>
  `${r.coverage.yearsInSpan === 1 ? "the year" : `the ${r.coverage.yearsInSpan} years`} ${fyRange(r.period.from, r.period.to)}` +
  (r.coverage.partial ? ` (${r.coverage.yearsWithData} with records)` : "");

/**
 * "The US obligated $4.7B to Cambodia in FY1955-2024 (current dollars); 39% of it, $1.83B, came in the 6 years
 * FY1970-1975 of full relations (Restored ties and the 1970-75 war), against $66.5M in the 16 years FY1976-1991 (11
 * with records) of no mission." Null when the range has no records.
 */
export function findingSentence(ds: Dataset, view: Pick<ViewState, "from" | "to" | "dollars" | "base" | "series">): string | null {
  const phases = phaseAid(ds, view).filter((p) => p.row.coverage.yearsWithData > 0 && p.row.total !== null);
  const total = phases.reduce((s, p) => s + (p.row.total ?? 0), 0);
  if (phases.length === 0) return null;
  const range = fyRange(view.from, view.to);
  const head = `The US obligated ${formatUsdShort(total)} to Cambodia in ${range} (${dollarWords(view)}${view.series === "seed" ? ", annual series" : ""})`;
  if (phases.length === 1 || total <= 0) return `${head}, all of it in a phase of ${phases[0].statusWords}.`;
  const top = phases.reduce((a, b) => ((b.row.total ?? 0) > (a.row.total ?? 0) ? b : a));
  const share = Math.round(((top.row.total ?? 0) / total) * 100);
  let sentence = `${head}; ${share}% of it, ${formatUsdShort(top.row.total)}, came in ${years(top.row)} of ${top.statusWords} (${top.phaseName})`;
  // the phase of the worst status in the range (the first such phase), if it is not the top one
  const worst = phases.reduce((a, b) => (b.rank > a.rank ? b : a));
  if (worst !== top && worst.rank > top.rank) sentence += `, against ${formatUsdShort(worst.row.total)} in ${years(worst.row)} of ${worst.statusWords}`;
  return `${sentence}.`;
}
