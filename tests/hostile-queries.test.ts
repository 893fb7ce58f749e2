// Property-based: thousands of generated requests per endpoint and per chart file, sent through the route modules as
// Next.js serves them (its own autoImplementMethods: HEAD by GET, OPTIONS answered): generated methods, conditional
// headers (If-None-Match with the ETag the route sent, weak, "*", in a list, or a stranger's) and query strings
// (repeated keys, percent-encoded unicode and null bytes, path traversal, 8 kB values, huge sizes). GET and HEAD get
// only 200, 304 (exactly when the tag matches) or a JSON 400 naming the parameter (404 for a chart file that does not
// exist); POST, PUT, PATCH and DELETE a JSON 405 with Allow; OPTIONS 204 with Allow; never a 5xx. Fixed seed: the
// same cases every run.
import fc from "fast-check";
import type { NextRequest } from "next/server";
import { autoImplementMethods } from "next/dist/server/route-modules/app-route/helpers/auto-implement-methods";
import { describe, expect, it } from "vitest";
import { chartFileEndpoint } from "@/lib/api/chart-files";
import { API_ENDPOINTS } from "@/lib/api/respond";
import { DECK_CHARTS } from "@/lib/briefing/deck-format";
import * as aid from "@/app/api/aid/route";
import * as disputes from "@/app/api/disputes/route";
import * as events from "@/app/api/events/route";
import * as programmes from "@/app/api/programmes/route";
import * as reconciliation from "@/app/api/reconciliation/route";
import * as relations from "@/app/api/relations/route";
import * as sources from "@/app/api/sources/route";
import * as takeaway from "@/app/api/takeaway/route";
import * as chartFile from "@/app/charts/[file]/route";
import * as chinaProjects from "@/app/api/china-projects/route";
import * as financiers from "@/app/api/financiers/route";
import * as neighbours from "@/app/api/neighbours/route";
import { realDataset } from "./helpers";

const SEED = 20261201;
const KEYS = ["series", "groupBy", "split", "from", "to", "dollars", "base", "measure", "share", "compare", "format", "category", "theme", "width", "height", "scale", "frame", "download", "chart", "countries", "measure", "basis", "financiers", "china", "sort", "q", "records"];
const VALUES = ["annual", "seed", "year", "decade", "span", "relations-phase", "kind", "programme", "form", "nominal", "constant", "total", "per-year", "percent", "absolute", "dollars", "difference", "csv", "json", "light", "dark", "plot", "full", "0", "1", "2", "4", "280", "300", "360", "1955", "1970", "2000", "2024", "2025", "1946", ...DECK_CHARTS, "per-person", "gdp-share", "cambodia,laos", "laos", "vietnam,cambodia,vietnam", "commitment", "obligation", "disbursement", "debt-service", "all", "china", "us,china", "v1-split", "-amount", "title", "bridge", "recommended"];
const HOSTILE = ["../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "a%00b", "%E2%80%AE", "%F0%9F%92%A3", "%", "%E0%A4%A", "<script>alert(1)</script>", "javascript:alert(1)", "=cmd|'/c calc'!A1", "1e9", "-1", "99999999999999999999", "0x10", " 1970", "1970.5", "NaN", "Infinity", "null", "[]", "{}"];

const key = fc.oneof(fc.constantFrom(...KEYS), fc.constantFrom(...HOSTILE), fc.string({ maxLength: 12 }), fc.constantFrom("utm_source", "__proto__", "constructor"));
const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.integer({ min: -100_000, max: 100_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.constant("x".repeat(8192)) },
);
/** A raw query string: pairs joined as they come (repeats allowed), the parts left as generated (pre-encoded or not). */
const query = fc.array(fc.tuple(key, value), { maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type Method = (typeof METHODS)[number];
const method = fc.oneof({ weight: 6, arbitrary: fc.constantFrom<Method>("GET", "HEAD") }, { weight: 2, arbitrary: fc.constantFrom<Method>("POST", "PUT", "PATCH", "DELETE", "OPTIONS") });
/** If-None-Match: none, the tag the same GET was answered with (as sent, weak, inside a list), "*", or a tag of another answer. */
const CONDITIONS = ["none", "same", "weak", "list", "star", "other"] as const;
type Condition = (typeof CONDITIONS)[number];
const condition = fc.oneof({ weight: 3, arbitrary: fc.constant<Condition>("none") }, { weight: 3, arbitrary: fc.constantFrom<Condition>("same", "weak", "list", "star", "other") });

function ifNoneMatch(c: Condition, etag: string | null): string | null {
  const tag = etag ?? '"not-a-tag-this-route-sent"';
  switch (c) {
    case "none":
      return null;
    case "same":
      return tag;
    case "weak":
      return `W/${tag}`;
    case "list":
      return `"stale-one", ${tag}`;
    case "star":
      return "*";
    case "other":
      return '"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"';
  }
}

/** The handlers a route module exports (each of ours: GET, and a JSON 405 for the other methods but HEAD, which Next
 * answers from GET). */
type RouteModule = { GET: RouteHandler } & Partial<Record<Method, RouteHandler>>;
type RouteHandler = (req: NextRequest, ctx: { params: Promise<{ file: string }> }) => Response | Promise<Response>;

/** The request as Next.js serves it: the module's handlers completed by Next's own autoImplementMethods. */
async function send(route: RouteModule, m: Method, url: string, headers: Record<string, string>, file = ""): Promise<Response> {
  // the module's handlers, each given the route's parameters as Next gives them (Next fills in HEAD and the rest)
  const own = Object.fromEntries(
    METHODS.flatMap((k) => {
      const handler = route[k];
      return handler ? [[k, (req: NextRequest) => handler(req, { params: Promise.resolve({ file }) })] as const] : [];
    }),
  );
  const handlers = autoImplementMethods(own);
  const req = new Request(url, { method: m, headers }) as NextRequest;
  return (await handlers[m](req, { params: Promise.resolve({ file }) })) as Response;
}

/** Statuses seen per test, so each test also shows its generator reached every kind of answer. */
let seen = new Map<number, number>();

async function checkError(res: Response): Promise<void> {
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string; issues?: { param: string; message: string }[] } };
  expect(typeof body.error.message).toBe("string");
  if (res.status === 405) expect(body.error.code).toBe("method_not_allowed");
  if (res.status === 400) {
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.issues!.length).toBeGreaterThan(0);
    for (const i of body.error.issues!) {
      expect(typeof i.param).toBe("string");
      expect(i.param.length).toBeLessThanOrEqual(40);
      expect(i.message.length).toBeGreaterThan(0);
    }
  }
}

