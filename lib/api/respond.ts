// HTTP responses for the API: JSON or CSV with cache validators, typed 400s and 405s.
import { createHash } from "node:crypto";
import type { QueryIssue } from "./query";

export const CACHE_CONTROL = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";

function etagFor(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

function withValidators(req: Request, body: string, headers: Record<string, string>): Response {
  const etag = etagFor(body);
  const common = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding" };
  if (matches(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: common });
  return new Response(body, { status: 200, headers: { ...headers, ...common } });
}

export function jsonOk(req: Request, data: unknown): Response {
  return withValidators(req, JSON.stringify(data), { "Content-Type": "application/json; charset=utf-8" });
}

export function csvOk(req: Request, csv: string, filename: string): Response {
  return withValidators(req, csv, {
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

export const API_ENDPOINTS = ["/api/aid", "/api/programmes", "/api/events", "/api/relations", "/api/sources", "/api/reconciliation", "/api/disputes"];

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
      console.error(err);
      return Response.json({ error: { code: "internal_error", message: "The server could not answer this request." } }, { status: 500 });
    }
  };
}
