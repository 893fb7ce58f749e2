// The page's one-sentence finding, computed from the data for the reader's view (range and dollars): how much the
// US obligated over the range, the phase of relations that took the largest share of it, and what flowed while
// relations were at their worst. The summary strip below the charts uses the same phase rows.
import { aggregateAnnual, type AidRow } from "./aggregate";
import type { Dataset } from "../data/dataset";
import { fyRange } from "./fiscal";
import { formatUsdShort } from "../util/format";
import { relationsPhasePeriods } from "./periods";
import type { ViewState } from "../view";
import { getCpi } from "./queries";

interface PhaseAid {
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

/** What each status of relations meant for aid, in the finding's words: "full relations" is the diplomatic status
 * (an open embassy), not a judgement of how close the two countries were. */
const STATUS_PHRASE: Record<string, { during: string; short: string }> = {
  normal: { during: "under full diplomatic relations, embassy open", short: "full diplomatic relations" },
  strained: { during: "while relations were strained", short: "relations strained" },
  restricted: { during: "while US law restricted aid", short: "aid restricted by law" },
  limited: { during: "with a US mission but no embassy", short: "mission but no embassy" },
  "no-mission": { during: "with no US presence", short: "no US presence" },
  severed: { during: "with relations severed", short: "relations severed" },
};
const phrase = (p: PhaseAid) => STATUS_PHRASE[p.row.period.status ?? ""] ?? { during: `(${p.statusWords})`, short: p.statusWords };

/** "FY1976-1991 (15 of 16 years known)": a phase's years, saying when some have no data */
const years = (r: AidRow) =>
  fyRange(r.period.from, r.period.to) + (r.coverage.partial ? ` (${r.coverage.yearsWithData} of ${r.coverage.yearsInSpan} years known)` : "");

const FINDING_MAX_WORDS = 25;
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * At most 25 words: "US aid to Cambodia, FY1955-2024: $4.7B (current dollars); 39% came in FY1970-1975 under full
 * diplomatic relations, embassy open; $0 in FY1966-1969, relations severed." The phase of the worst status is left out
 * where the sentence would run longer. Years known to be $0 count as known; null when the range has no known value.
 */
export function findingSentence(ds: Dataset, view: Pick<ViewState, "from" | "to" | "dollars" | "base" | "series">): string | null {
  const phases = phaseAid(ds, view).filter((p) => p.row.coverage.yearsWithData > 0 && p.row.total !== null);
  const total = phases.reduce((s, p) => s + (p.row.total ?? 0), 0);
  if (phases.length === 0) return null;
  const head = `US aid to Cambodia, ${fyRange(view.from, view.to)}: ${formatUsdShort(total)} (${dollarWords(view)}${view.series === "seed" ? ", annual series" : ""})`;
  const worst = phases.reduce((a, b) => (b.rank > a.rank ? b : a));
  if (total <= 0) return `${head}: no US aid could flow, ${phrase(worst).short}.`;
  if (phases.length === 1) return `${head}, all of it ${phrase(phases[0]).during}.`;
  const top = phases.reduce((a, b) => ((b.row.total ?? 0) > (a.row.total ?? 0) ? b : a));
  const share = Math.round(((top.row.total ?? 0) / total) * 100);
  const sentence = `${head}; ${share}% came in ${years(top.row)} ${phrase(top).during}`;
  // the phase of the worst status in the range (the first such phase), if it is not the top one and there is room
  if (worst !== top && worst.rank > top.rank) {
    const longer = `${sentence}; ${formatUsdShort(worst.row.total)} in ${years(worst.row)}, ${phrase(worst).short}.`;
    if (wordCount(longer) <= FINDING_MAX_WORDS) return longer;
  }
  return `${sentence}.`;
}