/** Sends one generated request (after a plain GET of the same address where the condition needs its tag) and checks
 * the answer. `getStatuses`: what GET and HEAD may answer besides 304. */
async function exchange(route: RouteModule, url: string, m: Method, c: Condition, getStatuses: number[], file = ""): Promise<void> {
  const first = c === "none" || c === "star" || c === "other" ? null : await send(route, "GET", url, {}, file);
  const etag = first?.status === 200 ? first.headers.get("etag") : null;
  const inm = ifNoneMatch(c, etag);
  const res = await send(route, m, url, inm === null ? {} : { "if-none-match": inm }, file);
  seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
  const what = `${m} ${url.slice(0, 200)} If-None-Match: ${inm}`;
  if (m === "OPTIONS") {
    expect(res.status, what).toBe(204);
    expect(res.headers.get("allow"), what).toMatch(/\bGET\b.*\bHEAD\b/);
    return;
  }
  if (m !== "GET" && m !== "HEAD") {
    expect(res.status, what).toBe(405);
    expect(res.headers.get("allow"), what).toBe("GET, HEAD, OPTIONS");
    return checkError(res);
  }
  expect([...getStatuses, 304], what).toContain(res.status);
  // a validator the route sent, given back, is a 304 with that tag and no body; any other tag is never a 304
  if (etag !== null) {
    expect(res.status, what).toBe(304);
    expect(res.headers.get("etag"), what).toBe(etag);
    expect(await res.text(), what).toBe("");
  } else if (c !== "star") expect(res.status, what).not.toBe(304);
  if (res.status === 200) expect(res.headers.get("etag"), what).toMatch(/^"[\w-]+"$/);
  if (res.status === 400 || res.status === 404) await checkError(res);
}

/** Every API endpoint's route module; /api/takeaway needs a chart, so most of its queries start with one. */
const ROUTES: Record<string, { route: RouteModule; prefix: fc.Arbitrary<string> }> = {
  aid: { route: aid, prefix: fc.constant("") },
  programmes: { route: programmes, prefix: fc.constant("") },
  events: { route: events, prefix: fc.constant("") },
  relations: { route: relations, prefix: fc.constant("") },
  sources: { route: sources, prefix: fc.constant("") },
  reconciliation: { route: reconciliation, prefix: fc.constant("") },
  disputes: { route: disputes, prefix: fc.constant("") },
  neighbours: { route: neighbours, prefix: fc.constant("") },
  financiers: { route: financiers, prefix: fc.constant("") },
  "china-projects": { route: chinaProjects, prefix: fc.constant("") },
  takeaway: { route: takeaway, prefix: fc.oneof({ weight: 1, arbitrary: fc.constant("") }, { weight: 3, arbitrary: fc.constantFrom(...DECK_CHARTS).map((c) => `chart=${c}&`) }) },
};

