// What the comparison's three tables share: the view they are drawn for, the hidden inputs that carry the other tables'
// settings through a form, the sources line, and the CSV and JSON links of a table.
import { Fragment, type ReactNode } from "react";
import { compareSources } from "@/lib/api/compare-endpoints";
import { apiHref, apiParams, PAGE_PARAMS, serializeCompareState, type CompareState } from "@/lib/compare/page-params";
import type { Dataset } from "@/lib/data/dataset";
import { sourceHref } from "@/lib/pages/source-href";
import styles from "./compare.module.css";

/** One drawing of the section: the data, the reader's choices, where its forms go, and its address. */
export interface CompareContext {
  ds: Dataset;
  state: CompareState;
  /** where the forms are sent: /compare, or the dashboard */
  action: string;
  /** the section's settings as a query string (short form) */
  qs: string;
}

export function compareContext(ds: Dataset, state: CompareState, action: string): CompareContext {
  return { ds, state, action, qs: serializeCompareState(state, ds.compare, ds.annual.rows) };
}

/** The API query of one table, from the section's settings. */
export function tableApiQuery(c: CompareContext, table: "neighbours" | "financiers" | "projects"): string {
  return apiParams(new URLSearchParams(c.qs), table).toString().replace(/%2C/g, ",");
}

/** The section's address with some settings changed, at one table. */
export function pageHref(c: CompareContext, over: Record<string, string>, hash: string): string {
  const p = new URLSearchParams(c.qs);
  for (const [k, v] of Object.entries(over)) p.set(k, v);
  const s = p.toString().replace(/%2C/g, ",");
  return `${c.action}${s ? `?${s}` : ""}#${hash}`;
}

/** Hidden inputs that carry the other tables' settings through a form, so one table's change keeps the rest. */
export function Keep({ c, except }: { c: CompareContext; except: keyof typeof PAGE_PARAMS }) {
  const own = new Set(Object.keys(PAGE_PARAMS[except]));
  return (
    <>
      {[...new URLSearchParams(c.qs)].filter(([k]) => !own.has(k)).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
    </>
  );
}

export function Sources({ ds, ids }: { ds: Dataset; ids: readonly string[] }) {
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

/** A table's CSV (downloaded) and JSON, from the API with the same settings. */
export function TableLinks({ endpoint, query, what, children }: { endpoint: "neighbours" | "financiers" | "china-projects"; query: string; what: string; children?: ReactNode }) {
  return (
    <p className={styles.links}>
      <a href={apiHref(endpoint, query, true)} download>
        {what}
      </a>
      <a href={apiHref(endpoint, query)}>JSON</a>
      {children}
    </p>
  );
}
