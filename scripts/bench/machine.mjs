// The machine the bench runs on: its load averages, and the newest change under a path (is a build stale?).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Load averages from `uptime` (os.loadavg() where there is no `uptime`). */
export function machineLoad() {
  let raw = "";
  try {
    raw = execFileSync("uptime", { encoding: "utf8" }).trim();
  } catch {
    /* no uptime binary */
  }
  const m = raw.match(/load averages?:\s*([\d.]+),?\s+([\d.]+),?\s+([\d.]+)/);
  const [one, five, fifteen] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : os.loadavg();
  return { uptime: raw || null, one, five, fifteen, cpus: os.availableParallelism?.() ?? os.cpus().length };
}

/** Newest mtime of a file or of everything under a folder (0 when missing). @param {string} p @returns {number} */
export function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const e of readdirSync(p)) max = Math.max(max, newest(path.join(p, e)));
  return max;
}
