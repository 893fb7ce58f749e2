// Checks each seed figure against the Greenbook for the same fiscal years, kind and (where named) programme.
import { annualSum } from "./aggregate";
import type { CpiTable } from "./cpi";
import { formatPercent, formatUsdShort } from "../util/format";
import { accountsTotal } from "./programmes";
import type { Account, AnnualRow, ProgrammeFile, SeedFigure } from "../data/schema";
import type { z } from "../util/zod";
import type { reconciliationSchema } from "../api/response-schemas";

/** How a programme named in the seed maps onto Greenbook accounts. */
const SEED_PROGRAMME_MATCH: Record<NonNullable<SeedFigure["programme"]>, { label: string; match: (a: Account) => boolean }> = {
  FMF: { label: "Foreign Military Financing accounts", match: (a) => a.programmeId === "fmf" },
  IMET: { label: "IMET accounts", match: (a) => a.programmeId === "imet" },
  // Greenbook accounts whose funding agency is USAID; State-funded programmes that USAID runs (Global Health
  // Programs) are not counted, so this is a lower bound on what "USAID" spent.
  USAID: { label: "accounts funded through USAID (not State's Global Health Programs, which USAID also runs)", match: (a) => a.agency === "U.S. Agency for International Development" },
};

/** One seed figure checked against the Greenbook: its type is the zod schema chart 4's live face checks /api/reconciliation with. */
export type Reconciliation = z.infer<typeof reconciliationSchema>;
/** The Greenbook side of a check: what it is, its amount, the difference in dollars and in % of the seed figure
 * (null where the seed figure is zero), and for lower bounds whether the Greenbook bears the claim out. */
export type Comparison = Reconciliation["sameKind"];

export function compare(figure: SeedFigure, greenbook: number | null, against: string): Comparison {
  if (greenbook === null)
    return { against, greenbookAmount: null, differenceUsd: null, differencePct: null, verdict: null, summary: `No Greenbook records for ${against}.` };
  const diff = greenbook - figure.amount;
  const pct = figure.amount === 0 ? null : (diff / figure.amount) * 100;
  const gb = formatUsdShort(greenbook);
  const seed = formatUsdShort(figure.amount);
  switch (figure.precision) {
    case "lower-bound": {
      const holds = greenbook > figure.amount;
      return {
        against, greenbookAmount: greenbook, differenceUsd: diff, differencePct: pct, verdict: holds ? "holds" : "does not hold",
        summary: `"Over ${seed}" ${holds ? "holds" : "does not hold"}: the Greenbook records ${gb} (${against}).`,
      };
    }
    case "earmarked":
      return {
        against, greenbookAmount: greenbook, differenceUsd: diff, differencePct: pct, verdict: null,
        summary: `Earmarked ${seed}; obligated ${gb} (${against}), ${formatUsdShort(diff)} ${pct === null ? "" : `(${formatPercent(pct)})`} against the earmark.`.replace(/\s+/g, " "),
      };
    default: {
      const rel = pct === null ? `${formatUsdShort(diff)} (no percentage: the seed figure is $0)` : `${formatUsdShort(diff)} (${formatPercent(pct)})`;
      return {
        against, greenbookAmount: greenbook, differenceUsd: diff, differencePct: pct, verdict: null,
        summary: `${figure.precision === "approximate" ? "About " : ""}${seed} in the seed; ${gb} in the Greenbook (${against}); difference ${rel}.`,
      };
    }
  }
}

const WHY: Record<string, string> = {
  economic:
    "The Greenbook counts obligations by US fiscal year and includes food-aid credits; a narrative figure may count disbursements, grants only, or calendar years.",
  military:
    "Narrative military totals often count one programme (the Military Assistance Program) or deliveries, while the Greenbook adds training and excess defence articles by fiscal year.",
  total: "A narrative total may be rounded or count only some agencies; the Greenbook sums every agency's obligations by fiscal year.",
};

export function reconcileSeedFigure(
  figure: SeedFigure,
  ctx: { annual: readonly AnnualRow[]; programmes: ProgrammeFile; cpi: CpiTable; sourceIds: { seed: string; greenbook: string } },
): Reconciliation {
  const { startYear: from, endYear: to } = figure;
  const sum = annualSum(ctx.annual, figure.kind, from, to);
  const kindLabel = figure.kind === "total" ? "all obligations" : `${figure.kind} obligations`;
  const span = from === to ? `FY${from}` : `FY${from}-${to}`;
  const coverage = sum.missingYears.length ? `; ${sum.yearsWithData} of ${sum.yearsInSpan} years have records` : "";
  const sameKind = compare(figure, sum.amount, `${kindLabel}, ${span}${coverage}`);
  let programme: Comparison | null = null;
  if (figure.programme) {
    const m = SEED_PROGRAMME_MATCH[figure.programme];
    const t = accountsTotal(ctx.programmes, m.match, { from, to, dollars: "nominal", baseYear: null, cpi: ctx.cpi });
    programme = compare(figure, t.amount, `${m.label}, ${span}`);
  }
  return {
    figure,
    fiscalYears: { from, to, yearsWithData: sum.yearsWithData, yearsInSpan: sum.yearsInSpan, missingYears: sum.missingYears },
    sameKind,
    programme,
    sourceIds: [ctx.sourceIds.seed, ctx.sourceIds.greenbook],
    why: WHY[figure.kind],
  };
}
