// "/data": the data behind the dashboard to read and take away: the API with a live example per endpoint and
// parameter, the annual series and the events as tables sorted and filtered by GET parameters (no JavaScript
// needed), each with a CSV of exactly its rows, the whole data set as one zip, the data's changelog, every source.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/server/origin";
import { SiteHeader } from "@/components/dashboard/site-header";
import { SiteFooter } from "@/components/site/site-footer";
import { AnnualTable } from "@/components/tables/annual-table";
import { EventsTable } from "@/components/tables/events-table";
import { SourcesList } from "@/components/tables/sources-list";
import { API_DOCS, API_ERROR_EXAMPLE } from "@/lib/pages/api-docs";
import { CHANGELOG } from "@/lib/data/changelog";
import { getDataset } from "@/lib/data/get-dataset";
import {
  ANNUAL_SORTS,
  ANNUAL_TABLE_STATUSES,
  EVENT_SORTS,
  annualTableParams,
  annualTableRows,
  eventsTableParams,
  eventsTableRows,
  parseAnnualTableQuery,
  parseEventsTableQuery,
} from "@/lib/pages/data-tables";
import { datasetVersion } from "@/lib/data/download";
import { CONFIDENCES, EVENT_CATEGORIES } from "@/lib/data/schema";
import { pageMetadata } from "@/lib/pages/meta";
import { DATA_FIRST_FY, DATA_LAST_FY } from "@/lib/view";
import { FISCAL_YEAR_NOTE, getDisagreements } from "@/lib/aid/queries";

/** Rendered per request: link previews name the host the request came to (or SITE_URL). */
export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    origin: siteOrigin(await headers()),
    path: "/data",
    title: "Data: API, tables and the whole data set",
    description:
      "The data behind the US aid to Cambodia dashboard: the JSON/CSV API with live examples, US aid obligations for every fiscal year FY1955-2024 and every dated event 1950-2026 as sortable tables, every source, and the whole data set as one download.",
  });
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function toParams(sp: Record<string, string | string[] | undefined>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) if (typeof v === "string") p.set(k, v);
  return p;
}

/** A query string that keeps the other table's parameters. */
const withOthers = (own: URLSearchParams, other: URLSearchParams) => {
  const p = new URLSearchParams([...other, ...own]);
  const s = p.toString();
  return s ? `?${s}` : "";
};

const Hidden = ({ params }: { params: URLSearchParams }) => (
  <>
    {[...params].map(([k, v]) => (
      <input key={k} type="hidden" name={k} value={v} />
    ))}
  </>
);

