// `npm test`: type check, data validation, unit + API tests, then browser tests against the production build.
// Ends with one line "N passed, N failed". A suite that did not run, errored outside a test, or ran fewer tests than
// it lists counts as a failure: a suite that did not run is never a pass.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { buildIsCurrent } from "./build-state.mjs";
import { findChromium } from "./chromium.mjs";
import { freePortRun, portIsFree } from "./free-ports.mjs";

const ART = ".test-artifacts";
mkdirSync(ART, { recursive: true });
let passed = 0;
let failed = 0;
const started = Date.now();
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status;
const step = (name) => console.log(`\n=== ${name} ===`);
const problem = (msg) => {
  console.error(`\nnpm test: ${msg}`);
  failed++;
};
const readJson = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, "utf8")) : null);

// the type check runs beside the data check and the unit tests (it takes one core; they leave one idle much of the
// time), its output held back and printed in its own step
const TSC_LOG = `${ART}/tsc.log`;
const typeCheck = new Promise((resolve) => {
  // its output goes to a file, not a pipe: the steps below block this process, and a full pipe would stall tsc
  const log = openSync(TSC_LOG, "w");
  const child = spawn("npx", ["tsc", "--noEmit"], { stdio: ["ignore", log, log] });
  child.on("close", (code) => resolve(code));
  child.on("error", () => resolve(1));
});

// the browser suite's list of tests is read beside the steps below too (loading every spec takes a few seconds)
const listingDone = new Promise((resolve) => {
  const child = spawn("npx", ["playwright", "test", "--list", "--reporter=json"], { stdio: ["ignore", "pipe", "pipe"] });
  const out = [];
  const err = [];
  child.stdout.on("data", (d) => out.push(d));
  child.stderr.on("data", (d) => err.push(d));
  child.on("close", (status) => resolve({ status, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  child.on("error", (e) => resolve({ status: 1, stdout: "", stderr: String(e) }));
});

step("data validation (npm run check:data)");
if (run("npx", ["tsx", "scripts/check-data.ts"]) === 0) passed++;
else failed++;

step("unit and API tests (vitest)");
rmSync(`${ART}/vitest.json`, { force: true });
const vitestStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${ART}/vitest.json`]);
const v = readJson(`${ART}/vitest.json`);
if (!v) problem("Vitest wrote no report: the unit suite did not run.");
else {
  passed += v.numPassedTests;
  // a file that fails to load has no failed assertions of its own: count it once
  const brokenFiles = v.testResults.filter((r) => r.status === "failed" && !r.assertionResults.some((a) => a.status === "failed")).length;
  failed += v.numFailedTests + brokenFiles;
  if (v.numTotalTests === 0) problem("Vitest ran no test.");
  if (vitestStatus !== 0 && v.numFailedTests + brokenFiles === 0) problem(`Vitest exited ${vitestStatus} with no failed test (an error outside the tests).`);
}

step("type check (tsc --noEmit)");
{
  const code = await typeCheck;
  process.stdout.write(readFileSync(TSC_LOG, "utf8"));
  if (code === 0) {
    console.log("No type errors.");
    passed++;
  } else failed++;
}

/** How many tests a Playwright JSON report's suite tree lists. */
function countListed(suites = []) {
  return suites.reduce((n, s) => n + (s.specs ?? []).reduce((m, spec) => m + (spec.tests?.length ?? 0), 0) + countListed(s.suites), 0);
}

step("browser tests (Playwright + Chromium)");
const chromium = findChromium({ install: true });
if (!chromium.ok) problem(chromium.message);
else {
  let built = true;
  if (buildIsCurrent()) console.log("Production build is current; not rebuilding.");
  else {
    console.log("Building the production app...");
    built = run("npm", ["run", "build"]) === 0;
  }
  if (!built) problem("the production build failed, so the browser suite could not run.");
  else {
    // the suite's servers use E2E_PORT and the two ports above it: given ones must be free, otherwise pick free ones
    let base = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePortRun(3);
    const busy = [];
    for (let i = 0; i < 3; i++) if (!(await portIsFree(base + i))) busy.push(base + i);
    if (busy.length) {
      problem(`port${busy.length > 1 ? "s" : ""} ${busy.join(", ")} (E2E_PORT=${base} and the two above it) ${busy.length > 1 ? "are" : "is"} in use: stop what holds ${busy.length > 1 ? "them" : "it"} or unset E2E_PORT so npm test picks free ports.`);
    } else {
      console.log(`Browser suite on ports ${base}-${base + 2}.`);
      // the browsers themselves are chosen by e2e/browsers.ts (the headless shell, and the full Chromium for taps);
      // findChromium above only made sure one is installed
      const env = { E2E_PORT: String(base) };
      const listing = await listingDone;
      let listed = 0;
      try {
        listed = countListed(JSON.parse(listing.stdout).suites);
      } catch {
        problem(`playwright --list gave no readable list (exit ${listing.status}): ${listing.stderr.slice(0, 2000)}`);
      }
      rmSync(`${ART}/playwright.json`, { force: true });
      const status = run("npx", ["playwright", "test"], env);
      const p = readJson(`${ART}/playwright.json`);
      if (!p?.stats) problem("Playwright wrote no report: the browser suite did not run.");
      else {
        const { expected, unexpected, flaky, skipped } = p.stats;
        passed += expected + flaky;
        failed += unexpected;
        const ran = expected + unexpected + flaky;
        for (const e of p.errors ?? []) problem(`Playwright error outside a test: ${(e.message ?? JSON.stringify(e)).split("\n")[0]}`);
        if (listed === 0) problem("Playwright lists no test.");
        if (ran < listed) problem(`Playwright ran ${ran} of the ${listed} tests it lists (${skipped} skipped or not run).`);
        if (status !== 0 && unexpected === 0 && !(p.errors ?? []).length) problem(`Playwright exited ${status} with no failed test.`);
      }
    }
  }
}

console.log(`\nnpm test took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
