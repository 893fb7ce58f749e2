// The API's GET handlers as plain functions of (dataset, request), so tests call them without a server.
import type { Dataset } from "../data/dataset";
import { formatEventDate } from "../util/dates";
import { toCsv } from "../export/csv";
import { EVENT_CATEGORIES } from "../data/schema";
import { AID_VIEW_KEYS, aidApiQuery, aidQueryOf, parseViewQuery, serializeView } from "../view";
import {
  eventYearRange,
  getAidAnswer,
  getDisputes,
  getEvents,
  getProgrammesAnswer,
  programmeDetailEnd,
  getReconciliations,
  type AidQuery,
  type AidAnswer,
} from "../aid/queries";
import { parseQuery, type QuerySpec } from "./query";
import { badRequest, csvOk, jsonOk } from "./respond";

const FORMAT = { kind: "enum", values: ["json", "csv"] } as const;

/** Cache keys name the data set too (tests serve fixture data sets beside the real one). */
const datasetIds = new WeakMap<Dataset, number>();
let nextDatasetId = 1;
export function answerKey(ds: Dataset, ...parts: (string | number | null | undefined)[]): string {
  if (!datasetIds.has(ds)) datasetIds.set(ds, nextDatasetId++);
  return [datasetIds.get(ds), ...parts].join("|");
}

export function aidEndpoint(ds: Dataset, req: Request): Response {
  const parsed = parseViewQuery(new URL(req.url).searchParams, AID_VIEW_KEYS, { format: FORMAT });
  if (!parsed.ok) return badRequest(parsed.issues);
  const q: AidQuery = aidQueryOf(parsed.view);
  const v = parsed.extra;
  const key = answerKey(ds, "aid", aidApiQuery(parsed.view), v.format ?? "json");
  const answer = () => getAidAnswer(ds, q);
  if (v.format === "csv") {
    const name = [
      "us-aid-cambodia",
      q.series,
      q.groupBy,
      ...(q.split === "kind" ? [] : [`by-${q.split}`]),
      `fy${q.from}-${q.to}`,
      q.dollars === "constant" ? `constant-${q.baseYear}-usd` : "nominal-usd",
      q.measure === "per-year" && q.averageOver === "every-year" ? "per-year-over-every-year" : q.measure,
    ].join("_");
    return csvOk(req, () => aidRowsCsv(answer()), `${name}.csv`, key);
  }
  return jsonOk(req, answer, key);
}

const AID_CSV_HEADER = [
  "period_id", "period", "from_fy", "to_fy", "status", "economic_usd", "military_usd", "unsplit_usd", "total_usd",
  "military_share", "years_with_data", "years_in_span", "coverage", "dollars", "base_year", "measure", "divisor_years",
  "divisor", "split_years", "economic_avg_over_split_years_usd", "military_avg_over_split_years_usd", "precision",
  "programme", "source_ids", "notes", "known_zero_years", "known_zero_event_ids",
] as const;

/** One CSV line per drawn period; "no data" periods keep empty amounts and say so in `status`. Economic, military and
 * unsplit add up to the total (per-year averages divide every part by `divisor_years`); the average over the years
 * with the split alone has its own columns. Programme or grant/loan stacks add one column per part. */
function aidRowsCsv(aid: Pick<AidAnswer, "rows" | "query" | "meta">): string {
  const detailed = aid.query.series === "annual" && aid.query.split !== "kind";
  const partKeys = detailed ? aid.meta.partKeys : [];
  return toCsv(
    [...AID_CSV_HEADER, ...partKeys.map((k) => `part_${k.key}_usd`)],
    aid.rows.map((r) => [
      r.period.id, r.period.label, r.period.from, r.period.to,
      r.coverage.yearsWithData === 0
        ? "no data"
        : r.coverage.knownZeroYears.length === r.coverage.yearsInSpan
          ? "known zero"
          : r.coverage.partial ? "partial" : "complete",
      r.economic, r.military, r.unsplit, r.total,
      r.militaryShare === null ? null : r.militaryShare.toFixed(4),
      r.coverage.yearsWithData, r.coverage.yearsInSpan, r.coverage.label, r.dollars, r.baseYear, r.measure,
      r.divisor?.years ?? null, r.divisor?.label ?? null, r.coverage.splitYears,
      r.splitYearsAverage?.economic ?? null, r.splitYearsAverage?.military ?? null, r.precision,
      r.programme, r.sourceIds.join(" "), r.notes.join(" "),
      r.coverage.knownZeroYears.join(" ") || null, [...new Set(r.knownZeros.flatMap((z) => z.eventIds))].join(" ") || null,
      ...partKeys.map((k) => r.parts.find((p) => p.key === k.key)?.amount ?? null),
    ]),
  );
}

