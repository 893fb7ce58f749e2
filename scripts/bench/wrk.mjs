// wrk (Debian's `wrk` 4.1, a C load generator) as the edge bench's third client. Both JavaScript clients spend CPU
// per byte received and share the machine's cores with the cache they measure (scripts/bench/load.mjs says why);
// wrk parses with a C parser and discards bodies, so on a large page its rate is set by the server rather than by
// itself, as long as it has the threads to read what the server sends: one thread per core (WRK_THREADS sets
// another count), 50 connections, the same headers and warm-up as the other clients. With a single thread, wrk itself
// set the rate of the large pages through the cache (a whole core for `/`'s 47 kB answers). Install it with
// `apt-get install wrk`; without it the bench reports the client as absent.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { envInt } from "./stats.mjs";

/** The wrk binary on PATH (or Debian's /usr/bin), or null when it is not installed. */
export function wrkPath() {
  for (const dir of [...(process.env.PATH ?? "").split(path.delimiter), "/usr/bin", "/usr/local/bin"]) {
    const p = path.join(dir, "wrk");
    if (dir && existsSync(p)) return p;
  }
  return null;
}

const TIME_MS = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const BINARY = { "": 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/** "812.00us", "4.20ms", "1.03s", "2.00m" (wrk's format_time_us) in milliseconds; null when it is not one. */
export function wrkTimeMs(/** @type {string} */ s) {
  const m = /^([\d.]+)(us|ms|s|m|h)$/.exec(s.trim());
  if (!m) return null;
  return Number(m[1]) * TIME_MS[/** @type {keyof typeof TIME_MS} */ (m[2])];
}

/**
 * wrk's report (with --latency) as figures: requests/s, p50 and p99 in ms, answers counted, errors (socket errors of
 * every kind plus answers of status 400 and above, which wrk counts as "Non-2xx or 3xx"), and bytes per answer
 * (wrk's "read" total, headers included, to its 3-4 significant digits). Throws when the text is not a wrk report.
 * @param {string} text
 */
export function parseWrk(text) {
  const num = (/** @type {RegExp} */ re) => re.exec(text);
  const done = num(/^\s*(\d+) requests in ([\d.]+\w+), ([\d.]+)([KMGT]?)B read$/m);
  const rps = num(/^Requests\/sec:\s+([\d.]+)$/m);
  if (!done || !rps) throw new Error(`not a wrk report:\n${text.slice(0, 400)}`);
  const pct = (/** @type {number} */ p) => {
    const m = new RegExp(`^\\s*${p}%\\s+(\\S+)$`, "m").exec(text);
    return m ? wrkTimeMs(m[1]) : null;
  };
  const sock = num(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const socket = sock ? { connect: Number(sock[1]), read: Number(sock[2]), write: Number(sock[3]), timeout: Number(sock[4]) } : { connect: 0, read: 0, write: 0, timeout: 0 };
  const non2xx = Number(num(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const responses = Number(done[1]);
  const bytes = Number(done[3]) * BINARY[/** @type {keyof typeof BINARY} */ (done[4])];
  return {
    rps: Math.round(Number(rps[1]) * 10) / 10,
    p50Ms: pct(50),
    p99Ms: pct(99),
    responses,
    errors: socket.connect + socket.read + socket.write + socket.timeout + non2xx,
    socket,
    non2xx,
    bytesPerResponse: responses ? Math.round(bytes / responses) : null,
  };
}

/** CPU seconds (user + system) of this process's finished and reaped children (/proc/self/stat cutime + cstime). */
export function childrenCpuSeconds() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[13]) + Number(f[14])) / 100; // fields 16 and 17 of stat(5); USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/**
 * One wrk process: resolves with its report, or rejects with its error output.
 * @param {string} bin @param {string[]} args @param {(r: { stop: () => void } | null) => void} [onRun]
 */
function runWrk(bin, args, onRun) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err += c));
    onRun?.({ stop: () => child.kill("SIGINT") });
    child.on("error", reject);
    child.on("close", (code) => {
      onRun?.(null);
      if (code === 0) resolve(out);
      else reject(new Error(`wrk exited with ${code}: ${err || out}`));
    });
  });
}

/**
 * wrk against one URL: `warmupS` uncounted seconds, then `durationS` counted ones, each a wrk run of one thread and
 * `connections` connections; with the CPU wrk spent (warm-up and run) per 1,000 answers counted.
 * @param {string} url
 * @param {{ connections: number, durationS: number, warmupS: number, headers?: Record<string, string>, onRun?: (r: { stop: () => void } | null) => void }} o
 */
export async function wrkLoad(url, o) {
  const bin = wrkPath();
  if (!bin) throw new Error("wrk is not installed (Debian/Ubuntu: apt-get install wrk)");
  const head = Object.entries(o.headers ?? {}).flatMap(([k, v]) => ["-H", `${k}: ${v}`]);
  const threads = envInt("WRK_THREADS", os.availableParallelism());
  const args = (/** @type {number} */ s) => [`-t${threads}`, `-c${o.connections}`, `-d${s}s`, "--timeout", "10s", "--latency", ...head, url];
  const cpu0 = childrenCpuSeconds();
  if (o.warmupS > 0) await runWrk(bin, args(o.warmupS), o.onRun);
  const r = parseWrk(String(await runWrk(bin, args(o.durationS), o.onRun)));
  const cpu1 = childrenCpuSeconds();
  const clientCpuMsPer1000 = cpu0 !== null && cpu1 !== null && r.responses ? Math.round(((cpu1 - cpu0) * 1e6) / r.responses) : null;
  return { ...r, p50Ms: r.p50Ms ?? 0, p99Ms: r.p99Ms ?? 0, clientCpuMsPer1000 };
}
