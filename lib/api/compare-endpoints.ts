// GET /api/neighbours, /api/financiers and /api/china-projects as plain functions of (dataset, request), in the style
// of lib/api/endpoints.ts: JSON or CSV, ETag and 304, 400 JSON naming the parameter and the allowed values.
import { reconcileClaims } from "../compare/claims";
import { getFinancierView, seriesCatalogue, selectSeries, type FinancierView } from "../compare/financiers";
import { getNeighbourView, neighbourYearRange, type NeighbourView } from "../compare/neighbours";
import { parseProjectQuery, projectTable, grantOrLoan, serializeProjectQuery, type ProjectTable } from "../compare/projects";
import { parseFinancierQuery, parseNeighbourQuery, serializeFinancierQuery, serializeNeighbourQuery, seriesRange } from "../compare/query";
import type { Dataset } from "../data/dataset";
import { toCsv } from "../export/csv";
import { compareSources, FINANCIERS_CSV_HEADER, financierTableRows, NEIGHBOURS_CSV_HEADER, neighbourTableRows } from "../compare/tables";

export { compareSources, FINANCIERS_CSV_HEADER, NEIGHBOURS_CSV_HEADER };
import { getCpi } from "../aid/queries";
import { answerKey } from "./endpoints";
import { badRequest, csvOk, jsonOk } from "./respond";

function context(ds: Dataset) {
  return { annual: ds.annual.rows, figures: ds.seed.figures, relations: ds.relations, cpi: getCpi(ds) };
}

const dollarsPart = (dollars: string, base: number | null) => (dollars === "constant" ? `constant-${base}-usd` : "nominal-usd");

export function neighboursEndpoint(ds: Dataset, req: Request): Response {
  const range = neighbourYearRange(ds.compare);
  const parsed = parseNeighbourQuery(new URL(req.url).searchParams, range);
  if (!parsed.ok) return badRequest(parsed.issues);
  const q = parsed.query;
  const key = answerKey(ds, "neighbours", serializeNeighbourQuery(q, range), parsed.csv ? "csv" : "json");
  const view = () => getNeighbourView(ds.compare, q, context(ds));
  if (parsed.csv)
    return csvOk(
      req,
      () => neighboursCsv(view()),
      `us-aid-cambodia-and-neighbours_${q.groupBy}_fy${q.from}-${q.to}_${dollarsPart(q.dollars, q.baseYear)}_${q.measure}.csv`,
      key,
    );
  return jsonOk(
    req,
    () => {
      const v = view();
      return { ...v, meta: { sources: compareSources(ds, [...v.sourceIds, ...(q.dollars === "constant" ? [ds.cpi.sourceId] : [])]), yearRange: range } };
    },
    key,
  );
}

function neighboursCsv(v: NeighbourView): string {
  return toCsv(NEIGHBOURS_CSV_HEADER, neighbourTableRows(v));
}

export function financiersEndpoint(ds: Dataset, req: Request): Response {
  const defs = seriesCatalogue(ds.compare, ds.annual.rows);
  const parsed = parseFinancierQuery(new URL(req.url).searchParams, defs);
  if (!parsed.ok) return badRequest(parsed.issues);
  const q = parsed.query;
  const range = seriesRange(selectSeries(defs, q)) ?? { first: q.from, last: q.to };
  const key = answerKey(ds, "financiers", serializeFinancierQuery(q, range), parsed.csv ? "csv" : "json");
  const view = () => getFinancierView(ds.compare, q, context(ds));
  if (parsed.csv)
    return csvOk(
      req,
      () => financiersCsv(view()),
      `cambodia-financiers_${q.basis}_${q.groupBy}_${q.from}-${q.to}_${dollarsPart(q.dollars, q.baseYear)}_${q.measure}${q.china === "v1-split" ? "_china-v1-split" : ""}.csv`,
      key,
    );
  return jsonOk(
    req,
    () => {
      const v = view();
      const claims = reconcileClaims(ds.compare);
      return {
        ...v,
        claims,
        meta: { sources: compareSources(ds, [...v.sourceIds, ...claims.flatMap((c) => c.sourceIds), ...(q.dollars === "constant" || v.series.some((s) => s.id === "china-commitments") ? [ds.cpi.sourceId] : [])]), yearRange: range },
      };
    },
    key,
  );
}

function financiersCsv(v: FinancierView): string {
  return toCsv(FINANCIERS_CSV_HEADER, financierTableRows(v));
}

export function chinaProjectsEndpoint(ds: Dataset, req: Request): Response {
  const parsed = parseProjectQuery(new URL(req.url).searchParams);
  if (!parsed.ok) return badRequest(parsed.issues);
  const q = parsed.query;
  const key = answerKey(ds, "china-projects", serializeProjectQuery(q), parsed.csv ? "csv" : "json");
  const table = () => projectTable(ds.compare.chinaProjects.projects, q);
  if (parsed.csv) return csvOk(req, () => projectsCsv(table(), ds.compare.chinaProjects.sourceId), `aiddata-v1-china-cambodia-projects-2000-2014_${q.records}.csv`, key);
  return jsonOk(req, () => ({ ...table(), meta: { note: ds.compare.chinaProjects.note, sources: compareSources(ds, [ds.compare.chinaProjects.sourceId]) } }), key);
}

const PROJECTS_CSV_HEADER = [
  "project_id", "year", "year_uncertain", "title", "agency", "grant_or_loan", "flow", "flow_class", "status", "sector_code", "sector",
  "amount_original", "currency", "usd_current", "usd_constant_2014", "loan_type", "interest_rate", "maturity_years",
  "grace_period_years", "grant_element", "recommended_for_research", "umbrella", "source_id",
] as const;

function projectsCsv(t: ProjectTable, sourceId: string): string {
  return toCsv(
    PROJECTS_CSV_HEADER,
    t.projects.map((p) => [
      p.projectId, p.year, p.yearUncertain, p.title, p.agency, grantOrLoan(p), p.flow, p.flowClass, p.status, p.sector.code, p.sector.name,
      p.amountOriginal, p.currency, p.usdCurrent, p.usdConstant2014, p.loanType, p.interestRate, p.maturityYears, p.gracePeriodYears,
      p.grantElement, p.recommended, p.umbrella, sourceId,
    ]),
  );
}
