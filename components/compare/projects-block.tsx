// China's official finance project by project (AidData v1.0): searchable by a GET form, sortable by its column
// headings (links), with the records' totals and their CSV.
import { FLOW_LABELS, grantOrLoan, projectTable, PROJECT_SETS, STATUS_LABELS, type ProjectSort } from "@/lib/compare/projects";
import { formatUsdFull, formatUsdShort } from "@/lib/util/format";
import { Keep, pageHref, Sources, TableLinks, tableApiQuery, type CompareContext } from "./compare-parts";
import styles from "./compare.module.css";

/** `rows`: show only the largest records, with a link to all of them. */
export function ProjectsBlock({ c, rows: projectRows }: { c: CompareContext; rows?: number }) {
  const { ds, state, action } = c;
  const pt = projectTable(ds.compare.chinaProjects.projects, state.projects);
  const pApi = tableApiQuery(c, "projects");
  const sortHeader = (key: string, label: string, numeric = false) => {
    const cur = state.projects.sort;
    const active = cur.replace(/^-/, "") === key;
    const desc = cur.startsWith("-");
    const next = (active ? (desc ? key : `-${key}`) : numeric || key === "year" ? `-${key}` : key) as ProjectSort;
    return (
      <th scope="col" className={numeric ? "num" : undefined} aria-sort={active ? (desc ? "descending" : "ascending") : undefined}>
        <a className={styles.sortLink} href={pageHref(c, { sort: next }, "china-projects")}>
          {label}
          {active ? (desc ? " ▼" : " ▲") : ""}
          <span className="sr-only">{active ? `, sorted ${desc ? "descending" : "ascending"}; ` : ", "}sort by {label.toLowerCase()}</span>
        </a>
      </th>
    );
  };
  return (
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
        <Keep c={c} except="projects" />
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
          <a href={pageHref(c, {}, "china-projects")}>All {pt.totals.records} records, searchable and sortable</a>
        </p>
      )}
      <TableLinks endpoint="china-projects" query={pApi} what="CSV of these records" />
      <Sources ds={ds} ids={[ds.compare.chinaProjects.sourceId]} />
    </section>
  );
}
