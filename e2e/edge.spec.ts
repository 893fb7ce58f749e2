// The site through a real HTTP cache: Varnish (deploy/varnish/site.vcl) in front of two standalone instances of the
// production build, started here on free ports (scripts/edge/stack.mjs, as `npm run start:edge` does). It fails,
// never skips, when varnishd is missing or a port cannot be bound: CI installs Varnish (.ci/run).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import type { Edge } from "../scripts/edge/stack.mjs";

type Stack = typeof import("../scripts/edge/stack.mjs");
let stack: Stack;
let edge: Edge;
let E = "";
let instancePorts: number[] = [];

// ports from the suite's own range: E2E_PORT + 20 .. + 99 (3230-3309 by default; 3320-3399 with E2E_PORT=3300), or
// E2E_EDGE_PORTS="from-to" where a machine hands out narrower ranges
const BASE = Number(process.env.E2E_PORT ?? 3210);
const [PORT_FROM, PORT_TO] = (process.env.E2E_EDGE_PORTS ?? `${BASE + 20}-${BASE + 99}`).split("-").map(Number);

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  stack = await import("../scripts/edge/stack.mjs");
  if (!stack.varnishd()) throw new Error("varnishd not found: install Varnish (apt-get install varnish); .ci/run does");
  const [edgePort, ...ports] = await stack.freePorts(3, PORT_FROM, PORT_TO);
  instancePorts = ports;
  E = `http://127.0.0.1:${edgePort}`;
  edge = await stack.startEdge({ edgePort, instancePorts, siteUrl: `http://localhost:${edgePort}` });
});
test.afterAll(async () => {
  await edge?.stop();
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}
async function get(p: string, headers: Record<string, string> = {}): Promise<Answer> {
  const ask = () => fetch(E + p, { headers: { "accept-encoding": "gzip", ...headers }, signal: AbortSignal.timeout(30_000) });
  let res: Response;
  try {
    res = await ask();
  } catch (e) {
    // A kept-alive connection the cache closed as idle (Varnish's timeout_idle, 5 s) at the moment fetch took it up
    // again: seen once in a full run, after the release switch's synchronous varnishadm calls had held this worker's
    // event loop past the cache's timeout. A browser sends such a request again on a new connection; so does this
    // client, once, for that error alone (undici's "other side closed"), so a cache that really drops requests fails.
    if (!(e instanceof TypeError && (e.cause as { code?: string } | undefined)?.code === "UND_ERR_SOCKET")) throw e;
    res = await ask();
  }
  return { status: res.status, headers: res.headers, text: await res.text() };
}
const xCache = (a: Answer) => a.headers.get("x-cache");

/** A view outside the 12 canonical ones: rendered per request by an instance (app/r). */
const SHARED_VIEW = "/?from=1971&to=1980";

test("the second request for the page, a canonical view, a shared view, chart files and the API is a cache hit", async () => {
  for (const p of ["/", "/?groupBy=year", SHARED_VIEW, "/charts/aid-by-period.svg", "/charts/aid-by-period.png?width=400", "/api/aid"]) {
    const first = await get(p);
    expect(first.status, p).toBe(200);
    expect(xCache(first), p).toBe("MISS");
    const second = await get(p);
    expect(second.status, p).toBe(200);
    expect(xCache(second), p).toBe("HIT");
    expect(Number(second.headers.get("age")), p).toBeGreaterThanOrEqual(0);
    expect(second.text, p).toBe(first.text);
  }
  // the shared view is the requested one, in the system theme; its settings in another order and a tracking
  // parameter are the same entry
  const view = await get("/?to=1980&utm_source=newsletter&from=1971");
  expect(xCache(view)).toBe("HIT");
  expect(view.text).toContain('data-theme="system"');
  // compressed once, at the cache: gzip to a reader that accepts it, the same page unzipped to one that does not
  const gz = await fetch(E + SHARED_VIEW, { headers: { "accept-encoding": "gzip" } });
  expect(gz.headers.get("content-encoding")).toBe("gzip");
  const plain = await fetch(E + SHARED_VIEW, { headers: { "accept-encoding": "identity" } });
  expect(plain.headers.get("content-encoding")).toBeNull();
  expect(await plain.text()).toBe(await gz.text());
});

/** Varnish's own counters (varnishstat -1 -j), by name. */
function varnishCounters(): Record<string, number> {
  const out = execFileSync("varnishstat", ["-n", edge.varnish.workdir, "-1", "-j"], { encoding: "utf8" });
  const json = JSON.parse(out) as { counters?: Record<string, { value?: number }> };
  return Object.fromEntries(Object.entries(json.counters ?? {}).flatMap(([k, v]) => (typeof v.value === "number" ? [[k, v.value]] : [])));
}
/** The counters once every worker has added its own in (a worker adds them when it goes idle, not per request). */
async function settledCounters(done: (c: Record<string, number>) => boolean = () => false): Promise<Record<string, number>> {
  let last = varnishCounters();
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const now = varnishCounters();
    if (done(now) || (i >= 3 && now["MAIN.client_req"] === last["MAIN.client_req"] && now["MAIN.cache_hit"] === last["MAIN.cache_hit"])) return now;
    last = now;
  }
  return last;
}