/** Every kind of answer was reached: valid and refused queries, 304s, 405s and OPTIONS. */
function expectEveryKind(name: string, extra: Record<number, number> = {}) {
  const kinds: Record<number, number> = { 200: 20, 400: 100, 304: 20, 405: 20, 204: 5, ...extra };
  for (const [status, least] of Object.entries(kinds)) expect(seen.get(Number(status)) ?? 0, `${name}: ${status} answers (${JSON.stringify([...seen])})`).toBeGreaterThan(least);
}

describe("hostile requests", () => {
  it("the property test covers every API endpoint the 404 lists", () => {
    expect(Object.keys(ROUTES).map((n) => `/api/${n}`).sort()).toEqual([...API_ENDPOINTS].sort());
  });

  for (const [name, { route, prefix }] of Object.entries(ROUTES)) {
    it(`/api/${name} answers 200, 304, a JSON 400 or a JSON 405 to 2,000 generated requests`, async () => {
      seen = new Map();
      await fc.assert(
        fc.asyncProperty(prefix, query, method, condition, async (p, qs, m, c) => {
          await exchange(route, `http://localhost/api/${name}?${p}${qs}`, m, c, [200, 400]);
        }),
        { seed: SEED, numRuns: 2000 },
      );
      expectEveryKind(`/api/${name}`);
    }, 60_000);
  }

  it("chart files answer 200, 304, a JSON 400, 404 or 405 to 2,000 generated SVG requests and names", async () => {
    seen = new Map();
    const name = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("aid-by-period.svg", "relations-band.svg", "military-share.svg", "seed-vs-greenbook.svg") },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE, "aid-by-period.svg%00.png", "..%2Faid-by-period.svg", "AID-BY-PERIOD.SVG", "aid-by-period.svgz") },
    );
    await fc.assert(
      fc.asyncProperty(name, query, method, condition, async (n, qs, m, c) => {
        await exchange(chartFile, `http://localhost/charts/${n}?${qs}`, m, c, [200, 400, 404], n);
      }),
      { seed: SEED, numRuns: 2000 },
    );
    expectEveryKind("chart files", { 404: 20 });
  }, 120_000);

  it("PNG chart files answer 200, 304, a JSON 400 or 405 to 300 generated requests, huge sizes refused before drawing", async () => {
    seen = new Map();
    // sizes mostly out of bounds (drawing stays cheap), some small valid ones that are drawn
    const size = fc.oneof(fc.constantFrom("280", "300", "120", "4001", "5000", "100000", "0", "-5", "1e4", "99999999999"), fc.integer({ min: 4001, max: 1e9 }).map(String));
    const png = fc.tuple(query, size, size, fc.constantFrom("1", "2", "3", "4", "5", "0", "100")).map(([qs, w, h, s]) => `${qs}${qs ? "&" : ""}width=${w}&height=${h}&scale=${s}`);
    await fc.assert(
      fc.asyncProperty(png, method, condition, async (qs, m, c) => {
        await exchange(chartFile, `http://localhost/charts/aid-by-period.png?${qs}`, m, c, [200, 400], "aid-by-period.png");
      }),
      { seed: SEED, numRuns: 300 },
    );
    expect(seen.get(400) ?? 0).toBeGreaterThan(50);
    expect(seen.get(405) ?? 0).toBeGreaterThan(5);
  }, 120_000);

  it("the chart files' direct endpoint answers generated queries as the route does", async () => {
    // the endpoint function other code calls (exports, tests) refuses the same bad input with the same JSON 400
    const ds = realDataset();
    await fc.assert(
      fc.asyncProperty(query, async (qs) => {
        const url = `http://localhost/charts/relations-band.svg?${qs}`;
        const direct = await chartFileEndpoint(ds, new Request(url), "relations-band.svg", "http://localhost");
        const routed = await send(chartFile, "GET", url, {}, "relations-band.svg");
        expect(direct.status).toBe(routed.status);
        if (direct.status === 400) expect(await direct.json()).toEqual(await routed.json());
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
