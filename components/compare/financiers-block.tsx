// The United States among Cambodia's financiers: every series of the chosen basis by period (bases never added), and
// the article's China claim set against the measures of China's loans.
import { compareSources } from "@/lib/api/compare-endpoints";
import { reconcileClaims } from "@/lib/compare/claims";
import { BASIS_CHOICES, BASIS_WORDS, FINANCIER_LABELS, FINANCIERS, getFinancierView } from "@/lib/compare/financiers";
import type { NeighbourContext } from "@/lib/compare/neighbours";
import { financiersDecadeView, financiersSentence } from "@/lib/compare/sentence";
import { formatUsdShort } from "@/lib/util/format";
import { Keep, Sources, TableLinks, tableApiQuery, type CompareContext } from "./compare-parts";
import styles from "./compare.module.css";

const BASIS_LABELS: Record<(typeof BASIS_CHOICES)[number], string> = {
  disbursement: "Disbursed (paid out)",
  commitment: "Committed",
  obligation: "Obligated (US)",
  "debt-service": "Debt service",
  all: "All, side by side",
};

export function FinanciersBlock({ c, ctx }: { c: CompareContext; ctx: NeighbourContext }) {
  const { ds, state, action } = c;
  const fv = getFinancierView(ds.compare, state.financiers, ctx);
  const claims = reconcileClaims(ds.compare);
  const decadeLine = financiersSentence(financiersDecadeView(ds.compare, ctx));
  const fApi = tableApiQuery(c, "financiers");
  return (
    <section aria-labelledby="financiers-h" id="financiers" className={styles.block}>
      <h3 id="financiers-h" className="font-semibold">
        Who else finances Cambodia, {fv.query.from}-{fv.query.to}: each series on its own basis
      </h3>
      {decadeLine && (
        <p className="text-sm" data-testid="financiers-decade">
          {decadeLine}
        </p>
      )}
      <form method="get" action={`${action}#financiers`} className={styles.form} aria-label="Basis and grouping">
        <fieldset>
          <legend>Basis</legend>
          {BASIS_CHOICES.map((b) => (
            <label key={b}>
              <input type="radio" name="basis" value={b} defaultChecked={state.financiers.basis === b} /> {BASIS_LABELS[b]}
            </label>
          ))}
        </fieldset>
        <span className={styles.stacked}>
          <label htmlFor="cmp-china">China&apos;s commitments</label>
          <select id="cmp-china" name="china" defaultValue={state.financiers.china}>
            <option value="v3">AidData v3.0 total (2000-2021)</option>
            <option value="v1-split">AidData v1.0 grants and loans apart (2000-2014)</option>
          </select>
        </span>
        <span className={styles.stacked}>
          <label htmlFor="cmp-fgroup">Periods of the series</label>
          <select id="cmp-fgroup" name="fgroup" defaultValue={state.financiers.groupBy}>
            <option value="year">Year</option>
            <option value="decade">Decade</option>
            <option value="span">One span</option>
          </select>
        </span>
        <Keep c={c} except="financiers" />
        <button type="submit">Show</button>
      </form>
      <div className={styles.scroll} role="region" aria-labelledby="financiers-caption" tabIndex={0}>
        <table className="data" data-testid="financiers-table">
          <caption id="financiers-caption">
            {BASIS_LABELS[state.financiers.basis]}, {fv.query.dollars === "constant" ? `constant ${fv.query.baseYear} dollars` : "current dollars"}; series of different bases are never added
          </caption>
          <thead>
            <tr>
              <th scope="col">Financier and series</th>
              {fv.periods.map((p) => (
                <th key={p.id} scope="col" className="num">
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fv.series.map((s) => (
              <tr key={s.id} data-series={s.id} data-basis={s.basis}>
                <th scope="row">
                  {s.financierLabel}: {s.instrument.charAt(0).toLowerCase() + s.instrument.slice(1)}
                  <span className={styles.basis} title={s.basisWords}>
                    {s.basis}
                  </span>
                  <span className={styles.parts}>{compareSources(ds, s.sourceIds).map((x) => x.publisher).join("; ")}</span>
                </th>
                {s.cells.map((c) => (
                  <td key={c.period.id} className="num">
                    {c.amount === null ? <span className="muted">no data</span> : formatUsdShort(c.amount)}
                    {c.amount !== null && c.yearsWithData < c.yearsInSpan && <span className={styles.parts}>{c.coverage}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className={styles.notes}>
        {fv.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
        {Object.entries(BASIS_WORDS).map(([b, w]) => (
          <li key={b}>
            <strong>{b}</strong>: {w}
          </li>
        ))}
        {[...new Set(fv.series.flatMap((s) => s.notes))].map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <TableLinks endpoint="financiers" query={fApi} what="CSV of this table">
        <span className="muted">
          Financiers: {FINANCIERS.map((f) => FINANCIER_LABELS[f]).join(", ")}
        </span>
      </TableLinks>
      <Sources ds={ds} ids={fv.sourceIds} />

      {claims.map((r) => (
        <div key={r.claim.id} id={`claim-${r.claim.id}`} data-testid="china-claim">
          <h4 className="font-semibold" style={{ marginTop: "1rem" }}>
            The article&apos;s claim: &quot;{r.claim.statedAs}&quot;
          </h4>
          <p className="text-sm">
            <span className={styles.verdict}>{r.verdict === "holds" ? "Borne out" : r.verdict === "does-not-hold" ? "Not borne out" : "Partly borne out"}.</span> {r.summary}{" "}
            {r.claim.thresholdNote}
          </p>
          <div className={styles.scroll} role="region" aria-labelledby={`claim-caption-${r.claim.id}`} tabIndex={0}>
            <table className="data stack-cards">
              <caption id={`claim-caption-${r.claim.id}`}>China&apos;s loans to Cambodia, measured three ways (none added to another)</caption>
              <thead>
                <tr>
                  <th scope="col">Measure</th>
                  <th scope="col">Basis</th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                  <th scope="col">At least $2 billion?</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {r.measures.map((m) => (
                  <tr key={m.id}>
                    <th scope="row" data-label="Measure">
                      {m.label}
                    </th>
                    <td data-label="Basis">{m.basis}</td>
                    <td className="num" data-label="Amount">
                      {formatUsdShort(m.amount)} {m.dollars === "constant" ? `(${m.baseYear} dollars)` : "(current dollars)"}
                    </td>
                    <td data-label="At least $2 billion?">{m.holds ? "yes" : "no"}</td>
                    <td data-label="Source">{compareSources(ds, m.sourceIds).map((s) => `${s.publisher}${s.licence ? ` (${s.licence.split(":")[0]})` : ""}`).join("; ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}
