// `npm run soak`: 60 s of mixed traffic at 50 connections (autocannon) against the production build on 127.0.0.1:
// pages, shared views (canonical and rendered per request), JSON, CSV, chart SVGs and PNGs, and bad requests that
// must answer 400. A warm-up of the same traffic comes first (15 s) so the server's heap reaches the working size of
// 50 requests in flight; then the 60 s run passes when there are no errors, no 5xx and no unexpected status, the
// server's RSS grew by at most 50 MB over it (growth from idle is printed too), and a valid request afterwards
// succeeds; prints p99 latency. Not part of `npm test` (it takes a minute and a half and loads the machine).
//
//   node scripts/soak.mjs [--duration 60] [--warmup 15] [--connections 50] [--port 3330]
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildIsCurrent } from "./build-state.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(ROOT);
const require = createRequire(path.join(ROOT, "package.json"));
const autocannon = require("autocannon");
const { values: flags } = parseArgs({ options: { duration: { type: "string", default: "60" }, warmup: { type: "string", default: "15" }, connections: { type: "string", default: "50" }, port: { type: "string", default: "3330" } } });
const DURATION = Number(flags.duration);
const WARMUP = Number(flags.warmup);
const CONNECTIONS = Number(flags.connections);
const PORT = Number(flags.port);
const BASE = `http://127.0.0.1:${PORT}`;

// Paths with the status each must answer; distinct views keep the per-request renderer and the caches busy.
const requests = [
  ["/", 200], ["/?groupBy=year", 200], ["/?series=seed", 200], ["/data", 200],
  ...Array.from({ length: 40 }, (_, i) => [`/?from=${1955 + i}&to=${1980 + Math.floor(i / 2)}&groupBy=year`, 200]),
  ["/api/aid", 200], ["/api/aid?groupBy=year&format=csv", 200], ["/api/events?from=1960&to=1980", 200], ["/api/programmes?dollars=constant&base=2000", 200],
  ...["aid-by-period", "relations-band", "military-share", "seed-vs-greenbook"].flatMap((c) => [[`/charts/${c}.svg`, 200], [`/charts/${c}.svg?groupBy=year&theme=dark`, 200]]),
  ...Array.from({ length: 12 }, (_, i) => [`/charts/aid-by-period.png?from=${1960 + i}&width=800&height=450`, 200]),
  ["/api/aid?groupBy=week", 400], ["/charts/aid-by-period.png?width=99999", 400], ["/api/aid?from=2000&to=1990", 400], [`/api/aid?x=${"a".repeat(4000)}`, 400],
];

const MEMORY_FILE = path.join(ROOT, ".test-artifacts", `soak-memory-${process.pid}.jsonl`);
mkdirSync(path.dirname(MEMORY_FILE), { recursive: true });
rmSync(MEMORY_FILE, { force: true });

/**
 * The server's memory once what was in flight has finished and a full collection ran (scripts/soak-gc-hook.cjs):
 * RSS from /proc and V8's live heap.
 * @returns {Promise<{ rss: number, heapUsed: number }>}
 */
async function memoryOf(pid) {
  await new Promise((r) => setTimeout(r, 3000));
  const lines = () => (existsSync(MEMORY_FILE) ? readFileSync(MEMORY_FILE, "utf8").trim().split("\n").filter(Boolean) : []);
  const before = lines().length;
  process.kill(pid, "SIGUSR2");
  for (let i = 0; i < 50 && lines().length === before; i++) await new Promise((r) => setTimeout(r, 100));
  const last = lines();
  if (last.length === before) throw new Error("the server did not report its memory (scripts/soak-gc-hook.cjs)");
  const { heapUsed } = JSON.parse(last[last.length - 1]);
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return { rss: Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024, heapUsed };
}

