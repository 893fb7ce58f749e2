// The load test (autocannon) of one target, and the reference's figures from its first and last runs.
import { CONNECTIONS, DURATION_S } from "./args.mjs";
import { ACCEPT_ENCODING, LOAD_WARMUP_S, require } from "./config.mjs";
import { running } from "./processes.mjs";
import { timedGet } from "./requests.mjs";
import { round } from "./stats.mjs";

/** @typedef {import("./config.mjs").Target} Target */
/**
 * autocannon against one URL: CONNECTIONS connections for DURATION_S seconds, after one warming request (a 404 there
 * means the target is not available).
 * @param {string} base @param {Target} t
 */
export async function loadTest(base, t) {
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
  running.cannon = run;
  /** @type {any} */
  let r;
  try {
    r = await run;
  } finally {
    running.cannon = null;
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


/**
 * The reference's load-test figures, the mean of its runs (first and last), and their spread (max ÷ min req/s).
 * @param {Awaited<ReturnType<typeof loadTest>>[]} results
 */
export function referenceLoad(results) {
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
