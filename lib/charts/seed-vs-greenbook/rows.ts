// The texts of each row of chart 4: its label, the verdict drawn beside its bar, the bar labels and the tooltip.
import { fyRange } from "../../aid/fiscal";
import { formatPercent, formatUsdFull, formatUsdShort } from "../../util/format";
import type { Comparison, Reconciliation } from "../../aid/reconcile";
import type { SeedPrecision } from "../../data/schema";
import type { ComparisonStatus, DifferenceMark, RowBase, RowTooltip, TooltipLine } from "./derive";

/** A seed figure "agrees" with the Greenbook when the difference is smaller than this, in % of the seed figure. */
export const AGREE_WITHIN_PCT = 1;

/** The stated rule that picks each figure's one primary comparison (the bar, the verdict, the summary's count). */
export const PRIMARY_RULE =
  "Each bar is one comparison, chosen by one rule: where the seed names a programme (FMF, IMET, USAID) and the Greenbook has its accounts, that programme's accounts; otherwise all Greenbook aid of the same kind and years. The other comparison, where there is one, is the secondary mark (a diamond) and the grey line of text.";

/** A figure's primary comparison by PRIMARY_RULE, and the other one (secondary), if any. */
export function primaryComparison(r: Reconciliation): { primary: Comparison; secondary: Comparison | null; primaryIs: "programme" | "same-kind" } {
  if (r.programme && r.figure.programme && r.programme.greenbookAmount !== null) return { primary: r.programme, secondary: r.sameKind, primaryIs: "programme" };
  return { primary: r.sameKind, secondary: r.programme && r.figure.programme ? r.programme : null, primaryIs: "same-kind" };
}

/** What a comparison is against, in a few words: "FMF", "all military aid". */
export function comparisonName(r: Reconciliation, is: "programme" | "same-kind"): string {
  return is === "programme" && r.figure.programme ? r.figure.programme : `all ${r.figure.kind === "total" ? "" : `${r.figure.kind} `}aid`;
}

export const PRECISION_LABEL: Record<SeedPrecision, string> = {
  exact: "exact",
  approximate: "approximate (about)",
  "lower-bound": "lower bound (over)",
  earmarked: "earmarked (planned, not yet obligated)",
};

/** The seed figure's years: "FY2005", "1955-1963". */
export function spanLabel(r: Reconciliation): string {
  return fyRange(r.figure.startYear, r.figure.endYear, "short");
}

export function rowLabelLines(r: Reconciliation): [string, string] {
  return [spanLabel(r), r.figure.programme ?? r.figure.kind];
}

function signedUsd(n: number): string {
  return `${n > 0 ? "+" : ""}${formatUsdShort(n)}`;
}
function signedUsdFull(n: number): string {
  return `${n > 0 ? "+" : ""}${formatUsdFull(n)}`;
}
/** -0.02% keeps two decimals so a near-agreement does not read as "-0.0%". */
export function pctText(p: number): string {
  return formatPercent(p, 1, 0.1);
}

export function comparisonStatus(c: Comparison): ComparisonStatus {
  if (c.greenbookAmount === null) return "no-data";
  if (c.verdict === "holds") return "holds";
  if (c.verdict === "does not hold") return "does-not-hold";
  if (c.differencePct === null) return c.differenceUsd === 0 ? "agrees" : "absolute-only";
  return Math.abs(c.differencePct) < AGREE_WITHIN_PCT ? "agrees" : "differs";
}

function markText(c: Comparison, status: ComparisonStatus, precision: SeedPrecision): string {
  const pct = c.differencePct;
  const body = (() => {
    switch (status) {
      case "no-data":
        return "no Greenbook records";
      case "holds":
        return pct === null ? "holds" : `holds (${pctText(pct)})`;
      case "does-not-hold":
        return pct === null ? "does not hold" : `does not hold (${pctText(pct)})`;
      case "absolute-only":
        return `${signedUsd(c.differenceUsd ?? 0)} against a $0 seed figure`;
      case "agrees":
        if (pct === null) return `agrees (both ${formatUsdShort(c.greenbookAmount)})`;
        return pct === 0 ? "agrees exactly" : `agrees (${pctText(pct)})`;
      case "differs":
        return pctText(pct ?? 0);
    }
  })();
  return precision === "earmarked" ? `vs earmark: ${body}` : body;
}

function shortText(c: Comparison, status: ComparisonStatus): string {
  if (status === "no-data") return "no records";
  if (c.differencePct === null) return status === "agrees" ? "agrees" : signedUsd(c.differenceUsd ?? 0);
  return c.differencePct === 0 ? "exact" : pctText(c.differencePct);
}

export function differenceMark(c: Comparison, precision: SeedPrecision, limit: number): DifferenceMark {
  const status = comparisonStatus(c);
  const value = c.greenbookAmount === null ? null : c.differencePct;
  const v = value ?? 0;
  const shown = Math.max(-limit, Math.min(limit, v));
  return { value, shown, overflow: v > limit ? 1 : v < -limit ? -1 : 0, status, text: markText(c, status, precision), short: shortText(c, status) };
}

function diffLine(c: Comparison, precision: SeedPrecision): string {
  if (c.greenbookAmount === null || c.differenceUsd === null) return "no Greenbook records";
  const usd = signedUsdFull(c.differenceUsd);
  if (c.verdict) return `${c.verdict}: ${usd}${c.differencePct === null ? "" : ` (${pctText(c.differencePct)})`}`;
  if (c.differencePct === null) return `${usd} (no percentage: the seed figure is $0)`;
  return `${usd} (${pctText(c.differencePct)})${precision === "earmarked" ? " obligated against the earmark" : ""}`;
}

export function seedValueLabel(r: Reconciliation): string {
  const s = formatUsdShort(r.figure.amount);
  switch (r.figure.precision) {
    case "approximate":
      return `~${s}`;
    case "lower-bound":
      return `over ${s}`;
    case "earmarked":
      return `${s} planned`;
    default:
      return s;
  }
}

function rowTooltip(r: Reconciliation): RowTooltip {
  const f = r.figure;
  const seedWord = f.precision === "earmarked" ? "Seed figure (earmark)" : "Seed figure";
  const lines: TooltipLine[] = [
    { label: seedWord, value: `${f.precision === "lower-bound" ? "over " : f.precision === "approximate" ? "about " : ""}${formatUsdFull(f.amount)}, ${PRECISION_LABEL[f.precision]}` },
    { label: `Greenbook: ${r.sameKind.against}`, value: formatUsdFull(r.sameKind.greenbookAmount) },
    { label: "Greenbook minus seed", value: diffLine(r.sameKind, f.precision) },
  ];
  if (r.programme) {
    lines.push(
      { label: `Greenbook: ${r.programme.against}`, value: formatUsdFull(r.programme.greenbookAmount) },
      { label: `${f.programme} accounts minus seed`, value: diffLine(r.programme, f.precision) },
    );
  }
  return { title: `${spanLabel(r)} ${f.programme ?? f.kind}`, quote: `“${f.statedAs}” (seed paragraph ${f.paragraph})`, lines, why: r.why };
}

export function rowBase(r: Reconciliation): RowBase {
  const lines = rowLabelLines(r);
  return {
    id: r.figure.id,
    label: lines.join(" "),
    labelLines: lines,
    kind: r.figure.kind,
    programme: r.figure.programme,
    precision: r.figure.precision,
    tooltip: rowTooltip(r),
  };
}