test("a hit on the dashboard's page costs the cache no compression and no trip to an instance", async () => {
  // what bench/RESULTS.md found: `/` was a hit all along, stored gzipped once; its rate under load was set by its size
  for (const p of ["/", SHARED_VIEW]) await get(p);
  const before = await settledCounters();
  const N = 20;
  for (let i = 0; i < N; i++)
    for (const p of ["/", SHARED_VIEW]) {
      const a = await get(p);
      expect(xCache(a), p).toBe("HIT");
      expect(a.headers.get("content-encoding"), p).toBe("gzip");
    }
  const after = await settledCounters((c) => (c["MAIN.cache_hit"] ?? 0) - (before["MAIN.cache_hit"] ?? 0) >= 2 * N);
  const delta = (k: string) => (after[k] ?? 0) - (before[k] ?? 0);
  expect(Object.keys(after).length, "varnishstat lists its counters").toBeGreaterThan(100);
  expect(delta("MAIN.cache_hit"), `cache_hit ${before["MAIN.cache_hit"]} -> ${after["MAIN.cache_hit"]}`).toBeGreaterThanOrEqual(2 * N);
  for (const k of ["MAIN.n_gzip", "MAIN.n_gunzip", "MAIN.cache_miss", "MAIN.cache_hitpass", "MAIN.s_pass"]) expect(delta(k), k).toBe(0);
});

