// AidData v1.0's Cambodia project records as a table: searched, sorted, totalled. Pure functions of the data.
import { parseQuery, type QueryIssue, type QuerySpec } from "../api/query";
import type { ChinaProject } from "./schema";

const PROJECT_SORTS = ["year", "-year", "amount", "-amount", "title", "-title", "agency", "-agency", "flow", "-flow", "status", "-status", "sector", "-sector"] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];
/** The records behind AidData's totals (recommended for research) by default; every record on request. */
export const PROJECT_SETS = ["recommended", "all"] as const;
type ProjectSet = (typeof PROJECT_SETS)[number];

export interface ProjectQuery {
  sort: ProjectSort;
  q: string;
  records: ProjectSet;
}
export const PROJECT_DEFAULTS: ProjectQuery = { sort: "-amount", q: "", records: "recommended" };

export const FLOW_LABELS: Readonly<Record<ChinaProject["flow"], string>> = {
  grant: "Grant",
  loan: "Loan",
  "technical-assistance": "Technical assistance",
  "export-credit": "Export credit",
  scholarships: "Scholarships",
  "debt-forgiveness": "Debt forgiveness",
};
export const STATUS_LABELS: Readonly<Record<ChinaProject["status"], string>> = {
  completion: "Completed",
  implementation: "Being implemented",
  "pipeline-commitment": "Committed (pipeline)",
  "pipeline-pledge": "Pledged (pipeline)",
  suspended: "Suspended",
};
/** Grant or loan, as the table's column says. */
export function grantOrLoan(p: ChinaProject): "grant" | "loan" | "other" {
  if (p.flow === "loan" || p.flow === "export-credit") return "loan";
  if (p.flow === "grant" || p.flow === "technical-assistance" || p.flow === "scholarships") return "grant";
  return "other";
}

const text = (p: ChinaProject) => `${p.title} ${p.agency} ${p.sector.name} ${FLOW_LABELS[p.flow]} ${STATUS_LABELS[p.status]} ${p.year}`.toLowerCase();

function compareBy(sort: ProjectSort): (a: ChinaProject, b: ChinaProject) => number {
  const desc = sort.startsWith("-");
  const key = sort.replace(/^-/, "");
  const dir = desc ? -1 : 1;
  return (a, b) => {
    let r = 0;
    switch (key) {
      case "year":
        r = a.year - b.year;
        break;
      case "amount":
        // records without an amount go last in either direction
        if (a.usdCurrent === null || b.usdCurrent === null) return (a.usdCurrent === null ? 1 : 0) - (b.usdCurrent === null ? 1 : 0) || a.projectId - b.projectId;
        r = a.usdCurrent - b.usdCurrent;
        break;
      case "title":
        r = a.title.localeCompare(b.title);
        break;
      case "agency":
        r = a.agency.localeCompare(b.agency);
        break;
      case "flow":
        r = FLOW_LABELS[a.flow].localeCompare(FLOW_LABELS[b.flow]);
        break;
      case "status":
        r = STATUS_LABELS[a.status].localeCompare(STATUS_LABELS[b.status]);
        break;
      case "sector":
        r = a.sector.name.localeCompare(b.sector.name);
        break;
    }
    return r * dir || a.projectId - b.projectId;
  };
}

export interface ProjectTable {
  query: ProjectQuery;
  projects: ChinaProject[];
  totals: { records: number; usdCurrent: number; usdConstant2014: number; withoutAmount: number };
}

export function projectTable(projects: readonly ChinaProject[], q: ProjectQuery): ProjectTable {
  const needle = q.q.trim().toLowerCase();
  const rows = projects.filter((p) => (q.records === "all" || p.recommended) && (needle === "" || text(p).includes(needle))).sort(compareBy(q.sort));
  return {
    query: q,
    projects: rows,
    totals: {
      records: rows.length,
      usdCurrent: rows.reduce((a, p) => a + (p.usdCurrent ?? 0), 0),
      usdConstant2014: rows.reduce((a, p) => a + (p.usdConstant2014 ?? 0), 0),
      withoutAmount: rows.filter((p) => p.usdCurrent === null).length,
    },
  };
}

/** The longest search accepted. */
const MAX_SEARCH_LENGTH = 40;

export function parseProjectQuery(params: URLSearchParams): { ok: true; query: ProjectQuery; csv: boolean } | { ok: false; issues: QueryIssue[] } {
  const qs = params.getAll("q");
  const issues: QueryIssue[] = [];
  if (qs.length > 1) issues.push({ param: "q", message: `given ${qs.length} times; give it once, as a search text of at most ${MAX_SEARCH_LENGTH} characters` });
  else if (qs.length === 1 && qs[0].length > MAX_SEARCH_LENGTH) issues.push({ param: "q", message: `the search text is longer than ${MAX_SEARCH_LENGTH} characters; allowed: any text of at most ${MAX_SEARCH_LENGTH} characters` });
  else if (qs.length === 1 && /[\u0000-\u001f\u007f]/.test(qs[0])) issues.push({ param: "q", message: "the search text holds control characters; allowed: plain text" });
  const spec = {
    q: { kind: "enum", values: [] },
    sort: { kind: "enum", values: PROJECT_SORTS },
    records: { kind: "enum", values: PROJECT_SETS },
    format: { kind: "enum", values: ["json", "csv"] },
  } as const satisfies QuerySpec;
  const parsed = parseQuery(new URLSearchParams([...params].filter(([k]) => k !== "q")), spec);
  if (!parsed.ok) issues.push(...parsed.issues);
  if (issues.length || !parsed.ok) return { ok: false, issues };
  return {
    ok: true,
    csv: parsed.values.format === "csv",
    query: { sort: parsed.values.sort ?? PROJECT_DEFAULTS.sort, q: qs[0] ?? "", records: parsed.values.records ?? PROJECT_DEFAULTS.records },
  };
}

export function serializeProjectQuery(q: ProjectQuery): string {
  const out = new URLSearchParams();
  if (q.q !== "") out.set("q", q.q);
  if (q.sort !== PROJECT_DEFAULTS.sort) out.set("sort", q.sort);
  if (q.records !== PROJECT_DEFAULTS.records) out.set("records", q.records);
  return out.toString();
}
