// `npm run bench`: performance figures of the production build, each measured in the same run beside a reference
// app (bench/reference: a minimal Next.js page with one Recharts bar chart, same Next/React/Recharts versions) and
// printed with its ratio to the reference's figure; tables on stdout and .test-artifacts/bench.json.
//
//   1. machine load (`uptime`) at the start and end: the machine may be shared, so every figure is read against it;
//   2. server response time (first request after start, then median and p95 of --n sequential requests) of the
//      pages, the API, the chart files /charts/aid-by-period.svg and .png, and the reference's /, all to 127.0.0.1
//      (measured first, so the view's first request is its render);
//   3. first-load JS (gzip -9) of /, of a non-default view and of the reference's / (scripts/first-load-js.mjs);
//   4. HTML of /, of the view /?groupBy=year&dollars=constant&base=2000 and of the reference's /: raw bytes, gzip -9
//      bytes and the inline RSC payload (the contents of the <script>self.__next_f.push(...)</script> elements);
//   5. PNG timing: median of 5 uncached renders of /charts/aid-by-period.png?width=1920&height=1080 (each made
//      uncached by a different `from`) and of 5 cached repeats of that URL;
//   5b. export timings (scripts/bench-export.mjs): each export format from the click to the download, in Chromium;
//   6. load test with autocannon (50 connections, --duration seconds per target after 2 s of uncounted warm-up) of
//      the reference's /, then /, the view, /api/aid and both chart files, then the reference's / again: requests/s,
//      latency p50/p99, errors, non-2xx, bytes per response, and requests/s as a ratio to the reference's (the mean
//      of its two runs; their difference shows whether the machine's load changed meanwhile);
//   7. Lighthouse (mobile, simulated throttling) of /, the view and the reference's /: performance, accessibility,
//      best-practices and SEO scores, LCP, TBT and CLS, median of --lighthouse-runs runs (rounds of one run per page);
//   8. a summary table: each figure, the reference's figure and the ratio.
// (The load test replaces the earlier small throughput test of 400 requests with 8 in flight.)
//
// Builds first when a build is missing or stale (the reference's dependencies are installed with `npm ci` when
// missing), serves the dashboard with `next start` on a free port in 3260-3299 (or --port) and the reference on a
// free port in 3300-3319 (or --reference-port), and always stops both servers (also on Ctrl-C). A target that
// answers 404 (e.g. a chart file not built yet) is reported as not available. Timing figures are for comparison on
// one machine only: nothing here is a test, and no test asserts on time.
//
//   node scripts/bench.mjs [--n 50] [--duration 10] [--connections 50] [--lighthouse-runs 3] [--skip-lighthouse]
//                          [--port 3260] [--reference-port 3300]
//   env CHROMIUM_PATH: the Chromium Lighthouse drives (default /usr/bin/chromium)
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { briefingFirstChart } from "./bench-briefing.mjs";
import { buildIsCurrent } from "./build-state.mjs";
import { firstLoadJs, inlineRscPayload, kB } from "./first-load-js.mjs";
import { formatPageWeight, pageWeight } from "./page-weight.mjs";
import { exportTimings } from "./bench-export.mjs";
import { edgeBench, edgeTable } from "./bench/edge.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(ROOT);
const require = createRequire(path.join(ROOT, "package.json"));
const ART = path.join(ROOT, ".test-artifacts");
const OUT = path.join(ART, "bench.json");
const REF = path.join(ROOT, "bench", "reference");
/** What goes into the reference's build (compared with its .next/BUILD_ID). */
const REF_INPUTS = ["app", "public", "next.config.mjs", "package.json", "package-lock.json", "tsconfig.json", "node_modules/.package-lock.json"];

const VIEW_PATH = "/?groupBy=year&dollars=constant";
const RENDERED_VIEW = "/?groupBy=year&dollars=constant&base=2000"; // query in canonical order (lib/view); rendered per request (/r)
const CANONICAL_VIEW = "/?groupBy=year"; // one of the canonical views (lib/view canonicalViews): built once and cached (/v)
const SVG_PATH = "/charts/aid-by-period.svg";
const PNG_PATH = "/charts/aid-by-period.png?width=1920&height=1080";
/** `from` values that make each PNG request a new render: 1955 is the default first year (the cached URL's). */
const PNG_UNCACHED_FROM = [1956, 1957, 1958, 1959, 1960];
const PNG_REPEATS = 5;

/** @typedef {{ label: string, path: string, app: "dashboard" | "reference" }} Target */
/** @type {Target} */
const REF_PAGE = { label: "reference /", path: "/", app: "reference" };
/** @type {Target[]} sequential response times */
const ENDPOINTS = [
  { label: "page /", path: "/", app: "dashboard" },
  { label: "page, a view", path: RENDERED_VIEW, app: "dashboard" },
  { label: "page, a canonical view", path: CANONICAL_VIEW, app: "dashboard" },
  { label: "API JSON", path: "/api/aid?groupBy=year", app: "dashboard" },
  { label: "API CSV", path: "/api/aid?groupBy=year&format=csv", app: "dashboard" },
  { label: "chart SVG", path: SVG_PATH, app: "dashboard" },
  { label: "chart PNG", path: PNG_PATH, app: "dashboard" },
  REF_PAGE,
];
/** @type {Target[]} autocannon: the reference first and again last, so that a change of machine load during the run shows */
const LOAD_TARGETS = [
  { ...REF_PAGE, label: "reference / (first)" },
  { label: "page /", path: "/", app: "dashboard" },
  { label: "page, a view (rendered per request)", path: RENDERED_VIEW, app: "dashboard" },
  { label: "page, a canonical view (cached)", path: CANONICAL_VIEW, app: "dashboard" },
  { label: "API JSON, default query", path: "/api/aid", app: "dashboard" },
  { label: "chart SVG", path: SVG_PATH, app: "dashboard" },
  { label: "chart PNG 1920x1080", path: PNG_PATH, app: "dashboard" },
  { ...REF_PAGE, label: "reference / (last)" },
];
/** @type {Target[]} Lighthouse, reference first */
const LH_TARGETS = [REF_PAGE, { label: "page /", path: "/", app: "dashboard" }, { label: "page, a view", path: RENDERED_VIEW, app: "dashboard" }];
const LH_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

