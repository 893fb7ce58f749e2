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
//   5b. export timings (scripts/bench/export.mjs): each export format from the click to the download, in Chromium;
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
//   npm run bench -- [--n 50] [--duration 10] [--connections 50] [--lighthouse-runs 3] [--skip-lighthouse]
//                        [--port 3260] [--reference-port 3300]
//   env CHROMIUM_PATH: the Chromium Lighthouse drives (default /usr/bin/chromium)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { firstLoadJs, kB } from "../first-load-js.mjs";
import { formatPageWeight, pageWeight } from "../page-weight.mjs";
import { CONNECTIONS, DURATION_S, FIXED_PORT, FIXED_REF_PORT, LH_RUNS, N, flags } from "./args.mjs";
import { loadTest, referenceLoad } from "./autocannon.mjs";
import { briefingFirstChart } from "./briefing.mjs";
import { buildDashboard, prepareReference, refNextBin, refVersions } from "./builds.mjs";
import { ACCEPT_ENCODING, ART, ENDPOINTS, LOAD_SETTLE_MS, LOAD_TARGETS, LOAD_WARMUP_S, OUT, PNG_PATH, PNG_REPEATS, PNG_UNCACHED_FROM, PORT_RANGE, REF, REF_PORT_RANGE, RENDERED_VIEW, ROOT, VIEW_PATH, require } from "./config.mjs";
import { edgeBench, edgeTable } from "./edge.mjs";
import { currentCommit, RESULTS_MD, resultsMarkdown } from "./results-md.mjs";
import { exportTimings } from "./export.mjs";
import { chromiumPath, lighthouse } from "./lighthouse.mjs";
import { machineLoad } from "./machine.mjs";
import { checkpoint, cleanup, forgetCachedView, freePort, interrupted, running, startServer } from "./processes.mjs";
import { htmlSize, pngTiming, responseTimes } from "./requests.mjs";
import { NA, fmtRatio, heading, ms, orDash, ratio, round, sleep, table } from "./stats.mjs";
import { label, summary } from "./summary.mjs";

/** @typedef {import("./config.mjs").Target} Target */
async function main() {
  const startedAt = new Date().toISOString();
  const result = {
    startedAt,
    finishedAt: "",
    node: process.version,
    next: JSON.parse(readFileSync(require.resolve("next/package.json"), "utf8")).version,
    load: { start: machineLoad(), end: /** @type {ReturnType<typeof machineLoad> | null} */ (null) },
    commit: currentCommit(ROOT),
    /** @type {string[]} */
    warnings: [],
    build: { rebuilt: false, seconds: 0 },
    reference: { dir: path.relative(ROOT, REF), base: "", versions: /** @type {Record<string, string> | null} */ (null), installed: false, rebuilt: false, buildSeconds: 0 },
    server: { base: "" },
    /** @type {{ path: string, app: Target["app"], scripts: number, totalBytes: number, totalGzipBytes: number, gzipRatioToReference: number | null, files: import("../first-load-js.mjs").ScriptSize[] }[]} */
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

  // ------------------------------------------------------------------ briefing (scripts/bench/briefing.mjs)
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

  // ------------------------------------------------------------------ export timings (scripts/bench/export.mjs)
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
  Object.assign(result, { edge: await edgeBench({ connections: CONNECTIONS, durationS: DURATION_S, referenceBase: bases.reference, onRun: (r) => (running.cannon = r), register: (s) => (running.edgeStop = s) }) });
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
  writeFileSync(RESULTS_MD, resultsMarkdown(result));
  console.log(`\nWrote ${path.relative(ROOT, OUT)} and ${path.relative(ROOT, RESULTS_MD)}`);
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
