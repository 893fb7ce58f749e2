import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, SUITE_CHROMIUM, TAP, TAP_CHROMIUM } from "./e2e/browsers";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const HOSTILE_PORT = PORT + 1;
// Debian's Chromium (Playwright cannot download its own browsers on this network): e2e/browsers.ts says which.

/** Specs that count what the server keeps (its caches), or start servers of their own (Varnish and two instances):
 * they run once the others are done, with the machine to themselves. */
const SERVER_STATE_SPECS = [/cache-bound\.spec\.ts/, /edge\.spec\.ts/];

export default defineConfig({
  testDir: "e2e",
  // two workers, every test its own page; specs that read or change server state run after the rest, alone
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".test-artifacts/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
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
