// The dashboard's section after the four charts: the comparison's computed sentences, charts 5 (Cambodia among its
// neighbours, with the country picker) and 6 (Cambodia's financiers, with the basis switch), and the China claim's
// verdict, with links into /compare, where the full tables and the projects table live (and their CSVs).
import { reconcileClaims } from "@/lib/compare/claims";
import { DEFAULT_NEIGHBOURS } from "@/lib/compare/neighbours";
import { financiersDecadeView, financiersSentence, neighboursSentence } from "@/lib/compare/sentence";
import type { Dataset } from "@/lib/data/dataset";
import type { Theme, ViewState } from "@/lib/view";
import { FinanciersFigure, NeighboursFigure } from "./compare-figures";
import { getCpi } from "@/lib/aid/queries";
import styles from "./compare.module.css";

export function CompareSummary({ ds, view, theme }: { ds: Dataset; view: ViewState; theme: Theme }) {
  const ctx = { annual: ds.annual.rows, figures: ds.seed.figures, relations: ds.relations, cpi: getCpi(ds) };
  const [claim] = reconcileClaims(ds.compare);
  return (
    <section aria-labelledby="compare-h" id="compare" className={styles.section} data-testid="compare-section">
      <h2 id="compare-h" className="text-xl font-semibold">
        Cambodia among its neighbours, and the United States among Cambodia&apos;s financiers
      </h2>
      <p className="finding" data-testid="compare-finding">
        {neighboursSentence(ds.compare, DEFAULT_NEIGHBOURS, ctx)}{" "}
        <a href="/compare#neighbours">Compare any of eight countries by decade or year: totals, per person, share of GDP</a>.
      </p>
      <p className="text-sm" data-testid="financiers-decade">
        {financiersSentence(financiersDecadeView(ds.compare, ctx))} <a href="/compare#financiers">Every financier by year, on the basis you choose</a>.
      </p>
      <NeighboursFigure ds={ds} view={view} theme={theme} />
      <FinanciersFigure ds={ds} view={view} theme={theme} />
      {claim && (
        <p className="text-sm" data-testid="china-claim">
          The article&apos;s &quot;{claim.claim.statedAs}&quot;: <strong>{claim.verdict === "holds" ? "borne out" : claim.verdict === "does-not-hold" ? "not borne out" : "partly borne out"}</strong>. {claim.summary}{" "}
          <a href="/compare#china-projects">China&apos;s projects, one by one (AidData)</a>.
        </p>
      )}
    </section>
  );
}
