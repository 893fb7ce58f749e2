// The bench's edge part (called by scripts/bench/main.mjs; also runs alone: `node scripts/bench/edge.mjs`): requests/s,
// latency p99 and errors under load (autocannon, 50 connections) for `/`, a shared view, a chart SVG, a cached PNG and
// /api/aid, straight to one instance and through the cache (Varnish in front of two standalone instances,
// scripts/edge/stack.mjs), with the reference page (bench/reference) served both ways in the same run, and the
// shared view and `/` also straight to an instance whose view cache is off (VIEW_CACHE=off: the page as it was served
// before the cache). Each target is loaded by up to three clients (scripts/bench/load.mjs and wrk.mjs say why):
// autocannon, a client on Node's own HTTP parser that does not decode bodies, and wrk (C; when installed); through
// the cache, the CPU Varnish spent per answer is measured too, and for every run the CPU the client itself spent.
// Ports: 3320-3399.
//   EDGE_BENCH_CLIENTS  "node,autocannon,wrk" (default; wrk only when installed, reported as absent otherwise), or some
//   EDGE_BENCH_PORTS    the ports it may take, "from-to" (default 3320-3399)
//   EDGE_BENCH_MODES    "direct,off,cache" (default), or some of them (off: the instance with VIEW_CACHE=off)
//   EDGE_BENCH_ROUNDS   rounds through the cache, each target's figures the median of its rounds (default 3)
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePorts, ROOT, startEdge, startInstance, startVarnish, stopProc } from "../edge/stack.mjs";
import { groupCpuSeconds, nodeLoad } from "./load.mjs";
import { envInt, median } from "./stats.mjs";
import { wrkLoad, wrkPath } from "./wrk.mjs";

const require = createRequire(path.join(ROOT, "package.json"));
const REF = path.join(ROOT, "bench", "reference");
/** the ports it may use: EDGE_BENCH_PORTS="from-to" (default 3320-3399) */
const PORTS = (process.env.EDGE_BENCH_PORTS ?? "3320-3399").split("-").map(Number);

/** @typedef {{ label: string, path: string, app: "dashboard" | "reference" }} EdgeTarget */
/** @type {EdgeTarget[]} */
export const EDGE_TARGETS = [
  { label: "reference /", path: "/", app: "reference" },
  { label: "/", path: "/", app: "dashboard" },
  { label: "a shared view", path: "/?groupBy=year&dollars=constant&base=2000", app: "dashboard" },
  { label: "chart SVG", path: "/charts/aid-by-period.svg", app: "dashboard" },
  { label: "chart PNG (cached)", path: "/charts/aid-by-period.png?width=1920&height=1080", app: "dashboard" },
  { label: "/api/aid", path: "/api/aid", app: "dashboard" },
];

/** @typedef {"node" | "autocannon" | "wrk"} Client */
/** @type {Client[]} */
const CLIENTS = ["node", "autocannon", "wrk"];

/**
 * One run of `client` after a warm-up request (so a cache has the answer) and `warmupS` uncounted seconds; with
 * `cpuOf` (a process group), the CPU seconds that group spent per 1,000 answers during the run; and the client's own
 * CPU per 1,000 answers (the JavaScript clients run in this process; wrk is a child, counted once it has exited).
 * @param {string} url @param {Client} client
 * @param {{ connections: number, durationS: number, warmupS: number, acceptEncoding: string, cpuOf?: number, onRun?: (r: { stop: () => void } | null) => void }} o
 */
async function load(url, client, o) {
  const warm = await fetch(url, { headers: { "accept-encoding": o.acceptEncoding } });
  await warm.arrayBuffer();
  const cpu0 = o.cpuOf ? await groupCpuSeconds(o.cpuOf) : null;
  const own0 = process.cpuUsage();
  const headers = { "accept-encoding": o.acceptEncoding };
  const r = client === "wrk" ? await wrkLoad(url, { ...o, headers }) : client === "node" ? await nodeLoad(url, { ...o, headers }) : await autocannonLoad(url, o);
  const own = process.cpuUsage(own0);
  const cpu1 = o.cpuOf ? await groupCpuSeconds(o.cpuOf) : null;
  // the group's CPU over warm-up and run, per answer counted in the run (the warm-up's answers are not counted: an
  // upper bound, by at most warmupS / (warmupS + durationS))
  const cpuMsPer1000 = cpu0 !== null && cpu1 !== null && r.responses ? Math.round(((cpu1 - cpu0) * 1e6) / r.responses) : null;
  const clientCpuMsPer1000 = "clientCpuMsPer1000" in r ? r.clientCpuMsPer1000 : r.responses ? Math.round((own.user + own.system) / r.responses) : null;
  return { status: warm.status, xCache: warm.headers.get("x-cache"), client, cpuMsPer1000, ...r, clientCpuMsPer1000 };
}

