// Finds a Chromium for Playwright; on Debian as root installs Debian's package, elsewhere tries Playwright's installer.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

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
  "  Debian/Ubuntu (as root): apt-get update && apt-get install -y chromium\n" +
  "  elsewhere:               npx playwright install chromium\n" +
  "  or point CHROMIUM_PATH at an existing Chromium or Chrome binary.";

/** { ok, path } where path is null when Playwright's own download is used. */
export function findChromium({ install }) {
  let found = locate();
  if (found) return { ok: true, path: found };
  if (playwrightHasOwnChromium()) return { ok: true, path: null };
  if (!install) return { ok: false, message: HOW };
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Debian's chromium (apt-get update && apt-get install -y chromium)...");
    spawnSync("sh", ["-c", "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium"], { stdio: "inherit" });
    found = locate();
    if (found) return { ok: true, path: found };
  } else {
    console.log("Trying Playwright's own browser download (npx playwright install chromium)...");
    spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
    if (playwrightHasOwnChromium()) return { ok: true, path: null };
  }
  return { ok: false, message: HOW };
}
