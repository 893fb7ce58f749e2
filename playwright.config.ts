import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, SUITE_CHROMIUM, TAP, TAP_CHROMIUM } from "./e2e/browsers";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const HOSTILE_PORT = PORT + 1;
// Debian's Chromium (Playwright cannot download its own browsers on this network): e2e/browsers.ts says which.

/** Specs that count what the suite's server keeps (its caches): they run once the others are done, alone. (The edge
 * spec starts servers of its own, Varnish and two instances, and runs its tests in turn in one worker beside the
 * others: run last, alone, it left one of the two cores idle for half a minute.) */
const SERVER_STATE_SPECS = [/cache-bound\.spec\.ts/];

export default defineConfig({
  testDir: "e2e",
  // two workers; specs that read or change server state run after the rest, alone
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".test-artifacts/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    // Each test gets its worker's context and page back, reset by Playwright: other pages closed, the page on
    // about:blank, cookies and every origin's storage cleared, emulated media, viewport and user agent set to the test's
    // own (https://playwright.dev/docs/api/class-testoptions#test-options-reuse-context). A test whose other context
    // options differ (javaScriptEnabled, hasTouch, baseURL...) gets a fresh context. What stays is the browser's HTTP
    // cache, as for a reader coming back. Starting each test's page process again cost about 0.5 s of CPU per test:
    // numbers.spec and dashboard.spec took 286 CPU-s with a context per test, 266 with --renderer-process-limit=1
    // (e2e/browsers.ts) and 253 with both.
    reuseContext: true,
    launchOptions: { executablePath: SUITE_CHROMIUM, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: SERVER_STATE_SPECS, grepInvert: new RegExp(TAP) },
    // the specs that tap (tagged @tap), in the browser that keeps a tap's hover as phones do (e2e/browsers.ts)
    { name: "tap", use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: TAP_CHROMIUM, args: CHROMIUM_ARGS } }, testIgnore: SERVER_STATE_SPECS, grep: new RegExp(TAP) },
    { name: "server-state", use: { ...devices["Desktop Chrome"] }, testMatch: SERVER_STATE_SPECS, dependencies: ["chromium", "tap"], fullyParallel: false },
  ],
  webServer: [
    {
      // small view-cache bounds (60 pages, 2 MB), so that e2e/cache-bound.spec.ts walks past them in 150 renders
      command: `VIEW_CACHE_MAX_ENTRIES=60 VIEW_CACHE_MAX_BYTES=2000000 npx next start -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/sources`,
      reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
      timeout: 60_000,
    },
    {
      // the same build serving hostile fixture data (e2e/hostile-data.spec.ts): views rendered per request and the API
      // read it; the pages built at build time keep the real data
      command: `node scripts/hostile-fixture.mjs .test-artifacts/hostile-data && AID_DATA_DIR=.test-artifacts/hostile-data npx next start -p ${HOSTILE_PORT}`,
      url: `http://127.0.0.1:${HOSTILE_PORT}/api/sources`,
      reuseExistingServer: process.env.E2E_REUSE_SERVER === "1",
      timeout: 60_000,
    },
  ],
});
