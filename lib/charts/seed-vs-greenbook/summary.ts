// Sentences about chart 4 for the figure's caption and the chart's accessible name, counted on each figure's primary
// comparison only (rows.ts PRIMARY_RULE), so a figure never counts as agreeing because its other comparison does.
import { percentText } from "../../util/format";
import type { Reconciliation } from "../../aid/reconcile";
import { AGREE_WITHIN_PCT, comparisonName, comparisonStatus, primaryComparison, spanLabel } from "./rows";

export interface PrimaryCounts {
  agrees: number;
  differs: number;
  holds: number;
  doesNotHold: number;
  earmarks: number;
  noData: number;
  /** "Of 10 seed figures, compared each by its primary comparison, 4 agree with the Greenbook within 1%, ..." */
  sentence: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** How the figures fare, each by its primary comparison, in numbers and as one sentence. */
export function primaryCounts(recs: readonly Reconciliation[]): PrimaryCounts {
  const c = { agrees: 0, differs: 0, holds: 0, doesNotHold: 0, earmarks: 0, noData: 0 };
  for (const r of recs) {
    const status = comparisonStatus(primaryComparison(r).primary);
    if (r.figure.precision === "earmarked") c.earmarks++;
    else if (status === "agrees") c.agrees++;
    else if (status === "holds") c.holds++;
    else if (status === "does-not-hold") c.doesNotHold++;
    else if (status === "no-data") c.noData++;
    else c.differs++;
  }
  if (recs.length === 0) return { ...c, sentence: "No seed figures to compare." };
  const parts = [
    `${c.agrees} agree${c.agrees === 1 ? "s" : ""} with the Greenbook within ${AGREE_WITHIN_PCT}%`,
    `${c.differs} differ${c.differs === 1 ? "s" : ""} by more`,
    ...(c.holds + c.doesNotHold ? [`${plural(c.holds + c.doesNotHold, "lower bound", "lower bounds")} ${c.doesNotHold ? `(${c.holds} hold${c.holds === 1 ? "s" : ""}, ${c.doesNotHold} not)` : c.holds === 1 ? "holds" : "hold"}`] : []),
    ...(c.earmarks ? [`${plural(c.earmarks, "earmark is", "earmarks are")} compared with what was obligated`] : []),
    ...(c.noData ? [`${c.noData} ha${c.noData === 1 ? "s" : "ve"} no Greenbook records`] : []),
  ];
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0];
  return { ...c, sentence: `Of ${recs.length} seed figures, each compared once (with the programme it names, else all aid of that kind), ${list}.` };
}

/** One sentence for the caption: how many figures agree by their primary comparison, the largest gap, the lower bound. */
/** `brief`: without the comparison rule in brackets (a slide's takeaway, whose chart notes give it). */
export function seedVsGreenbookSummary(recs: readonly Reconciliation[], opts: { brief?: boolean } = {}): string {
  if (recs.length === 0) return "No seed figures to compare.";
  const counts = primaryCounts(recs);
  /** each stated amount's primary comparison; lower bounds and earmarks are not statements of an amount spent */
  const gaps = recs
    .filter((r) => r.figure.precision === "exact" || r.figure.precision === "approximate")
    .flatMap((r) => {
      const { primary, primaryIs } = primaryComparison(r);
      return primary.greenbookAmount !== null && primary.differencePct !== null ? [{ r, pct: primary.differencePct, primaryIs }] : [];
    });
  const largest = gaps.reduce<(typeof gaps)[number] | null>((a, b) => (a === null || Math.abs(b.pct) > Math.abs(a.pct) ? b : a), null);
  const parts = [
    `${counts.agrees} of ${recs.length} seed figures ${counts.agrees === 1 ? "agrees" : "agree"} within ${AGREE_WITHIN_PCT}% with the Greenbook${opts.brief ? "" : " by their primary comparison (the programme they name, else all aid of that kind and years)"}`,
  ];
  if (largest && Math.abs(largest.pct) >= AGREE_WITHIN_PCT) {
    const f = largest.r.figure;
    const against = largest.primaryIs === "programme" ? `${comparisonName(largest.r, "programme")} accounts` : "the Greenbook";
    parts.push(
      `the largest gap is ${spanLabel(largest.r)} ${f.programme ?? f.kind}${f.form && !f.programme ? ` ${f.form} aid` : ""}, ${percentText(Math.abs(largest.pct), { digits: 1 })} ${largest.pct < 0 ? "lower" : "higher"} in ${against}`,
    );
  }
  const bounds = recs.filter((r) => r.figure.precision === "lower-bound" && primaryComparison(r).primary.verdict);
  if (bounds.length) parts.push(bounds.map((r) => `the "${r.figure.statedAs}" claim for ${spanLabel(r)} ${primaryComparison(r).primary.verdict}`).join(", "));
  const sentence = parts.length > 2 ? `${parts.slice(0, -1).join("; ")}; and ${parts[parts.length - 1]}` : parts.join("; ");
  return `${sentence}.`;
}