const SEQUENTIAL_MAX_MS = 60_000;
const REQUEST_TIMEOUT_MS = 15_000;
const LIGHTHOUSE_TIMEOUT_MS = 180_000;
const LOAD_SETTLE_MS = 5_000;
const LOAD_WARMUP_S = 2;
const PORT_RANGE = [3260, 3299];
const REF_PORT_RANGE = [3300, 3319];
const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic";
/** Sent by the sequential requests and the load test, as a browser would (Next gzips what it serves). */
const ACCEPT_ENCODING = "gzip, deflate, br";

// ---------------------------------------------------------------------------------------------- arguments

const USAGE =
  "usage: node scripts/bench.mjs [--n 50] [--duration 10] [--connections 50] [--lighthouse-runs 3] [--skip-lighthouse] [--port 3260] [--reference-port 3300]";
const { values: flags } = parseArgs({
  options: {
    n: { type: "string", default: "50" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    "lighthouse-runs": { type: "string", default: "3" },
    "skip-lighthouse": { type: "boolean", default: false },
    port: { type: "string" },
    "reference-port": { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}
/** @param {string} name @param {string | undefined} v @param {number} min @param {number} max */
function intFlag(name, v, min, max) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`--${name} must be an integer from ${min} to ${max} (got ${v})`);
    process.exit(2);
  }
  return n;
}
const N = intFlag("n", flags.n, 1, 10_000);
const DURATION_S = intFlag("duration", flags.duration, 1, 600);
const CONNECTIONS = intFlag("connections", flags.connections, 1, 1000);
const LH_RUNS = intFlag("lighthouse-runs", flags["lighthouse-runs"], 1, 20);
const FIXED_PORT = flags.port ?? process.env.BENCH_PORT;
const FIXED_REF_PORT = flags["reference-port"] ?? process.env.BENCH_REFERENCE_PORT;

// ---------------------------------------------------------------------------------------------- helpers

/** Nearest-rank quantile. @param {number[]} xs sorted ascending @param {number} q 0..1 */
const quantile = (xs, q) => {
  if (!xs.length) return NaN;
  const i = Math.min(xs.length - 1, Math.max(0, Math.ceil(q * xs.length) - 1)); // nearest rank
  return xs[i];
};
/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const round = (/** @type {number | null | undefined} */ x, d = 1) => (x != null && Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);
const ms = (/** @type {number | null | undefined} */ x) => (x == null || !Number.isFinite(x) ? "-" : x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(1)} ms`);
const sleep = (/** @type {number} */ t) => new Promise((r) => setTimeout(r, t));
/** a / b, or null when either is missing or b is 0. @param {number | null | undefined} a @param {number | null | undefined} b */
const ratio = (a, b) => (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? null : a / b);
/** "0.42x" @param {number | null | undefined} r */
const fmtRatio = (r) => (r == null || !Number.isFinite(r) ? "-" : `${r < 10 ? r.toFixed(2) : r.toFixed(1)}x`);
const orDash = (/** @type {unknown} */ x) => (x == null || (typeof x === "number" && !Number.isFinite(x)) ? "-" : String(x));
const NA = "not available";

/**
 * A plain-text table; columns after the first are right-aligned.
 * @param {string[]} head @param {(string | number)[][]} rows
 */
function table(head, rows) {
  const cells = rows.map((r) => r.map(String));
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (/** @type {string[]} */ r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join("  ");
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...cells.map(line)].join("\n");
}
const heading = (/** @type {string} */ t) => console.log(`\n== ${t}`);

/** Load averages from `uptime` (os.loadavg() where there is no `uptime`). */
function machineLoad() {
  let raw = "";
  try {
    raw = execFileSync("uptime", { encoding: "utf8" }).trim();
  } catch {
    /* no uptime binary */
  }
  const m = raw.match(/load averages?:\s*([\d.]+),?\s+([\d.]+),?\s+([\d.]+)/);
  const [one, five, fifteen] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : os.loadavg();
  return { uptime: raw || null, one, five, fifteen, cpus: os.availableParallelism?.() ?? os.cpus().length };
}

/** Newest mtime of a file or of everything under a folder (0 when missing). @param {string} p @returns {number} */
function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const e of readdirSync(p)) max = Math.max(max, newest(path.join(p, e)));
  return max;
}

// ---------------------------------------------------------------------------------------------- processes

/** @typedef {{ name: string, child: import("node:child_process").ChildProcess, log: string }} Server */
/** @type {Server[]} */
const servers = [];
/** @type {import("node:child_process").ChildProcess | null} */
let lighthouseChild = null;
/** @type {{ stop: () => void } | null} the autocannon run in progress */
let cannon = null;

/** @param {import("node:child_process").ChildProcess} child @param {number} timeout */
function exited(child, timeout) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), timeout);
    child.once("exit", () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

/** Signals a server's process group (it was started detached, so the group is ours alone). */
function signalServer(/** @type {Server} */ s, /** @type {NodeJS.Signals} */ sig) {
  const child = s.child;
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, sig);
  } catch {
    try {
      child.kill(sig);
    } catch {
      /* already gone */
    }
  }
}

let cleaned = false;
/** @type {NodeJS.Signals | null} */
let interrupted = null;
/** Stops the run between steps once a signal has arrived (the handler is already stopping the processes). */
function checkpoint() {
  if (interrupted) throw new Error(`interrupted (${interrupted}); nothing written`);
}
/** @type {(() => Promise<void>) | null} stops the edge part's cache and instances (scripts/bench/edge.mjs) */
let edgeStop = null;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  await edgeStop?.();
  try {
    cannon?.stop();
  } catch {
    /* already stopped */
  }
  if (lighthouseChild && lighthouseChild.exitCode === null && lighthouseChild.signalCode === null) {
    lighthouseChild.kill("SIGINT"); // Lighthouse closes its Chromium on SIGINT
    if (!(await exited(lighthouseChild, 5000))) lighthouseChild.kill("SIGKILL");
  }
  await Promise.all(
    servers.map(async (s) => {
      signalServer(s, "SIGTERM");
      if (!(await exited(s.child, 5000))) signalServer(s, "SIGKILL");
    }),
  );
}
process.on("exit", () => servers.forEach((s) => signalServer(s, "SIGKILL"))); // last resort, synchronous
for (const [sig, code] of /** @type {const} */ ([["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]])) {
  process.on(sig, () => {
    interrupted = sig;
    console.error(`\n${sig}: stopping the servers and exiting`);
    cleanup().finally(() => process.exit(code));
  });
}

/**
 * Next keeps each on-demand render in .next/server/route-cache (across restarts), so a second bench would find
 * RENDERED_VIEW cached and its "first request" would not be a render. Removes that one view's cached files
 * (system theme), before the server starts. Best effort: the cache layout is Next's own; the x-nextjs-cache header
 * of the first response (MISS = rendered) is reported either way.
 * @param {string} viewPath
 */
function forgetCachedView(viewPath) {
  const segment = new URL(viewPath, "http://x").search.slice(1).replace(/=/g, ".").replace(/&/g, "~");
  const name = new RegExp(`^${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(html|meta|rsc|body|segments)$`);
  const root = path.join(ROOT, ".next", "server", "route-cache");
  let removed = 0;
  const walk = (/** @type {string} */ d, depth = 0) => {
    if (depth > 8 || !existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (name.test(e.name) && path.basename(d) === "system" && path.basename(path.dirname(d)) === "v") {
        rmSync(p, { recursive: true, force: true });
        removed++;
      } else if (e.isDirectory()) walk(p, depth + 1);
    }
  };
  walk(root);
  return removed;
}

/** @param {number} port @param {string | undefined} host */
function canListen(port, host) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen({ port, host, exclusive: true }, () => s.close(() => resolve(true)));
  });
}

/** @param {string | undefined} fixed @param {string} flag @param {number[]} range @param {number[]} taken */
async function freePort(fixed, flag, range, taken = []) {
  if (fixed) return intFlag(flag, fixed, 1, 65535);
  for (let p = range[0]; p <= range[1]; p++) {
    if (taken.includes(p)) continue;
    if ((await canListen(p, "127.0.0.1")) && (await canListen(p, undefined))) return p;
  }
  throw new Error(`no free port in ${range[0]}-${range[1]}; pass --${flag}`);
}

/**
 * Starts `next start` (the given Next's bin, in cwd) and waits until readyPath answers on 127.0.0.1. No `-H 127.0.0.1`:
 * with a loopback hostname Next 16.4.6 sends the proxy's rewrites back to itself over HTTP (vercel/next.js#94745),
 * which halves the throughput of every shared view and resets connections under load.
 * @param {string} name @param {string} cwd @param {string} nextBin @param {number} port @param {string} readyPath
 */
async function startServer(name, cwd, nextBin, port, readyPath) {
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  /** @type {Server} */
  const s = { name, child, log: "" };
  servers.push(s);
  const keep = (/** @type {Buffer} */ b) => {
    s.log = (s.log + b.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`next start (${name}) exited (${child.exitCode ?? child.signalCode}):\n${s.log}`);
    try {
      const r = await fetch(base + readyPath, { signal: AbortSignal.timeout(2000) });
      await r.arrayBuffer();
      if (r.ok) return { base, pid: child.pid };
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  throw new Error(`next start (${name}) did not answer on ${base} within 60 s:\n${s.log}`);
}

// ---------------------------------------------------------------------------------------------- builds

function buildDashboard() {
  if (buildIsCurrent(ROOT)) {
    console.log("dashboard: production build is current; not rebuilding.");
    return { rebuilt: false, seconds: 0 };
  }
  console.log("dashboard: building the production app (npm run build)...");
  const t = performance.now();
  const b = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (b.status !== 0) throw new Error(`npm run build failed (${b.status ?? b.signal})`);
  return { rebuilt: true, seconds: round((performance.now() - t) / 1000, 1) ?? 0 };
}

/** Installs the reference's dependencies (npm ci) when missing or older than its lockfile, then builds it when stale. */
function prepareReference() {
  const out = { installed: false, rebuilt: false, seconds: 0 };
  const installed = path.join(REF, "node_modules", ".package-lock.json");
  if (!existsSync(installed) || newest(path.join(REF, "package-lock.json")) > newest(installed) || !existsSync(path.join(REF, "node_modules", "next", "package.json"))) {
    console.log("reference: installing its dependencies (npm ci in bench/reference)...");
    const i = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: REF, stdio: "inherit" });
    if (i.status !== 0) throw new Error(`npm ci in bench/reference failed (${i.status ?? i.signal})`);
    out.installed = true;
  }
  const marker = path.join(REF, ".next", "BUILD_ID");
  const current = existsSync(marker) && REF_INPUTS.every((p) => newest(path.join(REF, p)) <= statSync(marker).mtimeMs);
  if (current) console.log("reference: production build is current; not rebuilding.");
  else {
    console.log("reference: building (next build in bench/reference)...");
    const t = performance.now();
    const b = spawnSync(process.execPath, [refNextBin(), "build"], { cwd: REF, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (b.status !== 0) throw new Error(`next build in bench/reference failed (${b.status ?? b.signal})`);
    out.rebuilt = true;
    out.seconds = round((performance.now() - t) / 1000, 1) ?? 0;
  }
  return out;
}
const refNextBin = () => path.join(REF, "node_modules", "next", "dist", "bin", "next");
const refVersions = () => {
  const v = (/** @type {string} */ p) => JSON.parse(readFileSync(path.join(REF, "node_modules", p, "package.json"), "utf8")).version;
  return { next: v("next"), react: v("react"), recharts: v("recharts") };
};

// ---------------------------------------------------------------------------------------------- measurements

/** One GET, timed to the end of the body. */
async function timedGet(/** @type {string} */ url) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { "accept-encoding": ACCEPT_ENCODING }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status, bytes: body.byteLength, cache: res.headers.get("x-nextjs-cache") };
}

/** First request, then N sequential ones. A target whose first request answers 404 is not available. */
async function responseTimes(/** @type {string} */ base, /** @type {Target} */ ep) {
  const url = base + ep.path;
  const first = await timedGet(url);
  const head = { label: ep.label, app: ep.app, path: ep.path, first: { ms: round(first.ms, 2), status: first.status, nextCache: first.cache } };
  if (first.status === 404) return { ...head, available: /** @type {const} */ (false), bytes: null, sequential: null, errors: 0 };
  /** @type {number[]} */
  const times = [];
  let errors = first.status === 200 ? 0 : 1;
  const stopAt = performance.now() + SEQUENTIAL_MAX_MS;
  for (let i = 0; i < N && performance.now() < stopAt; i++) {
    try {
      const r = await timedGet(url);
      if (r.status !== 200) errors++;
      times.push(r.ms);
    } catch {
      errors++;
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    ...head,
    available: true,
    bytes: first.bytes,
    sequential: {
      n: times.length,
      medianMs: round(median(times), 2),
      p95Ms: round(quantile(sorted, 0.95), 2),
      minMs: round(sorted[0], 2),
      maxMs: round(sorted[sorted.length - 1], 2),
    },
    errors,
  };
}

/**
 * Raw and gzip -9 size of a page's HTML, and its inline RSC payload: the summed contents of the inline scripts that
 * feed self.__next_f (`self.__next_f.push(...)`, and the one that creates it).
 * @param {string} base @param {string} p @param {Target["app"]} app
 */
async function htmlSize(base, p, app) {
  const res = await fetch(base + p, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const html = Buffer.from(await res.arrayBuffer());
  if (!res.ok) throw new Error(`GET ${base + p} answered ${res.status}`);
  const { bytes: rscBytes, scripts: rscScripts } = inlineRscPayload(html.toString("utf8"));
  return { path: p, app, bytes: html.length, gzipBytes: gzipSync(html, { level: 9 }).length, rscBytes, rscScripts, rscShare: round(rscBytes / html.length, 3) };
}

/** PNG render time: uncached (each a new `from`) and cached repeats of PNG_PATH. @param {string} base */
async function pngTiming(base) {
  const probe = await timedGet(base + PNG_PATH);
  if (probe.status === 404) return { available: /** @type {const} */ (false), path: PNG_PATH };
  const uncached = [];
  for (const from of PNG_UNCACHED_FROM) {
    checkpoint();
    const url = `${PNG_PATH}&from=${from}`;
    const r = await timedGet(base + url);
    uncached.push({ path: url, ms: round(r.ms, 2), status: r.status, bytes: r.bytes, nextCache: r.cache });
  }
  const cached = [];
  for (let i = 0; i < PNG_REPEATS; i++) {
    const r = await timedGet(base + PNG_PATH);
    cached.push({ ms: round(r.ms, 2), status: r.status, bytes: r.bytes, nextCache: r.cache });
  }
  const ok = (/** @type {{ status: number, ms: number | null }[]} */ xs) => xs.filter((x) => x.status === 200).map((x) => /** @type {number} */ (x.ms));
  return {
    available: /** @type {const} */ (true),
    path: PNG_PATH,
    uncachedMedianMs: round(median(ok(uncached)), 2),
    cachedMedianMs: round(median(ok(cached)), 2),
    errors: [...uncached, ...cached].filter((x) => x.status !== 200).length,
    uncached,
    cached,
  };
}

/**
 * autocannon against one URL: CONNECTIONS connections for DURATION_S seconds, after one warming request (a 404 there
 * means the target is not available).
 * @param {string} base @param {Target} t
 */
async function loadTest(base, t) {
  const autocannon = require("autocannon");
  const url = base + t.path;
  const warm = await timedGet(url);
  const head = { label: t.label, app: t.app, path: t.path, warmStatus: warm.status };
  if (warm.status === 404) return { ...head, available: /** @type {const} */ (false) };
  const run = autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { "accept-encoding": ACCEPT_ENCODING },
    timeout: 10,
    warmup: { connections: CONNECTIONS, duration: LOAD_WARMUP_S }, // not counted: lets the server's JIT warm up first
  });
  cannon = run;
  /** @type {any} */
  let r;
  try {
    r = await run;
  } finally {
    cannon = null;
  }
  const responses = r.requests.total;
  return {
    ...head,
    available: /** @type {const} */ (true),
    connections: CONNECTIONS,
    durationS: r.duration,
    rps: round(r.requests.mean, 1),
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99, mean: round(r.latency.mean, 2), max: r.latency.max },
    responses,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([k, v]) => [k, /** @type {{ count: number }} */ (v).count])),
    bytesPerResponse: responses ? Math.round(r.throughput.total / responses) : null,
    /** @type {number | null} */
    rpsRatioToReference: null,
  };
}

function chromiumPath() {
  return process.env.CHROMIUM_PATH || process.env.CHROME_PATH || "/usr/bin/chromium";
}

/** One Lighthouse CLI run (mobile preset, LH_CATEGORIES); resolves with the parsed report or rejects with why. */
function lighthouseOnce(/** @type {string} */ cli, /** @type {string} */ url, /** @type {string} */ outFile) {
  return new Promise((resolve, reject) => {
    const args = [
      cli,
      url,
      `--only-categories=${LH_CATEGORIES.join(",")}`,
      "--output=json",
      `--output-path=${outFile}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      "--quiet",
      "--no-enable-error-reporting",
    ];
    let err = "";
    lighthouseChild = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CHROME_PATH: chromiumPath() } });
    const child = lighthouseChild;
    child.stderr?.on("data", (b) => {
      err = (err + b.toString()).slice(-3000);
    });
    const timer = setTimeout(() => {
      child.kill("SIGINT");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    }, LIGHTHOUSE_TIMEOUT_MS);
    child.once("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once("exit", (code, sig) => {
      clearTimeout(timer);
      lighthouseChild = null;
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code ?? sig}${err ? `: ${err.trim().split("\n").slice(-5).join(" | ")}` : ""}`));
      try {
        resolve(JSON.parse(readFileSync(outFile, "utf8")));
      } catch (e) {
        reject(new Error(`could not read the Lighthouse report: ${e instanceof Error ? e.message : e}`));
      }
    });
  });
}

/** @typedef {{ performance: number | null, accessibility: number | null, bestPractices: number | null, seo: number | null, lcpMs: number | null, tbtMs: number | null, cls: number | null, fcpMs: number | null, benchmarkIndex: number | null }} LhFigures */

/**
 * Lighthouse on each target, LH_RUNS rounds, each round visiting every target once (so a busy spell on a shared
 * machine falls on all of them), then the median of each figure per target.
 * @param {Record<Target["app"], string>} bases
 */
async function lighthouse(bases) {
  let cli;
  try {
    const pkg = require.resolve("lighthouse/package.json");
    cli = path.join(path.dirname(pkg), "cli", "index.js");
    if (!existsSync(cli)) throw new Error(`${cli} is missing`);
  } catch (e) {
    return { error: `lighthouse is not installed (npm install): ${e instanceof Error ? e.message : e}` };
  }
  const chrome = chromiumPath();
  if (!existsSync(chrome)) return { error: `no Chromium at ${chrome}; set CHROMIUM_PATH` };
  const version = JSON.parse(readFileSync(require.resolve("lighthouse/package.json"), "utf8")).version;
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-lh-"));
  /** @type {{ runs: LhFigures[], failures: string[] }[]} */
  const per = LH_TARGETS.map(() => ({ runs: [], failures: [] }));
  const score = (/** @type {any} */ lhr, /** @type {string} */ c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
  try {
    for (let i = 0; i < LH_RUNS && !interrupted; i++) {
      // each round starts at the next target, so no page is always the first run after the load test
      for (let k = 0; k < LH_TARGETS.length; k++) {
        const j = (i + k) % LH_TARGETS.length;
        const t = LH_TARGETS[j];
        if (interrupted) break;
        process.stdout.write(`  Lighthouse round ${i + 1}/${LH_RUNS}, ${label(t.app, t.path)}... `);
        try {
          const lhr = await lighthouseOnce(cli, bases[t.app] + t.path, path.join(dir, `run-${i + 1}-${j}.json`));
          if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          const a = lhr.audits;
          /** @type {LhFigures} */
          const run = {
            performance: score(lhr, "performance"),
            accessibility: score(lhr, "accessibility"),
            bestPractices: score(lhr, "best-practices"),
            seo: score(lhr, "seo"),
            lcpMs: round(a["largest-contentful-paint"]?.numericValue, 0),
            tbtMs: round(a["total-blocking-time"]?.numericValue, 0),
            cls: round(a["cumulative-layout-shift"]?.numericValue, 3),
            fcpMs: round(a["first-contentful-paint"]?.numericValue, 0),
            benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
          };
          per[j].runs.push(run);
          console.log(`perf ${run.performance}, a11y ${run.accessibility}, BP ${run.bestPractices}, SEO ${run.seo}, LCP ${run.lcpMs} ms, TBT ${run.tbtMs} ms, CLS ${run.cls}`);
          for (const w of lhr.runWarnings ?? []) console.log(`    (Lighthouse warning: ${String(w).replace(/\s+/g, " ").replace(/ Learn more.*$/, "")})`);
        } catch (e) {
          const why = e instanceof Error ? e.message : String(e);
          per[j].failures.push(why);
          console.log(`failed: ${why}`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const targets = LH_TARGETS.map((t, j) => {
    const { runs, failures } = per[j];
    const med = (/** @type {keyof LhFigures} */ k) => {
      const xs = /** @type {number[]} */ (runs.map((r) => r[k]).filter((x) => x != null));
      return xs.length ? median(xs) : null;
    };
    /** @type {LhFigures | null} */
    const m = runs.length
      ? {
          performance: med("performance"),
          accessibility: med("accessibility"),
          bestPractices: med("bestPractices"),
          seo: med("seo"),
          lcpMs: med("lcpMs"),
          tbtMs: med("tbtMs"),
          cls: med("cls"),
          fcpMs: med("fcpMs"),
          benchmarkIndex: med("benchmarkIndex"),
        }
      : null;
    return { label: t.label, app: t.app, path: t.path, runs, failures, median: m, ...(runs.length ? {} : { error: failures[0] ?? "no run" }) };
  });
  const ref = targets[0].median;
  const withRatios = targets.map((t) => ({
    ...t,
    ratioToReference:
      t.app === "reference" || !t.median
        ? null
        : { lcp: round(ratio(t.median.lcpMs, ref?.lcpMs), 3), tbt: round(ratio(t.median.tbtMs, ref?.tbtMs), 3), performance: round(ratio(t.median.performance, ref?.performance), 3) },
  }));
  return {
    version,
    chromium: chrome,
    formFactor: "mobile (Lighthouse default: simulated slow 4G, 4x CPU slowdown)",
    categories: LH_CATEGORIES,
    runsPerTarget: LH_RUNS,
    targets: withRatios,
  };
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const startedAt = new Date().toISOString();
  const result = {
    startedAt,
    finishedAt: "",
    node: process.version,
    next: JSON.parse(readFileSync(require.resolve("next/package.json"), "utf8")).version,
    load: { start: machineLoad(), end: /** @type {ReturnType<typeof machineLoad> | null} */ (null) },
    /** @type {string[]} */
    warnings: [],
    build: { rebuilt: false, seconds: 0 },
    reference: { dir: path.relative(ROOT, REF), base: "", versions: /** @type {Record<string, string> | null} */ (null), installed: false, rebuilt: false, buildSeconds: 0 },
    server: { base: "" },
    /** @type {{ path: string, app: Target["app"], scripts: number, totalBytes: number, totalGzipBytes: number, gzipRatioToReference: number | null, files: import("./first-load-js.mjs").ScriptSize[] }[]} */
    firstLoadJs: [],
    /** @type {(Awaited<ReturnType<typeof htmlSize>> & { ratioToReference?: { bytes: number | null, gzipBytes: number | null, rscBytes: number | null } })[]} */
    html: [],
    /** @type {(Awaited<ReturnType<typeof responseTimes>> & { medianRatioToReference?: number | null })[]} */
    responseTimes: [],
    /** @type {Awaited<ReturnType<typeof pngTiming>> | null} */
    png: null,
    /** @type {Awaited<ReturnType<typeof loadTest>>[]} */
    loadTest: [],
    /** @type {ReturnType<typeof referenceLoad>} the reference's load-test figures: mean of its first and last runs */
    loadTestReference: null,
    /** @type {Awaited<ReturnType<typeof briefingFirstChart>> | null} time from opening a deck link to the first chart painted */
    briefing: null,
    /** @type {Awaited<ReturnType<typeof lighthouse>> | { skipped: true }} */
    lighthouse: { skipped: true },
    /** @type {{ figure: string, dashboard: string, reference: string, ratio: string, value: number | null, referenceValue: number | null }[]} */
    summary: [],
    /** @type {Awaited<ReturnType<typeof exportTimings>>} */
    exports: [],
    settings: { n: N, loadTest: { tool: "autocannon 9", connections: CONNECTIONS, durationS: DURATION_S, warmupS: LOAD_WARMUP_S, acceptEncoding: ACCEPT_ENCODING }, lighthouseRuns: LH_RUNS, pngUncachedFrom: PNG_UNCACHED_FROM, pngRepeats: PNG_REPEATS },
  };

  const l = result.load.start;
  heading("machine");
  console.log(`${l.uptime ?? "(no uptime)"}\n${l.cpus} CPUs, Node ${process.version}, Next ${result.next}`);
  if (l.one > 1.0) {
    const w = `1-minute load average is ${l.one} (> 1.0): the machine is busy, so timings will be slower and noisier than usual`;
    result.warnings.push(w);
    console.warn(`WARNING: ${w}`);
  }

  heading("build");
  result.build = buildDashboard();
  checkpoint();
  const ref = prepareReference();
  result.reference = { ...result.reference, installed: ref.installed, rebuilt: ref.rebuilt, buildSeconds: ref.seconds, versions: refVersions() };
  console.log(`reference: Next ${result.reference.versions?.next}, React ${result.reference.versions?.react}, Recharts ${result.reference.versions?.recharts}`);

  checkpoint();
  const forgotten = forgetCachedView(RENDERED_VIEW);
  if (forgotten) console.log(`Removed the cached render of ${RENDERED_VIEW} left by an earlier run (${forgotten} files), so it is rendered again.`);
  const port = await freePort(FIXED_PORT, "port", PORT_RANGE);
  const refPort = await freePort(FIXED_REF_PORT, "reference-port", REF_PORT_RANGE, [port]);
  const dash = await startServer("dashboard", ROOT, require.resolve("next/dist/bin/next"), port, "/api/sources");
  console.log(`dashboard: next start is serving on ${dash.base} (pid ${dash.pid})`);
  checkpoint();
  const refServer = await startServer("reference", REF, refNextBin(), refPort, "/");
  console.log(`reference: next start is serving on ${refServer.base} (pid ${refServer.pid})`);
  result.server.base = dash.base;
  result.reference.base = refServer.base;
  /** @type {Record<Target["app"], string>} */
  const bases = { dashboard: dash.base, reference: refServer.base };

  // ------------------------------------------------------------------ sequential response times
  checkpoint();
  heading(`server response time (first request after start; then ${N} sequential)`);
  for (const ep of ENDPOINTS) {
    checkpoint();
    console.log(`  measuring ${label(ep.app, ep.path)}`);
    result.responseTimes.push(await responseTimes(bases[ep.app], ep));
  }
  const refSeq = result.responseTimes.find((r) => r.app === "reference");
  const refMedian = refSeq?.sequential?.medianMs ?? null;
  for (const r of result.responseTimes) r.medianRatioToReference = r.sequential ? round(ratio(r.sequential.medianMs, refMedian), 3) : null;
  console.log(
    table(
      ["request", "first", "(cache)", "median", "p95", "median ÷ ref", "bytes", "errors"],
      result.responseTimes.map((r) =>
        r.available && r.sequential
          ? [label(r.app, r.path), ms(r.first.ms), r.first.nextCache ?? "-", ms(r.sequential.medianMs), ms(r.sequential.p95Ms), fmtRatio(r.medianRatioToReference), orDash(r.bytes), r.errors]
          : [label(r.app, r.path), `${NA} (404)`, "-", "-", "-", "-", "-", "-"],
      ),
    ),
  );
  console.log("(first: the first request after the server started; (cache): its x-nextjs-cache header, MISS = rendered then;");
  console.log(" measured first, so the view's first request is its render; bytes: the first response's body, decoded;");
  console.log(" ÷ ref: median as a ratio to the reference's / median)");

  // ------------------------------------------------------------------ first-load JS
  checkpoint();
  heading("first-load JS (every script the HTML loads; gzip -9)");
  for (const [app, p] of /** @type {[Target["app"], string][]} */ ([["reference", "/"], ["dashboard", "/"], ["dashboard", VIEW_PATH]])) {
    const r = await firstLoadJs(bases[app], p);
    result.firstLoadJs.push({ path: r.path, app, scripts: r.scripts.length, totalBytes: r.totalBytes, totalGzipBytes: r.totalGzipBytes, gzipRatioToReference: null, files: r.scripts });
  }
  const refJs = result.firstLoadJs[0];
  for (const r of result.firstLoadJs.slice(1)) r.gzipRatioToReference = round(ratio(r.totalGzipBytes, refJs.totalGzipBytes), 3);
  console.log(
    table(
      ["page", "scripts", "JS raw", "JS gzip -9", "gzip ÷ ref"],
      result.firstLoadJs.map((r) => [label(r.app, r.path), r.scripts, kB(r.totalBytes), kB(r.totalGzipBytes), r.app === "reference" ? "1.00x" : fmtRatio(r.gzipRatioToReference)]),
    ),
  );

  // ------------------------------------------------------------------ HTML
  checkpoint();
  heading("HTML (raw, gzip -9, inline RSC payload: the self.__next_f.push(...) scripts)");
  for (const [app, p] of /** @type {[Target["app"], string][]} */ ([["reference", "/"], ["dashboard", "/"], ["dashboard", RENDERED_VIEW]])) result.html.push(await htmlSize(bases[app], p, app));
  const refHtml = result.html[0];
  for (const h of result.html.slice(1))
    h.ratioToReference = { bytes: round(ratio(h.bytes, refHtml.bytes), 3), gzipBytes: round(ratio(h.gzipBytes, refHtml.gzipBytes), 3), rscBytes: round(ratio(h.rscBytes, refHtml.rscBytes), 3) };
  console.log(
    table(
      ["page", "HTML raw", "÷ ref", "HTML gzip -9", "÷ ref", "RSC inline", "(scripts)", "÷ ref", "RSC share"],
      result.html.map((h) => [
        label(h.app, h.path),
        kB(h.bytes),
        fmtRatio(h.ratioToReference?.bytes ?? 1),
        kB(h.gzipBytes),
        fmtRatio(h.ratioToReference?.gzipBytes ?? 1),
        kB(h.rscBytes),
        h.rscScripts,
        fmtRatio(h.ratioToReference?.rscBytes ?? 1),
        `${Math.round((h.rscShare ?? 0) * 100)}%`,
      ]),
    ),
  );

  // the HTML of `/` part by part (scripts/page-weight.mjs: tables, figures, first paint, text alternatives, payload)
  const weight = await pageWeight(bases.dashboard, "/");
  Object.assign(result, { pageWeight: weight });
  console.log(`\n${formatPageWeight(weight)}`);

  // ------------------------------------------------------------------ briefing (scripts/bench-briefing.mjs)
  checkpoint();
  heading("briefing: opening a deck link to the first chart painted (Chromium, 5 fresh contexts)");
  result.briefing = await briefingFirstChart(dash.base, { executablePath: chromiumPath() });
  console.log(`first ${ms(result.briefing.firstMs)}, median ${ms(result.briefing.medianMs)} (runs: ${result.briefing.runs.join(", ")} ms)`);

  // ------------------------------------------------------------------ PNG timing
  checkpoint();
  heading(`PNG timing, ${PNG_PATH}`);
  result.png = await pngTiming(dash.base);
  if (!result.png.available) console.log(`${NA} (404)`);
  else {
    const p = result.png;
    console.log(
      table(
        ["PNG 1920x1080", "median", "each", "÷ ref / median"],
        [
          [`uncached (from=${PNG_UNCACHED_FROM[0]}..${PNG_UNCACHED_FROM.at(-1)})`, ms(p.uncachedMedianMs), p.uncached.map((x) => `${x.ms}${x.status === 200 ? "" : `(${x.status})`}`).join(" "), fmtRatio(ratio(p.uncachedMedianMs, refMedian))],
          [`cached (${PNG_REPEATS} repeats)`, ms(p.cachedMedianMs), p.cached.map((x) => `${x.ms}${x.status === 200 ? "" : `(${x.status})`}`).join(" "), fmtRatio(ratio(p.cachedMedianMs, refMedian))],
        ],
      ),
    );
    const caches = [...new Set(p.uncached.map((x) => x.nextCache ?? "-"))].join(", ");
    console.log(`(x-nextjs-cache of the uncached renders: ${caches}; ${p.errors} non-200 answers)`);
  }

  // ------------------------------------------------------------------ export timings (scripts/bench-export.mjs)
  checkpoint();
  heading("export timings: from the click to the download, median of 3 (target: whole-page PowerPoint under 1.5 s)");
  result.exports = await exportTimings(dash.base, { executablePath: chromiumPath() });
  console.log(table(["export", "median", "each (ms)"], result.exports.map((e) => [e.label, ms(e.medianMs), e.eachMs.join(" ")])));

  // ------------------------------------------------------------------ load test
  checkpoint();
  heading(`load test (autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per target after ${LOAD_WARMUP_S} s uncounted, accept-encoding: ${ACCEPT_ENCODING})`);
  for (const t of LOAD_TARGETS) {
    checkpoint();
    process.stdout.write(`  ${t.app === "reference" ? t.label : label(t.app, t.path)}... `);
    const r = await loadTest(bases[t.app], t);
    console.log(r.available ? `${r.rps} req/s` : `${NA} (404)`);
    result.loadTest.push(r);
  }
  checkpoint();
  result.loadTestReference = referenceLoad(result.loadTest);
  const refRps = result.loadTestReference?.rps ?? null;
  for (const r of result.loadTest) if (r.available) r.rpsRatioToReference = round(ratio(r.rps, refRps), 3);
  console.log(
    table(
      ["target", "req/s", "÷ ref", "p50", "p99", "responses", "errors", "timeouts", "non-2xx", "bytes/resp"],
      result.loadTest.map((r) =>
        r.available
          ? [r.app === "reference" ? r.label : label(r.app, r.path), orDash(r.rps), fmtRatio(r.rpsRatioToReference), ms(r.latencyMs.p50), ms(r.latencyMs.p99), r.responses, r.errors, r.timeouts, r.non2xx, orDash(r.bytesPerResponse)]
          : [label(r.app, r.path), NA, "-", "-", "-", "-", "-", "-", "-", "-"],
      ),
    ),
  );
  console.log("(req/s: mean of the per-second counts; bytes/resp: bytes received per response, headers included, gzip where served so;");
  const lr = result.loadTestReference;
  if (lr)
    console.log(
      ` ÷ ref: ratio to the mean of the reference's first and last runs, ${lr.rps} req/s; those two differ by ${Math.round((lr.spread - 1) * 100)}%,` +
        ` and a large difference means the machine's load changed during the run)`,
    );
  else console.log(" the reference did not answer, so there is no ratio)");
  if (lr && lr.spread > 1.25) {
    const w = `the reference's load-test runs differ by ${Math.round((lr.spread - 1) * 100)}% (first vs last): the load-test ratios are unreliable in this run`;
    result.warnings.push(w);
    console.warn(`WARNING: ${w}`);
  }

  // ------------------------------------------------------------------ edge (scripts/bench/edge.mjs)
  checkpoint();
  heading(`edge: straight to one instance and through the cache (Varnish, 2 instances), ${CONNECTIONS} connections, ${DURATION_S} s per target`);
  Object.assign(result, { edge: await edgeBench({ connections: CONNECTIONS, durationS: DURATION_S, referenceBase: bases.reference, onRun: (r) => (cannon = r), register: (s) => (edgeStop = s) }) });
  console.log(edgeTable(/** @type {any} */ (result).edge));

  // ------------------------------------------------------------------ Lighthouse
  checkpoint();
  heading(`Lighthouse (mobile), median of ${LH_RUNS} run(s) per page`);
  if (flags["skip-lighthouse"]) console.log("skipped (--skip-lighthouse)");
  else {
    await sleep(LOAD_SETTLE_MS); // let the servers finish what the load test left (GC, sockets) before timing pages
    checkpoint();
    const lh = await lighthouse(bases);
    checkpoint();
    result.lighthouse = lh;
    if ("targets" in lh) {
      console.log(
        table(
          [`Lighthouse ${lh.version}`, "perf", "a11y", "BP", "SEO", "LCP", "LCP ÷ ref", "TBT", "TBT ÷ ref", "CLS", "runs"],
          lh.targets.map((t) =>
            t.median
              ? [
                  label(t.app, t.path),
                  orDash(t.median.performance),
                  orDash(t.median.accessibility),
                  orDash(t.median.bestPractices),
                  orDash(t.median.seo),
                  ms(t.median.lcpMs),
                  t.app === "reference" ? "1.00x" : fmtRatio(t.ratioToReference?.lcp),
                  ms(t.median.tbtMs),
                  t.app === "reference" ? "1.00x" : fmtRatio(t.ratioToReference?.tbt),
                  orDash(t.median.cls),
                  t.runs.length,
                ]
              : [label(t.app, t.path), `did not run: ${t.error}`, "", "", "", "", "", "", "", "", 0],
          ),
        ),
      );
      const idx = lh.targets.map((t) => t.median?.benchmarkIndex).filter((x) => x != null);
      console.log(`(Lighthouse's CPU benchmark index, median per page: ${idx.join(", ")}; lower means a slower or busier machine)`);
      for (const t of lh.targets) if (t.failures.length) console.log(`(${label(t.app, t.path)}: ${t.failures.length} run(s) failed: ${t.failures[0]})`);
      for (const t of lh.targets) if (!t.median) result.warnings.push(`Lighthouse did not run on ${label(t.app, t.path)}: ${t.error}`);
    } else {
      console.log(`Lighthouse did not run: ${lh.error}`);
      result.warnings.push(`Lighthouse did not run: ${lh.error}`);
    }
  }

  // ------------------------------------------------------------------ summary
  checkpoint();
  result.summary = summary(result);
  heading("summary: each figure beside the reference app's (bench/reference, same run)");
  console.log(table(["figure", "dashboard", "reference", "ratio"], result.summary.map((s) => [s.figure, s.dashboard, s.reference, s.ratio])));
  console.log("(ratio = dashboard ÷ reference; for req/s and Lighthouse scores higher is better, for sizes and times lower is better)");

  result.load.end = machineLoad();
  result.finishedAt = new Date().toISOString();
  heading("machine at the end");
  console.log(result.load.end.uptime ?? `load average: ${result.load.end.one}, ${result.load.end.five}, ${result.load.end.fifteen}`);
  mkdirSync(ART, { recursive: true });
  writeFileSync(OUT, JSON.stringify(result, null, 2) + "\n");
  console.log(`\nWrote ${path.relative(ROOT, OUT)}`);
}

