// Cambodia among its neighbours, and the United States among Cambodia's financiers: the section after the four charts.
// Server-rendered HTML only: the pickers are GET forms to /compare and the projects' column headers are links, so
// choosing countries, switching the basis, searching and sorting work without JavaScript, by keyboard and by touch,
// and every choice lives in the address. Each table has its CSV and names its sources and their licences.
import { Fragment } from "react";
import { compareSources } from "@/lib/api/compare-endpoints";
import { reconcileClaims } from "@/lib/compare/claims";
import { BASIS_CHOICES, BASIS_WORDS, FINANCIER_LABELS, FINANCIERS, getFinancierView } from "@/lib/compare/financiers";
import { getNeighbourView, NEIGHBOUR_LABELS, NEIGHBOUR_MEASURES } from "@/lib/compare/neighbours";
import { apiHref, apiParams, PAGE_PARAMS, serializeCompareState, type CompareState } from "@/lib/compare/page-params";
import { FLOW_LABELS, grantOrLoan, projectTable, PROJECT_SETS, STATUS_LABELS, type ProjectSort } from "@/lib/compare/projects";
import { financiersDecadeView, financiersSentence, formatMeasure, neighboursSentence } from "@/lib/compare/sentence";
import { NEIGHBOUR_IDS } from "@/lib/compare/schema";
import type { Dataset } from "@/lib/dataset";
import { formatUsdFull, formatUsdShort } from "@/lib/format";
import { sourceHref } from "@/lib/source-href";
import { getCpi } from "@/lib/views";
import styles from "./compare.module.css";

const MEASURE_WORDS: Record<(typeof NEIGHBOUR_MEASURES)[number], string> = {
  total: "Total",
  "per-year": "Per year",
  "per-person": "Per person",
  "gdp-share": "Share of GDP",
};
const GROUP_WORDS = { year: "Fiscal year", decade: "Decade", "seed-period": "Seed article's periods", "relations-phase": "Relations phase", span: "One span" } as const;
const BASIS_LABELS: Record<(typeof BASIS_CHOICES)[number], string> = {
  disbursement: "Disbursed (paid out)",
  commitment: "Committed",
  obligation: "Obligated (US)",
  "debt-service": "Debt service",
  all: "All, side by side",
};