test("a host a reader names never reaches a cached page (the key has no Host; SITE_URL names the origin)", async () => {
  for (const p of ["/timeline", "/data", "/charts/aid-by-period.svg?from=1999"]) {
    const poisoned = await get(p, { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(poisoned.status, p).toBe(200);
    const plain = await get(p);
    for (const a of [poisoned, plain]) expect(a.text, p).not.toContain("evil.example");
  }
});

test("a reader with theme=dark never receives a light page, and a reader without the cookie never a dark one", async () => {
  const readers: { cookie?: string; theme: string }[] = [
    { theme: "system" },
    { cookie: "theme=dark", theme: "dark" },
    { cookie: "theme=light", theme: "light" },
    { cookie: "other=1; theme=dark", theme: "dark" },
    { cookie: "theme=purple", theme: "system" },
  ];
  const pages = ["/", "/?groupBy=year", SHARED_VIEW, "/?from=1960&to=1990&groupBy=year"];
  // interleaved: every page for every reader in turn, three rounds (the later rounds are served from the cache)
  for (let round = 0; round < 3; round++)
    for (const p of pages)
      for (const r of readers) {
        const a = await get(p, r.cookie ? { cookie: r.cookie } : {});
        const themes = [...a.text.matchAll(/class="theme-root" data-theme="([a-z]+)"/g)].map((m) => m[1]);
        expect(themes, `${p} for ${r.cookie ?? "no cookie"}, round ${round}`).toEqual([r.theme]);
        if (round > 0) expect(xCache(a), `${p} for ${r.cookie ?? "no cookie"}, round ${round}`).toBe("HIT");
        // the browser keeps one copy per cookie; a page in a chosen theme stays out of any other shared cache
        expect(a.headers.get("vary")).toContain("Cookie");
        if (r.theme !== "system") expect(a.headers.get("cache-control")).toMatch(/^private/);
      }
});

test("If-None-Match gets a 304 through the cache", async () => {
  for (const p of ["/", "/api/aid", "/charts/aid-by-period.svg"]) {
    const a = await get(p);
    const etag = a.headers.get("etag");
    expect(etag, p).toBeTruthy();
    const again = await fetch(E + p, { headers: { "accept-encoding": "gzip", "if-none-match": etag ?? "" } });
    expect(again.status, p).toBe(304);
    expect(again.headers.get("x-cache"), p).toBe("HIT");
    expect(await again.text(), p).toBe("");
  }
});

test("a 400 is not kept beyond its stated life (no-store: every request reaches an instance)", async () => {
  for (let i = 0; i < 3; i++) {
    const a = await get("/api/aid?from=1800");
    expect(a.status).toBe(400);
    expect(a.headers.get("cache-control")).toBe("no-store");
    expect(xCache(a)).toBe("MISS");
    expect(Number(a.headers.get("age"))).toBe(0);
    expect(JSON.parse(a.text).error.issues[0].param).toBe("from");
  }
  // the same query made valid is answered, not the error
  const ok = await get("/api/aid?from=1980");
  expect(ok.status).toBe(200);
});

const FY2024 = "/api/aid?groupBy=year&from=2024&to=2024";
const FY2024_CHART = "/charts/aid-by-period.svg?groupBy=year&from=2024&to=2024";
const FY2024_VIEW = "/?groupBy=year&from=2023&to=2024";
const total2024 = (a: Answer) => (JSON.parse(a.text) as { rows: { total: number | null }[] }).rows[0].total;

test("after a new release with changed data, no old number is served once the release is switched (bound: 0 s)", async ({}, testInfo) => {
  testInfo.setTimeout(150_000);
  const dataDir = path.join(stack.ROOT, ".next", "standalone", "data");
  const annual = JSON.parse(readFileSync(path.join(dataDir, "annual-aid.json"), "utf8")) as { rows: { fiscalYear: number; total: number | null }[] };
  const old = annual.rows.find((r) => r.fiscalYear === 2024)?.total;
  expect(old).toBe(21_320_301); // data/annual-aid.json, FY2024 (ForeignAssistance.gov), total only
  // the old release, kept by the cache
  for (const p of [FY2024, FY2024_CHART, FY2024_VIEW]) await get(p);
  const cached = await get(FY2024);
  expect(xCache(cached)).toBe("HIT");
  expect(total2024(cached)).toBe(21_320_301);
  expect((await get(FY2024_CHART)).text).toContain("$21.3M");
  expect((await get(FY2024_VIEW)).text).toContain("$21,320,301");

  // the new release: the same build with FY2024 raised by $7,000,000 to 28,320,301 (21,320,301 + 7,000,000)
  const changed = path.join(stack.ROOT, ".test-artifacts", "edge-data");
  rmSync(changed, { recursive: true, force: true });
  mkdirSync(changed, { recursive: true });
  cpSync(dataDir, changed, { recursive: true });
  const row = annual.rows.find((r) => r.fiscalYear === 2024);
  if (!row) throw new Error("no FY2024 row");
  row.total = 28_320_301;
  writeFileSync(path.join(changed, "annual-aid.json"), JSON.stringify(annual, null, 1));
  const release = stack.releaseKey(changed);
  expect(release).not.toBe(edge.release);

  // rolling restart: one instance at a time, the other keeps answering
  for (const [i, port] of instancePorts.entries()) {
    await stack.stopProc(edge.instances[i]);
    edge.instances[i] = await stack.startInstance({ port, dataDir: changed, siteUrl: `http://localhost:${new URL(E).port}` });
  }
  // then the cache's key moves to the new release: from this moment no entry of the old one is found
  stack.switchRelease(edge.varnish, instancePorts, release);
  const fresh = await get(FY2024);
  expect(xCache(fresh)).toBe("MISS");
  expect(total2024(fresh)).toBe(28_320_301);
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    expect(total2024(await get(FY2024))).toBe(28_320_301);
    const svg = (await get(FY2024_CHART)).text;
    expect(svg).toContain("$28.3M");
    expect(svg).not.toContain("$21.3M");
    const page = (await get(FY2024_VIEW)).text;
    expect(page).toContain("$28,320,301");
    expect(page).not.toContain("21,320,301");
  }
  expect(xCache(await get(FY2024))).toBe("HIT");
});

test("with one of the two instances stopped, every request still answers", async () => {
  await stack.stopProc(edge.instances[0]);
  // uncached questions (each must reach a live instance) and cached ones, several times over
  const paths = [
    ...Array.from({ length: 12 }, (_, i) => `/api/aid?from=${1960 + i}`),
    ...Array.from({ length: 4 }, (_, i) => `/?from=${1961 + i}&to=1999`),
    "/charts/relations-band.svg?from=1970",
    "/",
    "/api/aid",
  ];
  for (let round = 0; round < 2; round++) {
    const answers = await Promise.all(paths.map((p) => get(p)));
    for (const [i, a] of answers.entries()) expect(a.status, `${paths[i]} round ${round}`).toBe(200);
  }
});