export default async function DataPage({ searchParams }: { searchParams: SearchParams }) {
  const ds = getDataset();
  const params = toParams(await searchParams);
  const aq = parseAnnualTableQuery(params);
  const eq = parseEventsTableQuery(params);
  const annualRows = annualTableRows(ds, aq);
  const eventRows = eventsTableRows(ds, eq);
  const aParams = annualTableParams(aq);
  const eParams = eventsTableParams(eq);
  // a form sends every field, defaults too: answer with the short address of what it asked for
  const canonical = new URLSearchParams([...aParams, ...eParams]).toString();
  if (params.toString() !== canonical && [...params.keys()].some((k) => /^[ae]_/.test(k))) redirect(canonical ? `/data?${canonical}` : "/data");
  const version = datasetVersion(ds);
  const years = Array.from({ length: DATA_LAST_FY - DATA_FIRST_FY + 1 }, (_, i) => DATA_FIRST_FY + i);
  return (
    <div className="theme-root" data-theme="system">
      <SiteHeader current="data" />
      <main id="main" tabIndex={-1} className="page-main space-y-8">
        <header className="space-y-2">
          <h1>Data: API, tables and the whole data set</h1>
          <p>Everything the dashboard draws, to read, query and take away, with its sources. How each number is made: <a href="/methods">Methods</a>.</p>
          <nav aria-label="On this page" className="text-sm">
            <a href="#download-h">Download the data set</a> · <a href="#api-h">API</a> · <a href="#annual-h">Annual obligations</a> ·{" "}
            <a href="#events-h">All dated events ({ds.events.events.length})</a> · <a href="#changelog">Changelog</a> · <a href="#sources-h">Sources ({ds.sources.length})</a>
          </nav>
        </header>

        <section aria-labelledby="download-h" className="prose">
          <h2 id="download-h">Download the whole data set</h2>
          <p>
            <a href="/data/dataset.zip" className="button-link" download data-testid="dataset-zip">
              Download the data set (zip: CSV and JSON per file, README, data version)
            </a>
          </p>
          <p className="text-sm">
            Data version: <span data-testid="dataset-version">{version}</span>.
          </p>
        </section>

        <section aria-labelledby="api-h" className="prose">
          <h2 id="api-h">API</h2>
          <p>
            Every endpoint answers <code>GET</code> (and <code>HEAD</code>) with JSON, or CSV with <code>format=csv</code>, and carries an <code>ETag</code> and <code>Cache-Control</code>. No data is{" "}
            <code>null</code> (an empty CSV cell), never 0. Each link below is a live request.
          </p>
          {API_DOCS.map((ep) => (
            <div key={ep.path} className="api-endpoint" data-endpoint={ep.path}>
              <h3>
                <code>{ep.path}</code>
              </h3>
              <p>
                {ep.what} Example: <a href={ep.example.href} data-api-example={ep.example.href}>{ep.example.href}</a> ({ep.example.what}).
              </p>
              <div className="table-scroll">
                <table className="data">
                  <caption className="sr-only">Parameters of {ep.path}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Parameter</th>
                      <th scope="col">Allowed values</th>
                      <th scope="col">Example</th>
                    </tr>
                  </thead>
                  <tbody>
                    {ep.params.map((p) => (
                      <tr key={p.name}>
                        <th scope="row">
                          <code>{p.name}</code>
                        </th>
                        <td>{p.allowed}</td>
                        <td>
                          <a href={p.example.href} data-api-example={p.example.href}>
                            {p.example.href}
                          </a>{" "}
                          <span className="muted">({p.example.what})</span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          ))}
          <h3 id="api-errors">Errors</h3>
          <p>
            A parameter that cannot be read answers <code>400</code> with JSON naming the parameter and the allowed values, for example{" "}
            <a href={API_ERROR_EXAMPLE.href} data-api-example={API_ERROR_EXAMPLE.href} data-api-status="400">
              {API_ERROR_EXAMPLE.href}
            </a>
            :
          </p>
          <pre className="text-sm whitespace-pre-wrap">{`{ "error": { "code": "invalid_query", "message": "groupBy: unknown value \\"week\\"; allowed values are ...",
  "issues": [ { "param": "groupBy", "message": "unknown value \\"week\\"; allowed values are ..." } ] } }`}</pre>
          <p>
            Another method answers <code>405</code> with <code>Allow: GET, HEAD, OPTIONS</code>; an unknown <code>/api/</code> path answers a JSON <code>404</code> listing the endpoints.
          </p>
        </section>

        <section aria-labelledby="annual-h">
          <h2 id="annual-h">Annual obligations, FY{DATA_FIRST_FY}-{DATA_LAST_FY}</h2>
          <p className="text-sm muted">{FISCAL_YEAR_NOTE}</p>
          <form method="get" action="/data#annual-h" className="filters" aria-label="Filter and sort the annual table">
            <Hidden params={eParams} />
            <label className="field">
              <span>From</span>
              <select name="a_from" defaultValue={String(aq.from)}>
                {years.map((y) => (
                  <option key={y} value={y}>FY{y}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>To</span>
              <select name="a_to" defaultValue={String(aq.to)}>
                {years.map((y) => (
                  <option key={y} value={y}>FY{y}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Status</span>
              <select name="a_status" defaultValue={aq.status}>
                {ANNUAL_TABLE_STATUSES.map((s) => (
                  <option key={s} value={s}>{s === "no-data" ? "no data" : s === "known-zero" ? "known zero ($0)" : s}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Sort annual rows by</span>
              <select name="a_sort" defaultValue={aq.sort}>
                {ANNUAL_SORTS.map((s) => (
                  <option key={s} value={s}>{s === "year" ? "fiscal year" : s}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Annual order</span>
              <select name="a_dir" defaultValue={aq.dir}>
                <option value="asc">ascending</option>
                <option value="desc">descending</option>
              </select>
            </label>
            <button type="submit">Show annual rows</button>
          </form>
          <p className="results-count" role="status" data-testid="annual-count">
            {annualRows.length} fiscal years, by {aq.sort === "year" ? "fiscal year" : aq.sort} {aq.dir === "asc" ? "ascending" : "descending"}
            {aq.sort !== "year" ? " (years without data last)" : ""}.{" "}
            <a href={`/data/annual.csv${withOthers(aParams, new URLSearchParams())}`} data-testid="annual-csv">
              Download CSV of this table
            </a>
          </p>
          <AnnualTable rows={annualRows} sources={ds.sourceById} sourceChangeAfter={aq.sort === "year" && aq.dir === "asc" ? ds.annual.sourceChanges.map((c) => c.afterFiscalYear) : []} disagreements={getDisagreements(ds)} />
        </section>

        <section aria-labelledby="events-h">
          <h2 id="events-h">
            All dated events, {ds.events.events[0].start.slice(0, 4)}-{ds.events.events[ds.events.events.length - 1].start.slice(0, 4)}
          </h2>
          <p className="text-sm muted">Including those before FY1955 and after FY2024, outside the charts&apos; years. To read them with the relations and aid around each: <a href="/timeline">the timeline</a>.</p>
          <form method="get" action="/data#events-h" className="filters" aria-label="Filter and sort the events table">
            <Hidden params={aParams} />
            <label className="field">
              <span>Events containing</span>
              <input type="search" name="e_q" defaultValue={eq.q} maxLength={100} />
            </label>
            <label className="field">
              <span>Event category</span>
              <select name="e_category" defaultValue={eq.category}>
                {["any", ...EVENT_CATEGORIES].map((c) => (
                  <option key={c} value={c}>{c}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Event confidence</span>
              <select name="e_confidence" defaultValue={eq.confidence}>
                {["any", ...CONFIDENCES].map((c) => (
                  <option key={c} value={c}>{c}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Sort events by</span>
              <select name="e_sort" defaultValue={eq.sort}>
                {EVENT_SORTS.map((s) => (
                  <option key={s} value={s}>{s}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Event order</span>
              <select name="e_dir" defaultValue={eq.dir}>
                <option value="asc">ascending</option>
                <option value="desc">descending</option>
              </select>
            </label>
            <button type="submit">Show events</button>
          </form>
          <p className="results-count" role="status" data-testid="events-count">
            {eventRows.length} of {ds.events.events.length} events, by {eq.sort} {eq.dir === "asc" ? "ascending" : "descending"}.{" "}
            <a href={`/data/events.csv${withOthers(eParams, new URLSearchParams())}`} data-testid="events-csv">
              Download CSV of this table
            </a>
          </p>
          <EventsTable events={eventRows} sources={ds.sourceById} />
        </section>

        <section aria-labelledby="changelog-h" id="changelog" className="prose">
          <h2 id="changelog-h">What changed in the data</h2>
          {CHANGELOG.entries.map((e) => (
            <div key={e.date}>
              <h3>
                <time dateTime={e.date}>{e.date}</time>
              </h3>
              <ul>
                {e.changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>

        <section aria-labelledby="sources-h">
          <h2 id="sources-h">Sources</h2>
          <SourcesList sources={ds.sources} />
        </section>
      </main>
      <SiteFooter />
    </div>
  );
}
