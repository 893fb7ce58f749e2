// `npm test`: type check, data validation, unit + API tests, then browser tests against the production build.
// Ends with one line "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { buildIsCurrent } from "./build-state.mjs";
import { findChromium } from "./chromium.mjs";

const ART = ".test-artifacts";
mkdirSync(ART, { recursive: true });
let passed = 0;
let failed = 0;
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status;
const step = (name) => console.log(`\n=== ${name} ===`);
const readJson = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, "utf8")) : null);

step("type check (tsc --noEmit)");
if (run("npx", ["tsc", "--noEmit"]) === 0) passed++;
else failed++;

step("data validation (npm run check:data)");
if (run("npx", ["tsx", "scripts/check-data.ts"]) === 0) passed++;
else failed++;

step("unit and API tests (vitest)");
run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${ART}/vitest.json`]);
const v = readJson(`${ART}/vitest.json`);
if (v) {
  passed += v.numPassedTests;
  // a file that fails to load has no failed assertions of its own: count it once
  const brokenFiles = v.testResults.filter((r) => r.status === "failed" && !r.assertionResults.some((a) => a.status === "failed")).length;
  failed += v.numFailedTests + brokenFiles;
} else failed++;

step("browser tests (Playwright + Chromium)");
const chromium = findChromium({ install: true });
if (!chromium.ok) {
  console.error(chromium.message);
  failed++;
} else {
  let built = true;
  if (buildIsCurrent()) console.log("Production build is current; not rebuilding.");
  else {
    console.log("Building the production app...");
    built = run("npm", ["run", "build"]) === 0;
  }
  if (!built) failed++;
  else {
    run("npx", ["playwright", "test"], { CHROMIUM_PATH: chromium.path ?? "" });
    const p = readJson(`${ART}/playwright.json`);
    if (p?.stats) {
      passed += p.stats.expected + p.stats.flaky;
      failed += p.stats.unexpected;
    } else failed++;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
