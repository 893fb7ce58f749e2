// `npm run soak`: 60 s of mixed traffic at 50 connections (autocannon) against the production build on 127.0.0.1:
// pages, shared views (canonical and rendered per request), JSON, CSV, chart SVGs and PNGs, and bad requests that
// must answer 400. Passes when there are no errors, no 5xx and no unexpected status, the server's RSS grew by at most
// 50 MB from a quarter into the run to the end (growth from idle is printed too: it is the working set of the
// requests in flight), and a valid request afterwards succeeds; prints p99 latency. Not part of `npm test` (it takes a minute and loads the machine).
//
//   node scripts/soak.mjs [--duration 60] [--connections 50] [--port 3330]
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildIsCurrent } from "./build-state.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(ROOT);
const require = createRequire(path.join(ROOT, "package.json"));
const autocannon = require("autocannon");
const { values: flags } = parseArgs({ options: { duration: { type: "string", default: "60" }, connections: { type: "string", default: "50" }, port: { type: "string", default: "3330" } } });
const DURATION = Number(flags.duration);
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

function rssOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
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
// Node directly (not through npx), so the RSS measured is the server's own process
const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"], { stdio: ["ignore", "ignore", "inherit"] });
const stop = () => server.exitCode === null && server.kill("SIGTERM");
process.on("SIGINT", () => {
  stop();
  process.exit(130);
});
let failed = false;
try {
  await waitUp();
  // warm every path once so the baseline includes what a first request loads
  for (const [p] of requests) await fetch(BASE + p).then((r) => r.arrayBuffer());
  const rssBefore = rssOf(server.pid);
  // RSS a quarter of the way in: by then the working set of 50 requests in flight is in place, so growth after it is
  // what the server keeps accumulating (a leak), not what concurrency needs
  let rssSteady = rssBefore;
  const steadyTimer = setTimeout(() => (rssSteady = rssOf(server.pid)), (DURATION * 1000) / 4);
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
  clearTimeout(steadyTimer);
  // memory the run still holds once the traffic has stopped, not the peak while 50 requests were in flight
  await new Promise((r) => setTimeout(r, 5000));
  const rssAfter = rssOf(server.pid);
  const after = await fetch(`${BASE}/api/aid?groupBy=decade`);
  const mb = (b) => b / 1048576;
  const growth = mb(rssAfter - rssSteady);
  const fromIdle = mb(rssAfter - rssBefore);
  console.log(`\n${result.requests.total} requests in ${DURATION} s at ${CONNECTIONS} connections: ${result.requests.average} req/s`);
  console.log(`latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`errors ${result.errors}, timeouts ${result.timeouts}, 5xx ${result["5xx"]}, unexpected statuses ${wrong.length}`);
  console.log(`server RSS ${mb(rssBefore).toFixed(0)} MB idle before, ${mb(rssSteady).toFixed(0)} MB a quarter in, ${mb(rssAfter).toFixed(0)} MB after`);
  console.log(`  growth over the steady part of the run ${growth >= 0 ? "+" : ""}${growth.toFixed(1)} MB (limit 50); from idle ${fromIdle >= 0 ? "+" : ""}${fromIdle.toFixed(1)} MB (the working set of ${CONNECTIONS} requests in flight)`);
  console.log(`a valid request afterwards: ${after.status}`);
  for (const w of wrong) console.log(`  ${w}`);
  failed = result.errors > 0 || result.timeouts > 0 || result["5xx"] > 0 || wrong.length > 0 || growth > 50 || after.status !== 200;
  console.log(failed ? "\nSOAK FAILED" : "\nsoak passed");
} finally {
  stop();
}
process.exit(failed ? 1 : 0);
