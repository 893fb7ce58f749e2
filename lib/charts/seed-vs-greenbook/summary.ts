// One sentence about chart 4 for the figure's caption.
import { percentText } from "../../format";
import type { Comparison, Reconciliation } from "../../reconcile";
import { AGREE_WITHIN_PCT, comparisonStatus, spanLabel } from "./rows";

/** One sentence for the caption: how many figures agree, the largest gap, and how the lower bound fares. */
export function seedVsGreenbookSummary(recs: readonly Reconciliation[]): string {
  if (recs.length === 0) return "No seed figures to compare.";
  const comparisons = (r: Reconciliation) => [r.sameKind, r.programme].filter((c): c is Comparison => c !== null && c.greenbookAmount !== null);
  const agrees = recs.filter((r) => r.figure.precision !== "lower-bound" && comparisons(r).some((c) => comparisonStatus(c) === "agrees")).length;
  /** each stated amount's closest comparison; lower bounds and earmarks are not statements of an amount spent */
  const gaps = recs
    .filter((r) => r.figure.precision === "exact" || r.figure.precision === "approximate")
    .flatMap((r) => {
      const cs = comparisons(r).filter((c) => c.differencePct !== null || c.differenceUsd === 0);
      if (cs.length === 0) return [];
      const best = cs.reduce((a, b) => (Math.abs(b.differencePct ?? 0) < Math.abs(a.differencePct ?? 0) ? b : a));
      return [{ r, pct: best.differencePct ?? 0 }];
    });
  const largest = gaps.reduce<{ r: Reconciliation; pct: number } | null>((a, b) => (a === null || Math.abs(b.pct) > Math.abs(a.pct) ? b : a), null);
  const parts = [
    `${agrees} of ${recs.length} seed figures ${agrees === 1 ? "is" : "are"} within ${AGREE_WITHIN_PCT}% of the Greenbook for the same years and kind or for the programme they name`,
  ];
  if (largest && Math.abs(largest.pct) >= AGREE_WITHIN_PCT) {
    const f = largest.r.figure;
    parts.push(
      `the largest gap is ${spanLabel(largest.r)} ${f.programme ?? f.kind}${f.form && !f.programme ? ` ${f.form} aid` : ""}, ${percentText(Math.abs(largest.pct), { digits: 1 })} ${largest.pct < 0 ? "lower" : "higher"} in the Greenbook`,
    );
  }
  const bounds = recs.filter((r) => r.figure.precision === "lower-bound" && r.sameKind.verdict);
  if (bounds.length) parts.push(bounds.map((r) => `the "${r.figure.statedAs}" claim for ${spanLabel(r)} ${r.sameKind.verdict}`).join(", "));
  const sentence = parts.length > 2 ? `${parts.slice(0, -1).join("; ")}; and ${parts[parts.length - 1]}` : parts.join("; ");
  return `${sentence}.`;
}
