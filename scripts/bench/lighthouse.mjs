// Lighthouse (mobile, simulated throttling) of the dashboard's pages and the reference's, median of several runs.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { LH_RUNS } from "./args.mjs";
import { CHROME_FLAGS, LH_CATEGORIES, LH_TARGETS, LIGHTHOUSE_TIMEOUT_MS, ROOT, require } from "./config.mjs";
import { interrupted, running } from "./processes.mjs";
import { median, ratio, round } from "./stats.mjs";
import { label } from "./summary.mjs";

/** @typedef {import("./config.mjs").Target} Target */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || process.env.CHROME_PATH || "/usr/bin/chromium";
}

/** One Lighthouse CLI run (mobile preset, LH_CATEGORIES); resolves with the parsed report or rejects with why. */
export function lighthouseOnce(/** @type {string} */ cli, /** @type {string} */ url, /** @type {string} */ outFile) {
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
    running.lighthouse = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CHROME_PATH: chromiumPath() } });
    const child = running.lighthouse;
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
      running.lighthouse = null;
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
export async function lighthouse(bases) {
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
