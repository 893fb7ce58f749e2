// The servers and child processes the bench starts, and stopping all of them on every exit (also on Ctrl-C);
// free ports and `next start`.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { intFlag } from "./args.mjs";
import { ROOT } from "./config.mjs";
import { sleep } from "./stats.mjs";

/** @typedef {{ name: string, child: import("node:child_process").ChildProcess, log: string }} Server */
/** @type {Server[]} */
export const servers = [];
/** What runs besides the servers, so that cleanup() stops it: set and cleared by the modules that start it. */
export const running = {
  /** @type {import("node:child_process").ChildProcess | null} the Lighthouse run in progress */
  lighthouse: null,
  /** @type {{ stop: () => void } | null} the autocannon run in progress */
  cannon: null,
  /** @type {(() => Promise<void>) | null} stops the edge part's cache and instances (scripts/bench/edge.mjs) */
  edgeStop: null,
};

/** @param {import("node:child_process").ChildProcess} child @param {number} timeout */
export function exited(child, timeout) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), timeout);
    child.once("exit", () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

/** Signals a server's process group (it was started detached, so the group is ours alone). */
export function signalServer(/** @type {Server} */ s, /** @type {NodeJS.Signals} */ sig) {
  const child = s.child;
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, sig);
  } catch {
    try {
      child.kill(sig);
    } catch {
      /* already gone */
    }
  }
}

export let cleaned = false;
/** @type {NodeJS.Signals | null} */
export let interrupted = null;
/** Stops the run between steps once a signal has arrived (the handler is already stopping the processes). */
export function checkpoint() {
  if (interrupted) throw new Error(`interrupted (${interrupted}); nothing written`);
}
export async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  await running.edgeStop?.();
  try {
    running.cannon?.stop();
  } catch {
    /* already stopped */
  }
  if (running.lighthouse && running.lighthouse.exitCode === null && running.lighthouse.signalCode === null) {
    running.lighthouse.kill("SIGINT"); // Lighthouse closes its Chromium on SIGINT
    if (!(await exited(running.lighthouse, 5000))) running.lighthouse.kill("SIGKILL");
  }
  await Promise.all(
    servers.map(async (s) => {
      signalServer(s, "SIGTERM");
      if (!(await exited(s.child, 5000))) signalServer(s, "SIGKILL");
    }),
  );
}
process.on("exit", () => servers.forEach((s) => signalServer(s, "SIGKILL"))); // last resort, synchronous
for (const [sig, code] of /** @type {const} */ ([["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]])) {
  process.on(sig, () => {
    interrupted = sig;
    console.error(`\n${sig}: stopping the servers and exiting`);
    cleanup().finally(() => process.exit(code));
  });
}

/**
 * Next keeps each on-demand render in .next/server/route-cache (across restarts), so a second bench would find
 * RENDERED_VIEW cached and its "first request" would not be a render. Removes that one view's cached files
 * (system theme), before the server starts. Best effort: the cache layout is Next's own; the x-nextjs-cache header
 * of the first response (MISS = rendered) is reported either way.
 * @param {string} viewPath
 */
export function forgetCachedView(viewPath) {
  const segment = new URL(viewPath, "http://x").search.slice(1).replace(/=/g, ".").replace(/&/g, "~");
  const name = new RegExp(`^${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(html|meta|rsc|body|segments)$`);
  const root = path.join(ROOT, ".next", "server", "route-cache");
  let removed = 0;
  const walk = (/** @type {string} */ d, depth = 0) => {
    if (depth > 8 || !existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (name.test(e.name) && path.basename(d) === "system" && path.basename(path.dirname(d)) === "v") {
        rmSync(p, { recursive: true, force: true });
        removed++;
      } else if (e.isDirectory()) walk(p, depth + 1);
    }
  };
  walk(root);
  return removed;
}

/** @param {number} port @param {string | undefined} host */
export function canListen(port, host) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen({ port, host, exclusive: true }, () => s.close(() => resolve(true)));
  });
}

/** @param {string | undefined} fixed @param {string} flag @param {number[]} range @param {number[]} taken */
export async function freePort(fixed, flag, range, taken = []) {
  if (fixed) return intFlag(flag, fixed, 1, 65535);
  for (let p = range[0]; p <= range[1]; p++) {
    if (taken.includes(p)) continue;
    if ((await canListen(p, "127.0.0.1")) && (await canListen(p, undefined))) return p;
  }
  throw new Error(`no free port in ${range[0]}-${range[1]}; pass --${flag}`);
}

/**
 * Starts `next start` (the given Next's bin, in cwd) and waits until readyPath answers on 127.0.0.1. No `-H 127.0.0.1`:
 * with a loopback hostname Next 16.4.6 sends the proxy's rewrites back to itself over HTTP (vercel/next.js#94745),
 * which halves the throughput of every shared view and resets connections under load.
 * @param {string} name @param {string} cwd @param {string} nextBin @param {number} port @param {string} readyPath
 */
export async function startServer(name, cwd, nextBin, port, readyPath) {
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  /** @type {Server} */
  const s = { name, child, log: "" };
  servers.push(s);
  const keep = (/** @type {Buffer} */ b) => {
    s.log = (s.log + b.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`next start (${name}) exited (${child.exitCode ?? child.signalCode}):\n${s.log}`);
    try {
      const r = await fetch(base + readyPath, { signal: AbortSignal.timeout(2000) });
      await r.arrayBuffer();
      if (r.ok) return { base, pid: child.pid };
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  throw new Error(`next start (${name}) did not answer on ${base} within 60 s:\n${s.log}`);
}
