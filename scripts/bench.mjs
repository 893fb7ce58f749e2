// `npm run bench`: performance figures of the production build, as a table and as .test-artifacts/bench.json.
//
//   1. machine load (`uptime`) at the start and end: the machine may be shared, so every figure is read against it;
//   2. first-load JS (gzip -9) of / and of a non-default view (scripts/first-load-js.mjs);
//   3. server response time of pages and API (first request, then median and p95 of N sequential requests),
//      and requests per second with a few requests in flight, all to 127.0.0.1;
//   4. Lighthouse (mobile, simulated throttling) performance score, LCP, TBT and CLS of /: median of several runs.
//
// Builds first when the build is missing or stale, serves it with `next start` on a free port (3260-3299 unless
// --port), and always stops that server (also on Ctrl-C). Timing figures are for comparison on one machine only:
// nothing here is a test, and no test asserts on time.
//
//   node scripts/bench.mjs [--n 50] [--lighthouse-runs 3] [--skip-lighthouse] [--port 3260]
//   env CHROMIUM_PATH: the Chromium Lighthouse drives (default /usr/bin/chromium)
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { buildIsCurrent } from "./build-state.mjs";
import { firstLoadJs, kB } from "./first-load-js.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(ROOT);
const require = createRequire(path.join(ROOT, "package.json"));
const ART = path.join(ROOT, ".test-artifacts");
const OUT = path.join(ART, "bench.json");

const VIEW_PATH = "/?groupBy=year&dollars=constant";
const RENDERED_VIEW = "/?groupBy=year&dollars=constant&base=2000"; // query in canonical order (lib/url-state.ts)
const ENDPOINTS = [
  { label: "page /", path: "/" },
  { label: "page, a view", path: RENDERED_VIEW },
  { label: "API JSON", path: "/api/aid?groupBy=year" },
  { label: "API CSV", path: "/api/aid?groupBy=year&format=csv" },
];
const CONCURRENCY = 8;
const THROUGHPUT_REQUESTS = 400;
const THROUGHPUT_MAX_MS = 30_000;
const SEQUENTIAL_MAX_MS = 60_000;
const REQUEST_TIMEOUT_MS = 15_000;
const LIGHTHOUSE_TIMEOUT_MS = 180_000;
const PORT_RANGE = [3260, 3299];
const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic";

// ---------------------------------------------------------------------------------------------- arguments