/** The median of a figure over rounds, or null when no round gave it. */
function medianOf(/** @type {(number | null | undefined)[]} */ xs) {
  const v = xs.filter((x) => typeof x === "number" && Number.isFinite(x));
  return v.length ? median(v) : null;
}

/** One row from a target's rounds: each figure the median of its rounds, errors summed, every round's rate kept. */
function medianRun(/** @type {Awaited<ReturnType<typeof load>>[]} */ rs) {
  const first = rs[0];
  return {
    ...first,
    rps: medianOf(rs.map((r) => r.rps)),
    p50Ms: medianOf(rs.map((r) => r.p50Ms)),
    p99Ms: medianOf(rs.map((r) => r.p99Ms)),
    errors: rs.reduce((a, r) => a + r.errors, 0),
    responses: rs.reduce((a, r) => a + r.responses, 0),
    bytesPerResponse: medianOf(rs.map((r) => r.bytesPerResponse)),
    cpuMsPer1000: medianOf(rs.map((r) => r.cpuMsPer1000)),
    clientCpuMsPer1000: medianOf(rs.map((r) => r.clientCpuMsPer1000)),
    rpsRuns: rs.map((r) => r.rps),
  };
}

/** @param {string} url @param {{ connections: number, durationS: number, warmupS: number, acceptEncoding: string, onRun?: (r: { stop: () => void } | null) => void }} o */
async function autocannonLoad(url, o) {
  const autocannon = require("autocannon");
  const run = autocannon({ url, connections: o.connections, duration: o.durationS, timeout: 10, headers: { "accept-encoding": o.acceptEncoding }, warmup: { connections: o.connections, duration: o.warmupS } });
  o.onRun?.(run);
  /** @type {any} */
  const r = await run;
  o.onRun?.(null);
  return {
    rps: Math.round(r.requests.mean * 10) / 10,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    responses: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx,
    /** received per response, headers included (gzip where served so): a client's throughput limit shows here */
    bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : null,
  };
}

