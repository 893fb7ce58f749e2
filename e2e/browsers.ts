// The Chromium binaries the browser suite runs in (playwright.config.ts and the specs that tap).
import { existsSync } from "node:fs";

const SHELL = "/usr/bin/chromium-headless-shell";
const FULL = "/usr/bin/chromium";

/** The suite's Chromium: CHROMIUM_PATH, else Debian's old headless shell (what Playwright itself runs headless tests
 * in; about 40% less CPU than the full browser on this machine), else Debian's full Chromium, else (undefined)
 * Playwright's own download. */
export const SUITE_CHROMIUM = process.env.CHROMIUM_PATH || [SHELL, FULL].find((p) => existsSync(p));

/** --renderer-process-limit=1: the pages of one context share one page process (a test's chart-file tab, a presenter's
 * second window) instead of starting another, and no spare process is started for a next page that never comes. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--renderer-process-limit=1",
];

/** Where the specs that tap run (tagged TAP; playwright.config.ts gives them a project of their own): the full
 * Chromium where there is one. The headless shell ends every touch sequence with a mouse leave to (0, 0), which no
 * phone does: a phone keeps the tap's hover until the next tap, so a chart's tooltip shown by a tap stays up; in the
 * shell it closed at once. */
export const TAP_CHROMIUM = process.env.CHROMIUM_PATH || (existsSync(FULL) ? FULL : SUITE_CHROMIUM);
export const TAP = "@tap";

/** A phone that taps: a describe or spec using it is tagged TAP. */
export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