async function waitUp() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/api/sources`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("the server did not start");
}

if (!buildIsCurrent()) {
  console.log("Building the production app...");
  await new Promise((resolve, reject) => spawn("npm", ["run", "build"], { stdio: "inherit" }).on("exit", (c) => (c === 0 ? resolve() : reject(new Error(`build exited ${c}`)))));
}
// Node directly (not through npx), so the RSS measured is the server's own process. No `-H 127.0.0.1`: with a
// loopback hostname Next 16.4.6 sends the proxy's rewrites back to itself over HTTP (vercel/next.js#94745), and
// under load those inner requests are reset and answer 500; the check after waitUp() fails fast if that comes back.
const server = spawn(process.execPath, ["--expose-gc", "--require", path.join(ROOT, "scripts", "soak-gc-hook.cjs"), require.resolve("next/dist/bin/next"), "start", "-p", String(PORT)], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, SOAK_MEMORY_FILE: MEMORY_FILE },
});
const stop = () => server.exitCode === null && server.kill("SIGTERM");
process.on("SIGINT", () => {
  stop();
  process.exit(130);
});
let failed = false;
try {
  await waitUp();
  const rewrite = (await fetch(`${BASE}/?series=seed`)).headers.get("x-middleware-rewrite") ?? "";
  if (!rewrite.startsWith("/")) throw new Error(`the view was rewritten to ${rewrite}: Next proxies it over HTTP instead of serving it internally`);
  // warm every path once so the baseline includes what a first request loads
  for (const [p] of requests) await fetch(BASE + p).then((r) => r.arrayBuffer());
  const idle = await memoryOf(server.pid);
  // then the same traffic for WARMUP seconds: the memory of CONNECTIONS requests in flight grows to its working size
  // (V8 and the allocator keep pages they have used), so the growth measured after it is what the server keeps
  // accumulating over the run: a leak or an unbounded cache
  await autocannon({ url: BASE, connections: CONNECTIONS, duration: WARMUP, headers: { "accept-encoding": "gzip" }, requests: requests.map(([p]) => ({ method: "GET", path: p })) });
  const before = await memoryOf(server.pid);
  const wrong = [];
  const result = await autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { "accept-encoding": "gzip" },
    requests: requests.map(([p, expected]) => ({
      method: "GET",
      path: p,
      onResponse: (status) => {
        if (status !== expected && wrong.length < 20) wrong.push(`${p.slice(0, 80)}: ${status} (expected ${expected})`);
      },
    })),
  });
  // memory the run still holds once the traffic has stopped, not the peak while 50 requests were in flight
  const after = await memoryOf(server.pid);
  const valid = await fetch(`${BASE}/api/aid?groupBy=decade`);
  const mb = (b) => b / 1048576;
  const growth = mb(after.rss - before.rss);
  const fromIdle = mb(after.rss - idle.rss);
  console.log(`\n${result.requests.total} requests in ${DURATION} s at ${CONNECTIONS} connections: ${result.requests.average} req/s`);
  console.log(`latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`errors ${result.errors}, timeouts ${result.timeouts}, 5xx ${result["5xx"]}, unexpected statuses ${wrong.length}`);
  const signed = (x) => `${x >= 0 ? "+" : ""}${x.toFixed(1)} MB`;
  console.log(`server RSS after a full GC: ${mb(idle.rss).toFixed(0)} MB idle, ${mb(before.rss).toFixed(0)} MB after the ${WARMUP} s warm-up, ${mb(after.rss).toFixed(0)} MB after the ${DURATION} s run`);
  console.log(`  growth over the run ${signed(growth)} (limit 50); from idle ${signed(fromIdle)} (the working set of ${CONNECTIONS} requests in flight)`);
  console.log(`  live V8 heap ${mb(idle.heapUsed).toFixed(0)} MB idle, ${mb(before.heapUsed).toFixed(0)} MB after the warm-up, ${mb(after.heapUsed).toFixed(0)} MB after the run (${signed(mb(after.heapUsed - before.heapUsed))})`);
  console.log(`a valid request afterwards: ${valid.status}`);
  for (const w of wrong) console.log(`  ${w}`);
  failed = result.errors > 0 || result.timeouts > 0 || result["5xx"] > 0 || wrong.length > 0 || growth > 50 || valid.status !== 200;
  console.log(failed ? "\nSOAK FAILED" : "\nsoak passed");
} finally {
  stop();
  rmSync(MEMORY_FILE, { force: true });
}
process.exit(failed ? 1 : 0);
