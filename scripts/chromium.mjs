// Finds a Chromium for Playwright; on Debian as root installs Debian's packages, elsewhere tries Playwright's installer.
// The browser suite prefers Debian's chromium-headless-shell: the old headless shell Playwright itself runs headless
// tests in. On this 2-core machine it spent about 40% less CPU than the full Chromium on the same pages (4.5 against
// 7.7 CPU-s for four dashboard loads with live faces, screenshots and an axe run).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const CANDIDATES = [HEADLESS_SHELL, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function locate() {
  const env = process.env.CHROMIUM_PATH;
  if (env && existsSync(env)) return env;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function playwrightHasOwnChromium() {
  try {
    const out = execFileSync("node", ["-e", "console.log(require('playwright-core').chromium.executablePath())"], { encoding: "utf8" }).trim();
    return out && existsSync(out);
  } catch {
    return false;
  }
}

const HOW =
  "No Chromium was found for the browser tests. Install one and run npm test again:\n" +
  "  Debian/Ubuntu (as root): apt-get update && apt-get install -y chromium-headless-shell chromium\n" +
  "  elsewhere:               npx playwright install chromium\n" +
  "  or point CHROMIUM_PATH at an existing Chromium or Chrome binary.";

/** { ok, path } where path is null when Playwright's own download is used. */
export function findChromium({ install }) {
  let found = locate();
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const apt = isRoot && existsSync("/usr/bin/apt-get");
  // the suite runs in the shell, and its tapping specs in the full browser (e2e/browsers.ts): on Debian, have both
  const missing = ["chromium-headless-shell", "chromium"].filter((pkg) => !existsSync(`/usr/bin/${pkg}`));
  if (install && !process.env.CHROMIUM_PATH && apt && missing.length > 0) {
    const get = `DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing.join(" ")}`;
    console.log(`Installing Debian's ${missing.join(" and ")} for the browser suite...`);
    spawnSync("sh", ["-c", `${get} || (apt-get update && ${get})`], { stdio: "inherit" });
    found = locate();
  }
  if (found) return { ok: true, path: found };
  if (playwrightHasOwnChromium()) return { ok: true, path: null };
  if (!install) return { ok: false, message: HOW };
  if (!apt) {
    console.log("Trying Playwright's own browser download (npx playwright install chromium)...");
    spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
    if (playwrightHasOwnChromium()) return { ok: true, path: null };
  }
  return { ok: false, message: HOW };
}
