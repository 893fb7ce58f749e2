// Sequential requests: response times, HTML sizes (raw, gzip, inline RSC payload) and the PNG render times.
import { gzipSync } from "node:zlib";
import { inlineRscPayload } from "../first-load-js.mjs";
import { N } from "./args.mjs";
import { ACCEPT_ENCODING, PNG_PATH, PNG_REPEATS, PNG_UNCACHED_FROM, REQUEST_TIMEOUT_MS, SEQUENTIAL_MAX_MS } from "./config.mjs";
import { checkpoint } from "./processes.mjs";
import { median, quantile, round } from "./stats.mjs";

/** @typedef {import("./config.mjs").Target} Target */
/** One GET, timed to the end of the body. */
export async function timedGet(/** @type {string} */ url) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { "accept-encoding": ACCEPT_ENCODING }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status, bytes: body.byteLength, cache: res.headers.get("x-nextjs-cache") };
}

/** First request, then N sequential ones. A target whose first request answers 404 is not available. */
export async function responseTimes(/** @type {string} */ base, /** @type {Target} */ ep) {
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
export async function htmlSize(base, p, app) {
  const res = await fetch(base + p, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const html = Buffer.from(await res.arrayBuffer());
  if (!res.ok) throw new Error(`GET ${base + p} answered ${res.status}`);
  const { bytes: rscBytes, scripts: rscScripts } = inlineRscPayload(html.toString("utf8"));
  return { path: p, app, bytes: html.length, gzipBytes: gzipSync(html, { level: 9 }).length, rscBytes, rscScripts, rscShare: round(rscBytes / html.length, 3) };
}

/** PNG render time: uncached (each a new `from`) and cached repeats of PNG_PATH. @param {string} base */
export async function pngTiming(base) {
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
