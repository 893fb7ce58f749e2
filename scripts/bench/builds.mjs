// Builds the dashboard and the reference app (bench/reference) when their builds are missing or stale.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildIsCurrent } from "../build-state.mjs";
import { REF, REF_INPUTS, ROOT } from "./config.mjs";
import { newest } from "./machine.mjs";
import { round } from "./stats.mjs";

export function buildDashboard() {
  if (buildIsCurrent(ROOT)) {
    console.log("dashboard: production build is current; not rebuilding.");
    return { rebuilt: false, seconds: 0 };
  }
  console.log("dashboard: building the production app (npm run build)...");
  const t = performance.now();
  const b = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (b.status !== 0) throw new Error(`npm run build failed (${b.status ?? b.signal})`);
  return { rebuilt: true, seconds: round((performance.now() - t) / 1000, 1) ?? 0 };
}

/** Installs the reference's dependencies (npm ci) when missing or older than its lockfile, then builds it when stale. */
export function prepareReference() {
  const out = { installed: false, rebuilt: false, seconds: 0 };
  const installed = path.join(REF, "node_modules", ".package-lock.json");
  if (!existsSync(installed) || newest(path.join(REF, "package-lock.json")) > newest(installed) || !existsSync(path.join(REF, "node_modules", "next", "package.json"))) {
    console.log("reference: installing its dependencies (npm ci in bench/reference)...");
    const i = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: REF, stdio: "inherit" });
    if (i.status !== 0) throw new Error(`npm ci in bench/reference failed (${i.status ?? i.signal})`);
    out.installed = true;
  }
  const marker = path.join(REF, ".next", "BUILD_ID");
  const current = existsSync(marker) && REF_INPUTS.every((p) => newest(path.join(REF, p)) <= statSync(marker).mtimeMs);
  if (current) console.log("reference: production build is current; not rebuilding.");
  else {
    console.log("reference: building (next build in bench/reference)...");
    const t = performance.now();
    const b = spawnSync(process.execPath, [refNextBin(), "build"], { cwd: REF, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (b.status !== 0) throw new Error(`next build in bench/reference failed (${b.status ?? b.signal})`);
    out.rebuilt = true;
    out.seconds = round((performance.now() - t) / 1000, 1) ?? 0;
  }
  return out;
}
export const refNextBin = () => path.join(REF, "node_modules", "next", "dist", "bin", "next");
export const refVersions = () => {
  const v = (/** @type {string} */ p) => JSON.parse(readFileSync(path.join(REF, "node_modules", p, "package.json"), "utf8")).version;
  return { next: v("next"), react: v("react"), recharts: v("recharts") };
};