const { values: flags } = parseArgs({
  options: {
    n: { type: "string", default: "50" },
    "lighthouse-runs": { type: "string", default: "3" },
    "skip-lighthouse": { type: "boolean", default: false },
    port: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (flags.help) {
  console.log("usage: node scripts/bench.mjs [--n 50] [--lighthouse-runs 3] [--skip-lighthouse] [--port 3260]");
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
const LH_RUNS = intFlag("lighthouse-runs", flags["lighthouse-runs"], 1, 20);
const FIXED_PORT = flags.port ?? process.env.BENCH_PORT;

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
const round = (/** @type {number} */ x, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);
const ms = (/** @type {number | null | undefined} */ x) => (x == null || !Number.isFinite(x) ? "-" : x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(1)} ms`);
const sleep = (/** @type {number} */ t) => new Promise((r) => setTimeout(r, t));

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

// ---------------------------------------------------------------------------------------------- processes

/** @type {import("node:child_process").ChildProcess | null} */
let server = null;
/** @type {import("node:child_process").ChildProcess | null} */
let lighthouseChild = null;
let serverLog = "";

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

/** Signals the server's process group (it was started detached, so the group is ours alone). */
function signalServer(/** @type {NodeJS.Signals} */ sig) {
  if (!server?.pid || server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, sig);
  } catch {
    try {
      server.kill(sig);
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
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  if (lighthouseChild && lighthouseChild.exitCode === null && lighthouseChild.signalCode === null) {
    lighthouseChild.kill("SIGINT"); // Lighthouse closes its Chromium on SIGINT
    if (!(await exited(lighthouseChild, 5000))) lighthouseChild.kill("SIGKILL");
  }
  if (server) {
    signalServer("SIGTERM");
    if (!(await exited(server, 5000))) signalServer("SIGKILL");
  }
}
process.on("exit", () => signalServer("SIGKILL")); // last resort, synchronous
for (const [sig, code] of /** @type {const} */ ([["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]])) {
  process.on(sig, () => {
    interrupted = sig;
    console.error(`\n${sig}: stopping the server and exiting`);
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

async function freePort() {
  if (FIXED_PORT) return intFlag("port", FIXED_PORT, 1, 65535);
  for (let p = PORT_RANGE[0]; p <= PORT_RANGE[1]; p++) {
    if ((await canListen(p, "127.0.0.1")) && (await canListen(p, undefined))) return p;
  }
  throw new Error(`no free port in ${PORT_RANGE[0]}-${PORT_RANGE[1]}; pass --port`);
}

/** Starts `next start` on 127.0.0.1 and waits until it answers. */
async function startServer(port) {
  const nextBin = require.resolve("next/dist/bin/next");
  server = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const keep = (/** @type {Buffer} */ b) => {
    serverLog = (serverLog + b.toString()).slice(-4000);
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`next start exited (${server.exitCode ?? server.signalCode}):\n${serverLog}`);
    try {
      const r = await fetch(`${base}/api/sources`, { signal: AbortSignal.timeout(2000) });
      await r.arrayBuffer();
      if (r.ok) return base;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  throw new Error(`next start did not answer on ${base} within 60 s:\n${serverLog}`);
}

// ---------------------------------------------------------------------------------------------- measurements

/** One GET, timed to the end of the body. */
async function timedGet(url) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { "accept-encoding": "gzip, deflate, br" }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status, bytes: body.byteLength, cache: res.headers.get("x-nextjs-cache") };
}

async function responseTimes(base, ep) {
  const url = base + ep.path;
  const first = await timedGet(url);
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

  // throughput: CONCURRENCY requests in flight, THROUGHPUT_REQUESTS in all, stopped after THROUGHPUT_MAX_MS
  let issued = 0;
  let completed = 0;
  let failed = 0;
  const t0 = performance.now();
  const deadline = t0 + THROUGHPUT_MAX_MS;
  const worker = async () => {
    while (issued < THROUGHPUT_REQUESTS && performance.now() < deadline) {
      issued++;
      try {
        const r = await timedGet(url);
        if (r.status === 200) completed++;
        else failed++;
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - t0) / 1000;
  return {
    label: ep.label,
    path: ep.path,
    bytes: first.bytes,
    first: { ms: round(first.ms, 2), status: first.status, nextCache: first.cache },
    sequential: {
      n: times.length,
      medianMs: round(median(times), 2),
      p95Ms: round(quantile(sorted, 0.95), 2),
      minMs: round(sorted[0], 2),
      maxMs: round(sorted[sorted.length - 1], 2),
    },
    throughput: { concurrency: CONCURRENCY, requests: issued, ok: completed, failed, seconds: round(seconds, 2), rps: round(completed / seconds, 1) },
    errors: errors + failed,
  };
}

function chromiumPath() {
  return process.env.CHROMIUM_PATH || process.env.CHROME_PATH || "/usr/bin/chromium";
}

/** One Lighthouse CLI run (mobile preset, performance only); resolves with the parsed report or rejects with why. */
function lighthouseOnce(cli, url, outFile) {
  return new Promise((resolve, reject) => {
    const args = [
      cli,
      url,
      "--only-categories=performance",
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

async function lighthouse(base) {
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
  const runs = [];
  const failures = [];
  try {
    for (let i = 0; i < LH_RUNS; i++) {
      process.stdout.write(`  Lighthouse run ${i + 1}/${LH_RUNS}... `);
      try {
        const lhr = await lighthouseOnce(cli, `${base}/`, path.join(dir, `run-${i + 1}.json`));
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const a = lhr.audits;
        const run = {
          score: lhr.categories.performance.score == null ? null : Math.round(lhr.categories.performance.score * 100),
          lcpMs: round(a["largest-contentful-paint"]?.numericValue, 0),
          tbtMs: round(a["total-blocking-time"]?.numericValue, 0),
          cls: round(a["cumulative-layout-shift"]?.numericValue, 3),
          fcpMs: round(a["first-contentful-paint"]?.numericValue, 0),
          benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
          warnings: lhr.runWarnings ?? [],
        };
        runs.push(run);
        console.log(`score ${run.score}, LCP ${run.lcpMs} ms, TBT ${run.tbtMs} ms, CLS ${run.cls}`);
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        failures.push(why);
        console.log(`failed: ${why}`);
        if (interrupted) break;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const med = (/** @type {(r: typeof runs[number]) => number | null} */ f) => {
    const xs = runs.map(f).filter((x) => x != null);
    return xs.length ? median(/** @type {number[]} */ (xs)) : null;
  };
  return {
    version,
    chromium: chrome,
    formFactor: "mobile (Lighthouse default: simulated slow 4G, 4x CPU slowdown)",
    runs,
    failures,
    median: runs.length
      ? {
          score: med((r) => r.score),
          lcpMs: med((r) => r.lcpMs),
          tbtMs: med((r) => r.tbtMs),
          cls: med((r) => r.cls),
          fcpMs: med((r) => r.fcpMs),
          benchmarkIndex: med((r) => r.benchmarkIndex),
        }
      : null,
    ...(runs.length ? {} : { error: failures[0] ?? "no run" }),
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
    server: { base: "" },
    /** @type {{ path: string, scripts: number, totalBytes: number, totalGzipBytes: number, htmlBytes: number, htmlGzipBytes: number, files: import("./first-load-js.mjs").ScriptSize[] }[]} */
    firstLoadJs: [],
    /** @type {Awaited<ReturnType<typeof responseTimes>>[]} */
    responseTimes: [],
    /** @type {Awaited<ReturnType<typeof lighthouse>> | { skipped: true }} */
    lighthouse: { skipped: true },
    settings: { n: N, concurrency: CONCURRENCY, throughputRequests: THROUGHPUT_REQUESTS, lighthouseRuns: LH_RUNS },
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
  if (buildIsCurrent(ROOT)) console.log("Production build is current; not rebuilding.");
  else {
    console.log("Building the production app (npm run build)...");
    const t = performance.now();
    const b = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
    if (b.status !== 0) throw new Error(`npm run build failed (${b.status ?? b.signal})`);
    result.build = { rebuilt: true, seconds: round((performance.now() - t) / 1000, 1) ?? 0 };
  }

  checkpoint();
  const forgotten = forgetCachedView(RENDERED_VIEW);
  if (forgotten) console.log(`Removed the cached render of ${RENDERED_VIEW} left by an earlier run (${forgotten} files), so it is rendered again.`);
  const port = await freePort();
  const base = await startServer(port);
  result.server.base = base;
  console.log(`next start is serving on ${base} (pid ${server?.pid})`);

  checkpoint();
  heading("first-load JS (every script the HTML loads; gzip -9)");
  for (const p of ["/", VIEW_PATH]) {
    const r = await firstLoadJs(base, p);
    const html = Buffer.from(await (await fetch(base + p)).arrayBuffer());
    result.firstLoadJs.push({
      path: r.path,
      scripts: r.scripts.length,
      totalBytes: r.totalBytes,
      totalGzipBytes: r.totalGzipBytes,
      htmlBytes: html.length,
      htmlGzipBytes: gzipSync(html, { level: 9 }).length,
      files: r.scripts,
    });
  }
  console.log(
    table(
      ["page", "scripts", "JS raw", "JS gzip -9", "HTML raw", "HTML gzip -9"],
      result.firstLoadJs.map((r) => [r.path, r.scripts, kB(r.totalBytes), kB(r.totalGzipBytes), kB(r.htmlBytes), kB(r.htmlGzipBytes)]),
    ),
  );

  checkpoint();
  heading(`server response time (first request; then ${N} sequential; then ${THROUGHPUT_REQUESTS} requests, ${CONCURRENCY} in flight)`);
  for (const ep of ENDPOINTS) {
    checkpoint();
    console.log(`  measuring ${ep.path}`);
    result.responseTimes.push(await responseTimes(base, ep));
  }
  console.log(
    table(
      ["request", "first", "(cache)", "median", "p95", "req/s", "errors"],
      result.responseTimes.map((r) => [
        r.path,
        ms(r.first.ms),
        r.first.nextCache ?? "-",
        ms(r.sequential.medianMs),
        ms(r.sequential.p95Ms),
        r.throughput.rps ?? "-",
        r.errors,
      ]),
    ),
  );
  console.log("(first: the first request after the server started; (cache): its x-nextjs-cache header, MISS = rendered then)");

  checkpoint();
  heading("Lighthouse, / (mobile)");
  if (flags["skip-lighthouse"]) console.log("skipped (--skip-lighthouse)");
  else {
    const lh = await lighthouse(base);
    checkpoint();
    result.lighthouse = lh;
    if ("runs" in lh && lh.median) {
      console.log(
        table(
          [`median of ${lh.runs.length}`, "score", "LCP", "TBT", "CLS"],
          [[`Lighthouse ${lh.version}`, lh.median.score ?? "-", ms(lh.median.lcpMs), ms(lh.median.tbtMs), lh.median.cls ?? "-"]],
        ),
      );
      console.log(`(Lighthouse's CPU benchmark index, median: ${lh.median.benchmarkIndex}; lower means a slower or busier machine)`);
      if (lh.failures.length) console.log(`(${lh.failures.length} run(s) failed: ${lh.failures[0]})`);
    } else {
      console.log(`Lighthouse did not run: ${lh.error}`);
      result.warnings.push(`Lighthouse did not run: ${lh.error}`);
    }
  }

  checkpoint();
  result.load.end = machineLoad();
  result.finishedAt = new Date().toISOString();
  heading("machine at the end");
  console.log(result.load.end.uptime ?? `load average: ${result.load.end.one}, ${result.load.end.five}, ${result.load.end.fifteen}`);
  mkdirSync(ART, { recursive: true });
  writeFileSync(OUT, JSON.stringify(result, null, 2) + "\n");
  console.log(`\nWrote ${path.relative(ROOT, OUT)}`);
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