/** The reference app (bench/reference, built by scripts/bench/main.mjs) on `port`, or null when it is not built. */
async function startReference(/** @type {number} */ port) {
  const bin = path.join(REF, "node_modules", "next", "dist", "bin", "next");
  if (!existsSync(bin) || !existsSync(path.join(REF, ".next", "BUILD_ID"))) return null;
  const child = spawn(process.execPath, [bin, "start", "-p", String(port)], { cwd: REF, detached: true, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const proc = { name: `reference :${port}`, child, log: "", port };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      await r.arrayBuffer();
      if (r.ok) return proc;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopProc(proc);
  throw new Error("the reference app did not start");
}

/**
 * @param {{ connections?: number, durationS?: number, warmupS?: number, rounds?: number, acceptEncoding?: string, referenceBase?: string,
 *           clients?: Client[], modes?: string[], log?: (s: string) => void, onRun?: (r: { stop: () => void } | null) => void, register?: (stop: () => Promise<void>) => void }} [opts]
 */
export async function edgeBench(opts = {}) {
  const o = { connections: opts.connections ?? 50, durationS: opts.durationS ?? 10, warmupS: opts.warmupS ?? 2, rounds: opts.rounds ?? envInt("EDGE_BENCH_ROUNDS", 3), acceptEncoding: opts.acceptEncoding ?? "gzip, deflate, br", onRun: opts.onRun };
  const asked = opts.clients ?? (process.env.EDGE_BENCH_CLIENTS ?? CLIENTS.join(",")).split(",");
  // wrk is a system package (apt-get install wrk): without it the run goes on with the others and says so
  /** @type {string[]} */
  const absent = asked.includes("wrk") && !wrkPath() ? ["wrk (not installed: apt-get install wrk)"] : [];
  const clients = CLIENTS.filter((c) => asked.includes(c) && (c !== "wrk" || !absent.length));
  if (absent.length) log(`  client absent: ${absent.join(", ")}\n`);
  const modes = opts.modes ?? (process.env.EDGE_BENCH_MODES ?? "direct,off,cache").split(",");
  const log = opts.log ?? ((s) => process.stdout.write(s));
  const [edgePort, i1, i2, offPort, refEdgePort, refPort] = await freePorts(6, PORTS[0], PORTS[1]);
  /** @type {(() => Promise<void>)[]} */
  const stops = [];
  const stopAll = async () => {
    for (const s of stops.splice(0).reverse()) await s();
  };
  opts.register?.(stopAll);
  try {
    const edge = await startEdge({ edgePort, instancePorts: [i1, i2], siteUrl: `http://localhost:${edgePort}` });
    stops.push(edge.stop);
    const off = await startInstance({ port: offPort, siteUrl: `http://localhost:${edgePort}`, name: "instance, view cache off", env: { VIEW_CACHE: "off" } });
    stops.push(() => stopProc(off));
    // the reference: the bench's own server when given, else started here; behind a cache of its own (same VCL)
    let refBase = opts.referenceBase ?? null;
    if (!refBase) {
      const ref = await startReference(refPort);
      if (ref) {
        stops.push(() => stopProc(ref));
        refBase = `http://127.0.0.1:${refPort}`;
      }
    }
    /** @type {string | null} */
    let refEdge = null;
    /** @type {number | undefined} */
    let refVarnishGroup;
    if (refBase) {
      const v = await startVarnish({ port: refEdgePort, instancePorts: [Number(new URL(refBase).port)], release: "reference", probePath: "/" });
      stops.push(() => stopProc(v));
      refEdge = `http://127.0.0.1:${refEdgePort}`;
      refVarnishGroup = v.child.pid;
    }
    /** @type {Record<string, { key: string, dashboard: string | null, reference: string | null, cpu?: { dashboard?: number, reference?: number } }>} */
    const bases = {
      direct: { key: "direct", dashboard: `http://127.0.0.1:${i1}`, reference: refBase },
      "direct, view cache off": { key: "off", dashboard: `http://127.0.0.1:${offPort}`, reference: null },
      "through the cache": { key: "cache", dashboard: `http://127.0.0.1:${edgePort}`, reference: refEdge, cpu: { dashboard: edge.varnish.child.pid, reference: refVarnishGroup } },
    };
    // Through the cache, where the dashboard is held to the reference's own rate, every target is run `rounds` times,
    // round after round in the same order (the reference first), and each figure is the median of its rounds: a change
    // in the machine's load during the run then falls on the reference and the dashboard alike. (One run each, in one
    // sitting of a few minutes, the reference's rate once changed by 37% between its first and last runs.)
    /** @type {Map<string, Awaited<ReturnType<typeof load>>[]>} */
    const runs = new Map();
    /** @type {{ target: EdgeTarget, mode: string, client: Client, base: string, cpuOf?: number }[]} */
    const plan = [];
    for (const t of EDGE_TARGETS)
      for (const [mode, b] of Object.entries(bases)) {
        const base = b[t.app];
        if (!base || !modes.includes(b.key) || (b.key === "off" && !["/", "a shared view"].includes(t.label))) continue;
        for (const client of clients) plan.push({ target: t, mode, client, base, cpuOf: b.cpu?.[t.app] });
      }
    for (let round = 1; round <= o.rounds; round++)
      for (const p of plan) {
        if (round > 1 && p.mode !== "through the cache") continue;
        const key = `${p.target.label}|${p.mode}|${p.client}`;
        log(`  ${p.target.label}, ${p.mode}, ${p.client}${o.rounds > 1 && p.mode === "through the cache" ? `, round ${round} of ${o.rounds}` : ""}... `);
        const r = await load(p.base + p.target.path, p.client, { ...o, cpuOf: p.cpuOf });
        log(`${r.rps} req/s\n`);
        runs.set(key, [...(runs.get(key) ?? []), r]);
      }
    const rows = plan.map((p) => ({ target: p.target.label, path: p.target.path, app: p.target.app, mode: p.mode, ...medianRun(runs.get(`${p.target.label}|${p.mode}|${p.client}`) ?? []) }));
    return { connections: o.connections, durationS: o.durationS, warmupS: o.warmupS, rounds: o.rounds, release: edge.release, clients, absent, rows };
  } finally {
    await stopAll();
  }
}

/** The table of edgeBench's rows: each target straight to one instance and through the cache, side by side. */
export function edgeTable(/** @type {Awaited<ReturnType<typeof edgeBench>>} */ r) {
  const head = ["target", "mode", "client", "req/s", "p50", "p99", "errors", "bytes/resp", "cache CPU ms/1000", "client CPU ms/1000", "first answer"];
  const cells = r.rows.map((x) => [
    x.target, x.mode, x.client, `${x.rps}${x.rpsRuns.length > 1 ? ` (${x.rpsRuns.join(" / ")})` : ""}`, `${x.p50Ms} ms`, `${x.p99Ms} ms`, String(x.errors), String(x.bytesPerResponse ?? "-"),
    x.cpuMsPer1000 === null ? "-" : String(x.cpuMsPer1000), x.clientCpuMsPer1000 === null ? "-" : String(x.clientCpuMsPer1000),
    `${x.status}${x.xCache ? ` ${x.xCache}` : ""}`,
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (/** @type {string[]} */ c) => c.map((v, i) => (i < 3 ? v.padEnd(w[i]) : v.padStart(w[i]))).join("  ");
  const absent = (r.absent ?? []).map((a) => `client absent: ${a}`);
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...cells.map(line), ...absent].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const durationS = envInt("EDGE_BENCH_DURATION", 10);
  /** @type {(() => Promise<void>) | null} */
  let stop = null;
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => void (stop ?? (async () => {}))().finally(() => process.exit(130)));
  const { execFileSync } = await import("node:child_process");
  console.log(execFileSync("uptime", { encoding: "utf8" }).trim());
  const r = await edgeBench({ durationS, register: (s) => (stop = s) });
  console.log(`\n${edgeTable(r)}`);
  console.log(execFileSync("uptime", { encoding: "utf8" }).trim());
}
