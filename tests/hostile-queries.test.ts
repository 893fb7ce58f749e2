// Property-based: thousands of generated query strings per endpoint and per chart file (repeated keys, percent-encoded
// unicode and null bytes, path traversal, 8 kB values, huge sizes) get only 200, 304 or 400 (404 for a chart file
// that does not exist), every error a JSON body naming the parameter; never a 5xx. Fixed seed: the same cases every run.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chartFileEndpoint } from "@/lib/api/chart-files";
import { aidEndpoint, disputesEndpoint, eventsEndpoint, programmesEndpoint, reconciliationEndpoint, relationsEndpoint, sourcesEndpoint } from "@/lib/api/endpoints";
import { realDataset } from "./helpers";

const SEED = 20261201;
const KEYS = ["series", "groupBy", "split", "from", "to", "dollars", "base", "measure", "share", "compare", "format", "category", "theme", "width", "height", "scale", "frame", "download"];
const VALUES = ["annual", "seed", "year", "decade", "span", "relations-phase", "kind", "programme", "form", "nominal", "constant", "total", "per-year", "percent", "absolute", "dollars", "difference", "csv", "json", "light", "dark", "plot", "full", "0", "1", "2", "4", "280", "300", "360", "1955", "1970", "2000", "2024", "2025", "1946"];
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

/** Statuses seen per test, so each test also shows its generator reached both valid and invalid queries. */
let seen = new Map<number, number>();

function check(res: Response, allowed: number[]): Promise<void> | void {
  seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
  expect(allowed, `status ${res.status}`).toContain(res.status);
  if (res.status === 400 || res.status === 404) {
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    return res.json().then((body: { error: { code: string; message: string; issues?: { param: string; message: string }[] } }) => {
      expect(typeof body.error.message).toBe("string");
      if (res.status === 400) {
        expect(body.error.code).toBe("invalid_query");
        expect(body.error.issues!.length).toBeGreaterThan(0);
        for (const i of body.error.issues!) {
          expect(typeof i.param).toBe("string");
          expect(i.param.length).toBeLessThanOrEqual(40);
          expect(i.message.length).toBeGreaterThan(0);
        }
      }
    });
  }
}

const ENDPOINTS = { aid: aidEndpoint, programmes: programmesEndpoint, events: eventsEndpoint, relations: relationsEndpoint, sources: sourcesEndpoint, reconciliation: reconciliationEndpoint, disputes: disputesEndpoint };

describe("hostile query strings", () => {
  for (const [name, endpoint] of Object.entries(ENDPOINTS)) {
    it(`/api/${name} answers 200 or a JSON 400 to 2,000 generated queries`, async () => {
      const ds = realDataset();
      seen = new Map();
      await fc.assert(
        fc.asyncProperty(query, async (qs) => {
          await check(endpoint(ds, new Request(`http://localhost/api/${name}?${qs}`)), [200, 400]);
        }),
        { seed: SEED, numRuns: 2000 },
      );
      expect(seen.get(200) ?? 0, `valid queries answered (${name})`).toBeGreaterThan(20);
      expect(seen.get(400) ?? 0, `invalid queries refused (${name})`).toBeGreaterThan(200);
    });
  }

  it("chart files answer 200, a JSON 400 or a JSON 404 to 2,000 generated SVG requests and names", async () => {
    const ds = realDataset();
    seen = new Map();
    const name = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom("aid-by-period.svg", "relations-band.svg", "military-share.svg", "seed-vs-greenbook.svg") },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE, "aid-by-period.svg%00.png", "..%2Faid-by-period.svg", "AID-BY-PERIOD.SVG", "aid-by-period.svgz") },
    );
    await fc.assert(
      fc.asyncProperty(name, query, async (n, qs) => {
        await check(await chartFileEndpoint(ds, new Request(`http://localhost/charts/${n}?${qs}`), n, "http://localhost"), [200, 400, 404]);
      }),
      { seed: SEED, numRuns: 2000 },
    );
    expect([seen.get(200) ?? 0, seen.get(404) ?? 0].every((n) => n > 20), JSON.stringify([...seen])).toBe(true);
  });

  it("PNG chart files answer 200 or a JSON 400 to 300 generated requests, huge sizes refused before drawing", async () => {
    const ds = realDataset();
    // sizes mostly out of bounds (drawing stays cheap), some small valid ones that are drawn
    const size = fc.oneof(fc.constantFrom("280", "300", "120", "4001", "5000", "100000", "0", "-5", "1e4", "99999999999"), fc.integer({ min: 4001, max: 1e9 }).map(String));
    const png = fc.tuple(query, size, size, fc.constantFrom("1", "2", "3", "4", "5", "0", "100")).map(([qs, w, h, s]) => `${qs}${qs ? "&" : ""}width=${w}&height=${h}&scale=${s}`);
    await fc.assert(
      fc.asyncProperty(png, async (qs) => {
        await check(await chartFileEndpoint(ds, new Request(`http://localhost/charts/aid-by-period.png?${qs}`), "aid-by-period.png", "http://localhost"), [200, 400]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  }, 120_000);
});