/** Hidden inputs that carry the other tables' settings through a form, so one table's change keeps the rest. */
function Keep({ state, ds, except }: { state: CompareState; ds: Dataset; except: keyof typeof PAGE_PARAMS }) {
  const qs = new URLSearchParams(serializeCompareState(state, ds.compare, ds.annual.rows));
  const own = new Set(Object.keys(PAGE_PARAMS[except]));
  return (
    <>
      {[...qs].filter(([k]) => !own.has(k)).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
    </>
  );
}

function Sources({ ds, ids }: { ds: Dataset; ids: readonly string[] }) {
  const list = compareSources(ds, ids);
  return (
    <p className="text-xs muted">
      Sources:{" "}
      {list.map((s, i) => (
        <Fragment key={s.id}>
          {i > 0 && "; "}
          <a href={sourceHref(s.id)}>{s.publisher}</a>, {s.title}
          {s.licence ? ` (${s.licence})` : ""}
        </Fragment>
      ))}
      .
    </p>
  );
}

/** `projectRows`: show only the largest rows of the projects table, with a link to all of them. */
export function CompareSection({ ds, state, action = "/compare", projectRows }: { ds: Dataset; state: CompareState; action?: string; projectRows?: number }) {
  const ctx = { annual: ds.annual.rows, figures: ds.seed.figures, relations: ds.relations, cpi: getCpi(ds) };
  const nq = state.neighbours;
  const nv = getNeighbourView(ds.compare, nq, ctx);
  const fv = getFinancierView(ds.compare, state.financiers, ctx);
  const claims = reconcileClaims(ds.compare);
  const pt = projectTable(ds.compare.chinaProjects.projects, state.projects);
  const qs = serializeCompareState(state, ds.compare, ds.annual.rows);
  const pageHref = (over: Record<string, string>, hash: string) => {
    const p = new URLSearchParams(qs);
    for (const [k, v] of Object.entries(over)) p.set(k, v);
    const s = p.toString().replace(/%2C/g, ",");
    return `${action}${s ? `?${s}` : ""}#${hash}`;
  };
  const nApi = apiParams(new URLSearchParams(qs), "neighbours").toString().replace(/%2C/g, ",");
  const fApi = apiParams(new URLSearchParams(qs), "financiers").toString().replace(/%2C/g, ",");
  const pApi = apiParams(new URLSearchParams(qs), "projects").toString();
  const sentence = neighboursSentence(ds.compare, nq.countries, ctx);
  const decadeLine = financiersSentence(financiersDecadeView(ds.compare, ctx));
  const sortHeader = (key: string, label: string, numeric = false) => {
    const cur = state.projects.sort;
    const active = cur.replace(/^-/, "") === key;
    const desc = cur.startsWith("-");
    const next = (active ? (desc ? key : `-${key}`) : numeric || key === "year" ? `-${key}` : key) as ProjectSort;
    return (
      <th scope="col" className={numeric ? "num" : undefined} aria-sort={active ? (desc ? "descending" : "ascending") : undefined}>
        <a className={styles.sortLink} href={pageHref({ sort: next }, "china-projects")}>
          {label}
          {active ? (desc ? " ▼" : " ▲") : ""}
          <span className="sr-only">{active ? `, sorted ${desc ? "descending" : "ascending"}; ` : ", "}sort by {label.toLowerCase()}</span>
        </a>
      </th>
    );
  };
  return (
    <section aria-labelledby="compare-h" id="compare" className={styles.section} data-testid="compare-section">
      <h2 id="compare-h" className="text-xl font-semibold">
        Cambodia among its neighbours, and the United States among Cambodia&apos;s financiers
      </h2>
      {sentence && (
        <p className="finding" data-testid="compare-finding">
          {sentence}
        </p>
      )}
      {state.issues.length > 0 && (
        <div className="notice" role="status">
          <p>Some settings in this address could not be read; their tables show the defaults instead:</p>
          <ul className={styles.notes}>
            {state.issues.map((i) => (
              <li key={`${i.param}:${i.message}`}>
                <code>{i.param}</code>: {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby="neighbours-h" id="neighbours" className={styles.block}>
        <h3 id="neighbours-h" className="font-semibold">
          US aid to Cambodia and its neighbours, {nv.rows[0]?.period.from ?? nq.from}-{nq.to} (obligations)
        </h3>
        <form method="get" action={`${action}#neighbours`} className={styles.form} aria-label="Countries and measure">
          <fieldset>
            <legend>Countries</legend>
            {NEIGHBOUR_IDS.map((id) =>
              id === "cambodia" ? (
                <label key={id}>
                  <input type="checkbox" checked disabled aria-describedby="cambodia-always" /> {NEIGHBOUR_LABELS[id]}
                  <span id="cambodia-always" className="sr-only">
                    (always shown)
                  </span>
                </label>
              ) : (
                <label key={id}>
                  <input type="checkbox" name="countries" value={id} defaultChecked={nq.countries.includes(id)} /> {NEIGHBOUR_LABELS[id]}
                </label>
              ),
            )}
            <input type="hidden" name="countries" value="cambodia" />
          </fieldset>
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
          <Keep state={state} ds={ds} except="neighbours" />
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
        <p className={styles.links}>
          <a href={apiHref("neighbours", nApi, true)} download>
            CSV of this table
          </a>
          <a href={apiHref("neighbours", nApi)}>JSON</a>
        </p>
        <Sources ds={ds} ids={[...nv.sourceIds, ...(nq.dollars === "constant" ? [ds.cpi.sourceId] : [])]} />
      </section>

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
          <Keep state={state} ds={ds} except="financiers" />
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
        <p className={styles.links}>
          <a href={apiHref("financiers", fApi, true)} download>
            CSV of this table
          </a>
          <a href={apiHref("financiers", fApi)}>JSON</a>
          <span className="muted">
            Financiers: {FINANCIERS.map((f) => FINANCIER_LABELS[f]).join(", ")}
          </span>
        </p>
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

      <section aria-labelledby="projects-h" id="china-projects" className={styles.block}>
        <h3 id="projects-h" className="font-semibold">
          China&apos;s official finance to Cambodia, project by project, 2000-2014 (AidData v1.0)
        </h3>
        <form method="get" action={`${action}#china-projects`} className={styles.form} role="search" aria-label="AidData projects">
          <label className={styles.stacked}>
            Search titles, agencies, sectors
            <input type="search" name="q" defaultValue={state.projects.q} maxLength={40} />
          </label>
          <span className={styles.stacked}>
            <label htmlFor="cmp-records">Records</label>
            <select id="cmp-records" name="records" defaultValue={state.projects.records}>
              {PROJECT_SETS.map((s) => (
                <option key={s} value={s}>
                  {s === "recommended" ? "Recommended for research (AidData's totals)" : "All, duplicates and pledges included"}
                </option>
              ))}
            </select>
          </span>
          <input type="hidden" name="sort" value={state.projects.sort} />
          <Keep state={state} ds={ds} except="projects" />
          <button type="submit">Search</button>
        </form>
        <p className="text-sm" role="status" data-testid="projects-count">
          {pt.totals.records} record{pt.totals.records === 1 ? "" : "s"}
          {state.projects.q ? ` matching "${state.projects.q}"` : ""}: {formatUsdFull(pt.totals.usdCurrent)} in current dollars ({formatUsdShort(pt.totals.usdConstant2014)} in 2014 dollars)
          {pt.totals.withoutAmount ? `; ${pt.totals.withoutAmount} without an amount, not counted` : ""}. Commitments, not disbursements.
        </p>
        <div className={styles.scroll} role="region" aria-labelledby="projects-caption" tabIndex={0}>
          <table className="data stack-cards" data-testid="projects-table">
            <caption id="projects-caption">
              AidData project records{projectRows !== undefined && pt.projects.length > projectRows ? `, the ${projectRows} largest` : ""} (select a column heading to sort)
            </caption>
            <thead>
              <tr>
                {sortHeader("title", "Title")}
                {sortHeader("year", "Year", true)}
                {sortHeader("agency", "Agency")}
                {sortHeader("flow", "Grant or loan")}
                {sortHeader("status", "Status")}
                {sortHeader("sector", "Sector")}
                {sortHeader("amount", "Amount (current USD)", true)}
              </tr>
            </thead>
            <tbody>
              {pt.projects.slice(0, projectRows ?? pt.projects.length).map((p) => (
                <tr key={p.projectId} data-project={p.projectId}>
                  <th scope="row" data-label="Title">
                    {p.title}
                  </th>
                  <td className="num" data-label="Year">
                    {p.year}
                    {p.yearUncertain ? "?" : ""}
                  </td>
                  <td data-label="Agency">{p.agency.replace(/, (Government Agency|State-Owned Company)$/, "")}</td>
                  <td data-label="Grant or loan">
                    {grantOrLoan(p) === "other" ? FLOW_LABELS[p.flow] : `${grantOrLoan(p) === "loan" ? "Loan" : "Grant"} (${FLOW_LABELS[p.flow].toLowerCase()})`}
                  </td>
                  <td data-label="Status">{STATUS_LABELS[p.status]}</td>
                  <td data-label="Sector">{p.sector.name}</td>
                  <td className="num" data-label="Amount">
                    {p.usdCurrent === null ? <span className="muted">not found</span> : formatUsdFull(p.usdCurrent)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {projectRows !== undefined && pt.projects.length > projectRows && (
          <p className="text-sm">
            The {projectRows} largest of {pt.totals.records} records are shown here.{" "}
            <a href={pageHref({}, "china-projects")}>All {pt.totals.records} records, searchable and sortable</a>
          </p>
        )}
        <p className={styles.links}>
          <a href={apiHref("china-projects", pApi, true)} download>
            CSV of these records
          </a>
          <a href={apiHref("china-projects", pApi)}>JSON</a>
        </p>
        <Sources ds={ds} ids={[ds.compare.chinaProjects.sourceId]} />
      </section>
    </section>
  );
}