/**
 * The reference's load-test figures, the mean of its runs (first and last), and their spread (max ÷ min req/s).
 * @param {Awaited<ReturnType<typeof loadTest>>[]} results
 */
function referenceLoad(results) {
  const runs = results.filter((r) => r.app === "reference").flatMap((r) => (r.available ? [r] : []));
  if (!runs.length) return null;
  const mean = (/** @type {number[]} */ xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const rps = runs.map((r) => r.rps ?? 0);
  return {
    runs: runs.length,
    rps: round(mean(rps), 1),
    latencyMs: { p50: round(mean(runs.map((r) => r.latencyMs.p50)), 1), p99: round(mean(runs.map((r) => r.latencyMs.p99)), 1) },
    errors: runs.reduce((a, r) => a + r.errors, 0),
    non2xx: runs.reduce((a, r) => a + r.non2xx, 0),
    spread: round(Math.max(...rps) / Math.max(1e-9, Math.min(...rps)), 3) ?? 1,
  };
}

/** "/", "/?..." or "reference /" @param {Target["app"]} app @param {string} p */
function label(app, p) {
  return app === "reference" ? `reference ${p}` : p;
}

/**
 * The summary rows: each dashboard figure, the reference's counterpart and dashboard ÷ reference.
 * @param {any} result
 */
function summary(result) {
  /** @type {{ figure: string, dashboard: string, reference: string, ratio: string, value: number | null, referenceValue: number | null }[]} */
  const rows = [];
  /** @param {string} figure @param {number | null | undefined} v @param {number | null | undefined} r @param {(x: number) => string} f @param {string} [missing] */
  const add = (figure, v, r, f, missing) =>
    rows.push({ figure, dashboard: v == null ? (missing ?? "-") : f(v), reference: r == null ? "-" : f(r), ratio: fmtRatio(ratio(v, r)), value: v ?? null, referenceValue: r ?? null });
  const num = (/** @type {number} */ x) => String(x);
  const ref = (/** @type {any[]} */ xs) => xs.find((x) => x.app === "reference");

  const refJs = ref(result.firstLoadJs);
  for (const r of result.firstLoadJs.filter((/** @type {any} */ x) => x.app === "dashboard")) add(`first-load JS gzip -9, ${r.path}`, r.totalGzipBytes, refJs?.totalGzipBytes, kB);
  const refHtml = ref(result.html);
  for (const h of result.html.filter((/** @type {any} */ x) => x.app === "dashboard")) {
    add(`HTML raw, ${h.path}`, h.bytes, refHtml?.bytes, kB);
    add(`HTML gzip -9, ${h.path}`, h.gzipBytes, refHtml?.gzipBytes, kB);
    add(`inline RSC payload, ${h.path}`, h.rscBytes, refHtml?.rscBytes, kB);
  }
  const refSeq = ref(result.responseTimes);
  for (const r of result.responseTimes.filter((/** @type {any} */ x) => x.app === "dashboard"))
    add(`median response (sequential), ${r.path}`, r.sequential?.medianMs, refSeq?.sequential?.medianMs, ms, NA);
  if (result.png) {
    const p = result.png;
    add(`PNG 1920x1080 uncached render, median of ${PNG_UNCACHED_FROM.length} (ref: its / median)`, p.available ? p.uncachedMedianMs : null, refSeq?.sequential?.medianMs, ms, NA);
    add(`PNG 1920x1080 cached, median of ${PNG_REPEATS} (ref: its / median)`, p.available ? p.cachedMedianMs : null, refSeq?.sequential?.medianMs, ms, NA);
  }
  const refLoad = result.loadTestReference;
  for (const r of result.loadTest.filter((/** @type {any} */ x) => x.app === "dashboard")) {
    add(`req/s, ${CONNECTIONS} connections, ${r.path}`, r.available ? r.rps : null, refLoad?.rps, num, NA);
    if (!r.available) continue;
    add(`latency p50 under load, ${r.path}`, r.latencyMs.p50, refLoad?.latencyMs?.p50, ms);
    add(`latency p99 under load, ${r.path}`, r.latencyMs.p99, refLoad?.latencyMs?.p99, ms);
    if (r.errors || r.non2xx || r.timeouts) add(`errors + non-2xx under load, ${r.path}`, r.errors + r.non2xx, (refLoad?.errors ?? 0) + (refLoad?.non2xx ?? 0), num);
  }
  if (result.lighthouse?.targets) {
    const refLh = ref(result.lighthouse.targets)?.median;
    for (const t of result.lighthouse.targets.filter((/** @type {any} */ x) => x.app === "dashboard")) {
      const m = t.median;
      const lhMissing = m ? "-" : "did not run";
      add(`Lighthouse performance, ${t.path}`, m?.performance, refLh?.performance, num, lhMissing);
      add(`Lighthouse accessibility, ${t.path}`, m?.accessibility, refLh?.accessibility, num, lhMissing);
      add(`Lighthouse best practices, ${t.path}`, m?.bestPractices, refLh?.bestPractices, num, lhMissing);
      add(`Lighthouse SEO, ${t.path}`, m?.seo, refLh?.seo, num, lhMissing);
      add(`Lighthouse LCP, ${t.path}`, m?.lcpMs, refLh?.lcpMs, ms, lhMissing);
      add(`Lighthouse TBT, ${t.path}`, m?.tbtMs, refLh?.tbtMs, ms, lhMissing);
      add(`Lighthouse CLS, ${t.path}`, m?.cls, refLh?.cls, num, lhMissing);
    }
  }
  return rows;
}

let exitCode = 0;
try {
  await main();
} catch (e) {
  console.error(`\nbench ${interrupted ? "stopped" : "failed"}: ${e instanceof Error ? e.message : String(e)}`);
  exitCode = interrupted === "SIGINT" ? 130 : 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
