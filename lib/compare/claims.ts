// The article's claims about Cambodia's other financiers set against the data: each measure on its own basis and
// source, a verdict per measure and one for the claim. A pure function of the data.
import type { Basis, CompareData, FinancierClaim } from "./schema";

interface ClaimMeasureResult {
  id: string;
  label: string;
  basis: Basis;
  from: number;
  to: number;
  dollars: "nominal" | "constant";
  baseYear: number | null;
  /** whole dollars, in the measure's own dollars */
  amount: number;
  /** lower bound: the amount reaches the threshold */
  holds: boolean;
  sourceIds: string[];
}

type ClaimVerdict = "holds" | "holds-on-some-measures" | "does-not-hold";

interface ClaimReconciliation {
  claim: FinancierClaim;
  measures: ClaimMeasureResult[];
  verdict: ClaimVerdict;
  /** one sentence, computed */
  summary: string;
  sourceIds: string[];
}

function claimMeasureAmount(c: CompareData, m: FinancierClaim["measures"][number]): number {
  const inRange = (y: number) => y >= m.from && y <= m.to;
  switch (m.kind) {
    case "aiddata-v1":
      return c.chinaProjects.projects
        .filter((p) => p.recommended && inRange(p.year) && m.flows.includes(p.flow))
        .reduce((a, p) => a + ((m.dollars === "constant" ? p.usdConstant2014 : p.usdCurrent) ?? 0), 0);
    case "aiddata-v3":
      return c.chinaByYear.rows.filter((r) => inRange(r.year)).reduce((a, r) => a + r.total, 0);
    case "counterpart-loans":
      return Math.round(
        c.counterpartFlows.rows
          .filter((r) => r.counterpart === "china" && r.instrument !== "grant" && r.flow === "inflow" && inRange(r.year))
          .reduce((a, r) => a + r.amount, 0),
      );
  }
}

const billions = (n: number) => `$${(n / 1e9).toFixed(1)}B`;

function reconcileClaim(c: CompareData, claim: FinancierClaim): ClaimReconciliation {
  const measures = claim.measures.map((m) => {
    const amount = claimMeasureAmount(c, m);
    return { id: m.id, label: m.label, basis: m.basis, from: m.from, to: m.to, dollars: m.dollars, baseYear: m.baseYear, amount, holds: amount >= claim.threshold, sourceIds: m.sourceIds };
  });
  const held = measures.filter((m) => m.holds).length;
  const verdict: ClaimVerdict = held === measures.length ? "holds" : held > 0 ? "holds-on-some-measures" : "does-not-hold";
  const parts = measures.map(
    (m) => `${billions(m.amount)} ${m.basis === "commitment" ? "committed" : "disbursed"} ${m.from}-${m.to}${m.dollars === "constant" ? ` (${m.baseYear} dollars)` : " (current dollars)"}`,
  );
  const lead = verdict === "holds" ? "Holds on every measure" : verdict === "does-not-hold" ? "Does not hold on any measure" : `Holds on ${held} of ${measures.length} measures`;
  return {
    claim,
    measures,
    verdict,
    summary: `${lead}: ${parts.join("; ")}. Commitments and disbursements are different things and are not added.`,
    sourceIds: [...new Set([...claim.claimSourceIds, ...measures.flatMap((m) => m.sourceIds)])],
  };
}

export function reconcileClaims(c: CompareData): ClaimReconciliation[] {
  return c.financierClaims.claims.map((cl) => reconcileClaim(c, cl));
}
