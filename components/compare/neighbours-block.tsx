// Cambodia among its neighbours: US obligations to the chosen countries by period, in the chosen measure, with
// Cambodia's share; a GET form picks countries, measure and periods.
import { getNeighbourView, NEIGHBOUR_LABELS, NEIGHBOUR_MEASURES, type NeighbourContext } from "@/lib/compare/neighbours";
import { formatMeasure } from "@/lib/compare/sentence";
import { CountryBoxes } from "./chart-forms";
import { Keep, Sources, TableLinks, tableApiQuery, type CompareContext } from "./compare-parts";
import styles from "./compare.module.css";

const MEASURE_WORDS: Record<(typeof NEIGHBOUR_MEASURES)[number], string> = {
  total: "Total",
  "per-year": "Per year",
  "per-person": "Per person",
  "gdp-share": "Share of GDP",
};
const GROUP_WORDS = { year: "Fiscal year", decade: "Decade", "seed-period": "Seed article's periods", "relations-phase": "Relations phase", span: "One span" } as const;

export function NeighboursBlock({ c, ctx }: { c: CompareContext; ctx: NeighbourContext }) {
  const { ds, state, action } = c;
  const nq = state.neighbours;
  const nv = getNeighbourView(ds.compare, nq, ctx);
  const nApi = tableApiQuery(c, "neighbours");
  return (
    <section aria-labelledby="neighbours-h" id="neighbours" className={styles.block}>
      <h3 id="neighbours-h" className="font-semibold">
        US aid to Cambodia and its neighbours, {nv.rows[0]?.period.from ?? nq.from}-{nq.to} (obligations)
      </h3>
      <form method="get" action={`${action}#neighbours`} className={styles.form} aria-label="Countries and measure">
        <CountryBoxes chosen={nq.countries} idPrefix="cmp" />
        <span className={styles.stacked}>
          <label htmlFor="cmp-nmeasure">Measure</label>
          <select id="cmp-nmeasure" name="nmeasure" defaultValue={nq.measure}>
            {NEIGHBOUR_MEASURES.map((m) => (
              <option key={m} value={m}>
                {MEASURE_WORDS[m]}
              </option>
            ))}
          </select>
        </span>
        <span className={styles.stacked}>
          <label htmlFor="cmp-ngroup">Periods of the table</label>
          <select id="cmp-ngroup" name="ngroup" defaultValue={nq.groupBy}>
            {Object.entries(GROUP_WORDS).map(([k, w]) => (
              <option key={k} value={k}>
                {w}
              </option>
            ))}
          </select>
        </span>
        <span className={styles.stacked}>
          <label htmlFor="cmp-ndollars">Dollars</label>
          <select id="cmp-ndollars" name="ndollars" defaultValue={nq.dollars}>
            <option value="nominal">Current</option>
            <option value="constant">Constant (2025, CPI-U)</option>
          </select>
        </span>
        <Keep c={c} except="neighbours" />
        <button type="submit">Show</button>
      </form>
      <div className={styles.scroll} role="region" aria-labelledby="neighbours-caption" tabIndex={0}>
        <table className="data stack-cards" data-testid="neighbours-table">
          <caption id="neighbours-caption">
            {MEASURE_WORDS[nq.measure]} of US obligations ({nv.units}
            {nq.dollars === "constant" ? `, constant ${nq.baseYear} dollars` : nq.measure === "gdp-share" ? "" : ", current dollars"}), by{" "}
            {GROUP_WORDS[nq.groupBy].toLowerCase()}; &quot;no data&quot; is never zero
          </caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              {nq.countries.map((c) => (
                <th key={c} scope="col" className={`num${c === "cambodia" ? ` ${styles.cambodia}` : ""}`}>
                  {NEIGHBOUR_LABELS[c]}
                </th>
              ))}
              <th scope="col" className="num">
                Cambodia&apos;s share of US aid to these countries
              </th>
            </tr>
          </thead>
          <tbody>
            {nv.rows.map((r) => (
              <tr key={r.period.id}>
                <th scope="row" data-label="Period">
                  {r.period.label}
                </th>
                {r.cells.map((c) => (
                  <td key={c.country} className={`num${c.country === "cambodia" ? ` ${styles.cambodia}` : ""}`} data-label={c.label} data-country={c.country}>
                    {c.yearsWithData === 0 ? (
                      <span className="muted">no data</span>
                    ) : c.total === null ? (
                      <span className="muted">not available</span>
                    ) : (
                      <>
                        {formatMeasure(c.total, nq.measure)}
                        {c.negativeYears.length > 0 && <span className={styles.flag}> (net negative in {c.negativeYears.map((y) => `FY${y}`).join(", ")})</span>}
                        <span className={styles.parts}>
                          econ. {formatMeasure(c.economic, nq.measure)} · mil. {formatMeasure(c.military, nq.measure)}
                          {c.yearsWithData < c.yearsInSpan ? ` · ${c.yearsWithData} of ${c.yearsInSpan} yrs` : ""}
                          {c.reason && c.total !== null ? " · partial GDP" : ""}
                        </span>
                      </>
                    )}
                  </td>
                ))}
                <td className="num" data-label="Cambodia's share">
                  {r.cambodiaShare === null ? <span className="muted">n/a</span> : `${(r.cambodiaShare * 100).toFixed(1)}%`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className={styles.notes}>
        {nv.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
        {[...new Set(nv.rows.flatMap((r) => r.cells.flatMap((c) => (c.reason && c.yearsWithData > 0 ? [`${c.label}: ${c.reason}`] : []))))].slice(0, 12).map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <TableLinks endpoint="neighbours" query={nApi} what="CSV of this table" />
      <Sources ds={ds} ids={[...nv.sourceIds, ...(nq.dollars === "constant" ? [ds.cpi.sourceId] : [])]} />
    </section>
  );
}
