// The comparison section's state in the page's URL. The three tables share one address, so each table's settings carry
// a prefix (n* for neighbours, f* for financiers) where the API's names would clash; the countries picker, the basis
// switch and the projects' search and sort keep the API's own names. A setting the page cannot read falls back to
// its default and is named, never an error page.
import type { QueryIssue } from "../api/query";
import { seriesCatalogue, type FinancierQuery, type SeriesDef } from "./financiers";
import type { NeighbourQuery } from "./neighbours";
import { PROJECT_DEFAULTS, parseProjectQuery, serializeProjectQuery, type ProjectQuery } from "./projects";
import { parseFinancierQuery, parseNeighbourQuery, serializeFinancierQuery, serializeNeighbourQuery, seriesRange } from "./query";
import { neighbourYearRange } from "./neighbours";
import type { CompareData } from "./schema";
import type { AnnualRow } from "../data/schema";

/** page parameter -> API parameter, per table */
export const PAGE_PARAMS = {
  neighbours: { countries: "countries", ngroup: "groupBy", nfrom: "from", nto: "to", ndollars: "dollars", nbase: "base", nmeasure: "measure" },
  financiers: { basis: "basis", financiers: "financiers", china: "china", fgroup: "groupBy", ffrom: "from", fto: "to", fdollars: "dollars", fbase: "base", fmeasure: "measure" },
  projects: { q: "q", sort: "sort", records: "records" },
} as const;
type Table = keyof typeof PAGE_PARAMS;

/** The API query string of one table's page parameters (the others dropped). */
export function apiParams(page: URLSearchParams, table: Table): URLSearchParams {
  const map: Record<string, string> = PAGE_PARAMS[table];
  const out = new URLSearchParams();
  for (const [k, v] of page) {
    if (!(k in map) || v === "") continue;
    // a form's checkboxes send one value each: the page joins them into the API's comma list
    const prev = out.get(map[k]);
    if (LIST_PARAMS.has(k) && prev !== null) {
      if (!prev.split(",").includes(v)) out.set(map[k], `${prev},${v}`);
    }
    else out.append(map[k], v);
  }
  return out;
}

/** Page parameters that are comma lists (a form sends one value per ticked box). */
const LIST_PARAMS = new Set(["countries", "financiers"]);

/** The page parameters of one table's API query string. */
function pageParams(api: string, table: Table): [string, string][] {
  const back = Object.fromEntries(Object.entries(PAGE_PARAMS[table]).map(([p, a]) => [a, p]));
  return [...new URLSearchParams(api)].map(([k, v]) => [back[k] ?? k, v]);
}

export interface CompareState {
  neighbours: NeighbourQuery;
  financiers: FinancierQuery;
  projects: ProjectQuery;
  /** settings that could not be read, each with its issue (the table shows its default instead) */
  issues: QueryIssue[];
}

export function compareState(page: URLSearchParams, c: CompareData, annual: readonly AnnualRow[]): CompareState {
  const issues: QueryIssue[] = [];
  const nRange = neighbourYearRange(c);
  const defs = seriesCatalogue(c, annual);
  const n = parseNeighbourQuery(apiParams(page, "neighbours"), nRange);
  const fParams = apiParams(page, "financiers");
  // the form always sends its China select: it applies only where China's commitments are shown
  if (!["commitment", "all"].includes(fParams.get("basis") ?? "")) fParams.delete("china");
  const f = parseFinancierQuery(fParams, defs);
  const p = parseProjectQuery(apiParams(page, "projects"));
  if (!n.ok) issues.push(...n.issues.map((i) => ({ ...i, param: pageName("neighbours", i.param) })));
  if (!f.ok) issues.push(...f.issues.map((i) => ({ ...i, param: pageName("financiers", i.param) })));
  if (!p.ok) issues.push(...p.issues);
  return {
    neighbours: n.ok ? n.query : defaultNeighbours(nRange),
    financiers: f.ok ? f.query : defaultFinanciers(defs),
    projects: p.ok ? p.query : PROJECT_DEFAULTS,
    issues,
  };
}

function pageName(table: Table, apiName: string): string {
  const hit = Object.entries(PAGE_PARAMS[table]).find(([, a]) => a === apiName);
  return hit ? hit[0] : apiName;
}

function defaultNeighbours(range: { first: number; last: number }): NeighbourQuery {
  const r = parseNeighbourQuery(new URLSearchParams(), range);
  if (!r.ok) throw new Error("the neighbours defaults do not parse");
  return r.query;
}

function defaultFinanciers(defs: readonly SeriesDef[]): FinancierQuery {
  const r = parseFinancierQuery(new URLSearchParams(), defs);
  if (!r.ok) throw new Error("the financiers defaults do not parse");
  return r.query;
}

/** The page's query string of a state, only what differs from the defaults ("" for the defaults). */
export function serializeCompareState(s: Omit<CompareState, "issues">, c: CompareData, annual: readonly AnnualRow[]): string {
  const defs = seriesCatalogue(c, annual);
  const fRange = seriesRange(defs.filter((d) => s.financiers.financiers.includes(d.financier) && (s.financiers.basis === "all" || d.basis === s.financiers.basis) && (d.chinaMode === null || d.chinaMode === s.financiers.china))) ?? { first: s.financiers.from, last: s.financiers.to };
  const all = [
    ...pageParams(serializeNeighbourQuery(s.neighbours, neighbourYearRange(c)), "neighbours"),
    ...pageParams(serializeFinancierQuery(s.financiers, fRange), "financiers"),
    ...pageParams(serializeProjectQuery(s.projects), "projects"),
  ];
  return new URLSearchParams(all).toString().replace(/%2C/g, ",");
}

/** The API address of one table for a state (its CSV with `format=csv`). */
export function apiHref(endpoint: "neighbours" | "financiers" | "china-projects", qs: string, csv = false): string {
  const q = [qs, csv ? "format=csv" : ""].filter(Boolean).join("&");
  return `/api/${endpoint}${q ? `?${q}` : ""}`;
}
