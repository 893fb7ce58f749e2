// The summary table: each figure of the dashboard beside the reference app's, and their ratio.
import { kB } from "../first-load-js.mjs";
import { CONNECTIONS } from "./args.mjs";
import { PNG_REPEATS, PNG_UNCACHED_FROM } from "./config.mjs";
import { NA, fmtRatio, ms, ratio } from "./stats.mjs";

/** @typedef {import("./config.mjs").Target} Target */
/** "/", "/?..." or "reference /" @param {Target["app"]} app @param {string} p */
export function label(app, p) {
  return app === "reference" ? `reference ${p}` : p;
}

/**
 * The summary rows: each dashboard figure, the reference's counterpart and dashboard ÷ reference.
 * @param {any} result
 */
export function summary(result) {
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