export function programmesEndpoint(ds: Dataset, req: Request): Response {
  const parsed = parseViewQuery(new URL(req.url).searchParams, ["from", "to", "dollars", "base"], { format: FORMAT });
  if (!parsed.ok) return badRequest(parsed.issues);
  const { from, to, dollars, base } = parsed.view;
  const v = parsed.extra;
  const q = { from, to, dollars, baseYear: dollars === "constant" ? base : null };
  const key = answerKey(ds, "programmes", serializeView(parsed.view, ["from", "to", "dollars", "base"]), v.format ?? "json");
  // computed only when the answer is not cached yet
  const answer = () => getProgrammesAnswer(ds, q);
  const coveredTo = programmeDetailEnd(ds, q.to);
  if (v.format === "csv")
    return csvOk(
      req,
      () => toCsv(
        ["programme_id", "programme", "kind", "form", "amount_usd", "share", "years_with_obligations", "from_fy", "to_fy", "dollars", "base_year", "source_ids"],
        answer().programmes.map((p) => [p.programme.id, p.programme.label, p.programme.kind, p.programme.form, p.amount, p.share === null ? null : p.share.toFixed(4), p.yearsWithObligations, q.from, coveredTo, q.dollars, q.baseYear, ds.programmes.sourceId]),
      ),
      `us-aid-cambodia_programmes_fy${q.from}-${coveredTo}_${q.dollars === "constant" ? `constant-${q.baseYear}-usd` : "nominal-usd"}.csv`,
      key,
    );
  return jsonOk(req, answer, key);
}

export function eventsEndpoint(ds: Dataset, req: Request): Response {
  const r = eventYearRange(ds);
  const year = { kind: "int", min: r.first, max: r.last, what: "a calendar year" } as const;
  const spec = { from: year, to: year, category: { kind: "enum", values: EVENT_CATEGORIES }, format: FORMAT } as const satisfies QuerySpec;
  const parsed = parseQuery(new URL(req.url).searchParams, spec);
  if (!parsed.ok) return badRequest(parsed.issues);
  const v = parsed.values;
  if (v.from !== undefined && v.to !== undefined && v.from > v.to)
    return badRequest([{ param: "from", message: `from (${v.from}) is after to (${v.to}); from must be less than or equal to to` }]);
  const q = { from: v.from ?? r.first, to: v.to ?? r.last, category: v.category ?? null };
  const key = answerKey(ds, "events", q.from, q.to, q.category, v.format ?? "json");
  // computed only when the answer is not cached yet
  const events = () => getEvents(ds, q).map((e) => ({ ...e, displayDate: formatEventDate(e) }));
  if (v.format === "csv")
    return csvOk(
      req,
      () => toCsv(
        ["id", "date", "start", "end", "precision", "category", "title", "description", "confidence", "source_ids", "seed_paragraph"],
        events().map((e) => [e.id, e.displayDate, e.start, e.end, e.precision, e.category, e.title, e.description, e.confidence, e.sourceIds.join(" "), e.seedParagraph]),
      ),
      `us-cambodia-events_${q.from}-${q.to}${q.category ? `_${q.category}` : ""}.csv`,
      key,
    );
  return jsonOk(
    req,
    () => {
      const list = events();
      return { query: q, events: list, meta: { sources: ds.sources.filter((s) => list.some((e) => e.sourceIds.includes(s.id))) } };
    },
    key,
  );
}

/** Endpoints whose only parameter is `format`. */
function formatOnly(req: Request): { ok: true; csv: boolean } | { ok: false; res: Response } {
  const parsed = parseQuery(new URL(req.url).searchParams, { format: FORMAT });
  if (!parsed.ok) return { ok: false, res: badRequest(parsed.issues) };
  return { ok: true, csv: parsed.values.format === "csv" };
}

