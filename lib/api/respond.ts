// HTTP responses for the API: JSON or CSV with cache validators, typed 400s and 405s.
import { createHash } from "node:crypto";
import { BoundedCache } from "../cache/bounded-cache";
import type { QueryIssue } from "./query";

const CACHE_CONTROL = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";

/** A strong validator for a body: the same bytes, the same tag. */
export function etagFor(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Whether a request's If-None-Match names this tag (or "*"). */
export function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

interface Answer {
  body: string;
  etag: string;
}

/** Answers by normalised query: each distinct question is computed, serialised and hashed once. */
const answers = new BoundedCache<Answer>(500, 16 * 1024 * 1024, (a) => a.body.length * 2);
export const apiAnswerCache = answers;

function answerFor(key: string | null, build: () => string): Answer {
  const hit = key === null ? undefined : answers.get(key);
  if (hit) return hit;
  const body = build();
  const answer = { body, etag: etagFor(body) };
  if (key !== null) answers.set(key, answer);
  return answer;
}

function withValidators(req: Request, body: string | Answer, headers: Record<string, string>): Response {
  const answer = typeof body === "string" ? { body, etag: etagFor(body) } : body;
  const etag = answer.etag;
  const common = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding" };
  if (matches(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: common });
  return new Response(answer.body, { status: 200, headers: { ...headers, ...common } });
}

/** JSON of `data()`, computed once per `key` (the endpoint and its normalised query; null: not cached). */
export function jsonOk(req: Request, data: () => unknown, key: string | null = null): Response {
  return withValidators(req, answerFor(key, () => JSON.stringify(data())), { "Content-Type": "application/json; charset=utf-8" });
}

export function csvOk(req: Request, csv: () => string, filename: string, key: string | null = null): Response {
  return withValidators(req, answerFor(key, csv), {
    "Content-Type": "text/csv; charset=utf-8; header=present",
    "Content-Disposition": `attachment; filename="${filename}"`,
  });
}

export function badRequest(issues: QueryIssue[]): Response {
  const message = issues.map((i) => `${i.param}: ${i.message}`).join("; ");
  return Response.json(
    { error: { code: "invalid_query", message, issues } },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );
}

const ALLOW = "GET, HEAD, OPTIONS";

export function methodNotAllowed(): Response {
  return Response.json(
    { error: { code: "method_not_allowed", message: "Only GET (and HEAD) are supported." } },
    { status: 405, headers: { Allow: ALLOW, "Cache-Control": "no-store" } },
  );
}

/** Handlers for every method but GET: spread into a route module (`export const { POST, PUT, ... } = notAllowed`). */
export const notAllowedHandlers = {
  POST: methodNotAllowed,
  PUT: methodNotAllowed,
  PATCH: methodNotAllowed,
  DELETE: methodNotAllowed,
  OPTIONS: () => new Response(null, { status: 204, headers: { Allow: ALLOW } }),
};

export const API_ENDPOINTS = ["/api/aid", "/api/programmes", "/api/events", "/api/relations", "/api/sources", "/api/reconciliation", "/api/disputes", "/api/takeaway", "/api/neighbours", "/api/financiers", "/api/china-projects"];

export function notFound(path: string): Response {
  return Response.json(
    { error: { code: "not_found", message: `No API endpoint at ${path.slice(0, 100)}; the endpoints are ${API_ENDPOINTS.join(", ")}.` } },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}

/** Runs a handler; a bug becomes a JSON 500 without a stack trace instead of an HTML error page. */
export function safely(handler: (req: Request) => Response): (req: Request) => Response {
  return (req) => {
    try {
      return handler(req);
    } catch (err) {
      return internalError(err);
    }
  };
}

/** A bug becomes a JSON 500 without a stack trace (logged on the server) instead of an HTML error page. */
export function internalError(err: unknown): Response {
  console.error(err);
  return Response.json({ error: { code: "internal_error", message: "The server could not answer this request." } }, { status: 500, headers: { "Cache-Control": "no-store" } });
}