export function relationsEndpoint(ds: Dataset, req: Request): Response {
  const f = formatOnly(req);
  if (!f.ok) return f.res;
  const key = answerKey(ds, "relations", f.csv ? "csv" : "json");
  const rel = ds.relations;
  if (f.csv)
    return csvOk(
      req,
      () => toCsv(
        ["id", "start", "end", "status", "rank", "label", "rationale", "start_disputed", "start_alternatives", "source_ids"],
        [
          ...rel.segments.map((s) => [
            s.id, s.start, s.end, s.status, rel.scale.find((x) => x.status === s.status)?.rank, s.label, s.rationale,
            s.startBoundary.disputed, s.startBoundary.alternatives.map((a) => `${a.date} (${a.sourceIds.join(" ")})`).join("; "), s.sourceIds.join(" "),
          ]),
          ["not-covered", rel.coverageEnd, null, "not-covered", null, "Not covered", "After the last sourced event; no status is claimed.", false, null, null],
        ],
      ),
      "us-cambodia-relations-phases.csv",
      key,
    );
  return jsonOk(req, () => ({ ...rel, afterCoverage: { from: rel.coverageEnd, status: "not-covered" } }), key);
}

export function sourcesEndpoint(ds: Dataset, req: Request): Response {
  const f = formatOnly(req);
  if (!f.ok) return f.res;
  const key = answerKey(ds, "sources", f.csv ? "csv" : "json");
  if (f.csv)
    return csvOk(
      req,
      () => toCsv(["id", "title", "publisher", "edition", "date", "covers", "url", "via", "kind"], ds.sources.map((s) => [s.id, s.title, s.publisher, s.edition, s.date, s.covers, s.url, s.viaNote, s.kind])),
      "us-cambodia-aid-sources.csv",
      key,
    );
  return jsonOk(req, () => ({ sources: ds.sources }), key);
}

export function reconciliationEndpoint(ds: Dataset, req: Request): Response {
  const f = formatOnly(req);
  if (!f.ok) return f.res;
  const key = answerKey(ds, "reconciliation", f.csv ? "csv" : "json");
  const recs = () => getReconciliations(ds);
  if (f.csv)
    return csvOk(
      req,
      () => toCsv(
        ["figure_id", "seed_paragraph", "from_fy", "to_fy", "kind", "programme", "precision", "seed_usd", "greenbook_same_kind_usd", "difference_usd", "difference_pct", "verdict", "greenbook_programme_usd", "programme_difference_usd", "programme_difference_pct", "summary", "source_ids"],
        recs().map((r) => [
          r.figure.id, r.figure.paragraph, r.figure.startYear, r.figure.endYear, r.figure.kind, r.figure.programme, r.figure.precision, r.figure.amount,
          r.sameKind.greenbookAmount, r.sameKind.differenceUsd, r.sameKind.differencePct?.toFixed(2), r.sameKind.verdict ?? r.programme?.verdict,
          r.programme?.greenbookAmount, r.programme?.differenceUsd, r.programme?.differencePct?.toFixed(2),
          [r.sameKind.summary, r.programme?.summary].filter(Boolean).join(" "), r.sourceIds.join(" "),
        ]),
      ),
      "seed-figures-vs-greenbook.csv",
      key,
    );
  return jsonOk(req, () => ({ reconciliations: recs(), nonAid: ds.seed.nonAid }), key);
}

export function disputesEndpoint(ds: Dataset, req: Request): Response {
  const f = formatOnly(req);
  if (!f.ok) return f.res;
  const key = answerKey(ds, "disputes", f.csv ? "csv" : "json");
  const disputes = () => getDisputes(ds);
  if (f.csv)
    return csvOk(
      req,
      () => toCsv(
        ["id", "topic", "claim", "claim_source_ids", "seed_paragraph", "contrary", "contrary_source_ids", "note", "check_programme", "check_amount_usd", "check_years"],
        disputes().map((d) => [d.id, d.topic, d.claim, d.claimSourceIds.join(" "), d.seedParagraph, d.contrary, d.contrarySourceIds.join(" "), d.note, d.checkResult?.programmeId, d.checkResult?.amount, d.checkResult?.yearsWithObligations.join(" ")]),
      ),
      "us-cambodia-disputed-claims.csv",
      key,
    );
  return jsonOk(req, () => ({ disputes: disputes() }), key);
}
