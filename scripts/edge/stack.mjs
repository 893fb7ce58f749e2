// The edge on one machine: Varnish (deploy/varnish/site.vcl) in front of N standalone Next.js instances of the current
// production build. Used by `npm run start:edge` (scripts/start-edge.mjs), the edge browser test (e2e/edge.spec.ts)
// and the bench (scripts/bench/edge.mjs). Every process is started in its own process group and stopped by its id.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const VCL_DIR = path.join(ROOT, "deploy", "varnish");
/** What the health probe asks each instance for: a small API answer, computed once per process. */
export const PROBE_PATH = "/api/sources";
const READY_TIMEOUT_MS = 60_000;

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** The varnishd binary, or null: PATH first, then Debian's /usr/sbin (not on a normal user's PATH). */
export function varnishd() {
  for (const dir of [...(process.env.PATH ?? "").split(path.delimiter), "/usr/sbin", "/usr/local/sbin"]) {
    const p = path.join(dir, "varnishd");
    if (dir && existsSync(p)) return p;
  }
  return null;
}
/** varnishadm lives beside varnishd in /usr/bin on Debian. */
function varnishadm() {
  for (const dir of [...(process.env.PATH ?? "").split(path.delimiter), "/usr/bin", "/usr/local/bin"]) {
    const p = path.join(dir, "varnishadm");
    if (dir && existsSync(p)) return p;
  }
  return "varnishadm";
}

/** @param {number} port */
export function canListen(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", () => resolve(false));
    s.listen({ port, host, exclusive: true }, () => s.close(() => resolve(true)));
  });
}

/** `count` free ports in [from, to], none of `taken`. Throws when there are not enough. */
export async function freePorts(count, from, to, taken = /** @type {number[]} */ ([])) {
  /** @type {number[]} */
  const out = [];
  for (let p = from; p <= to && out.length < count; p++) if (!taken.includes(p) && (await canListen(p)) && (await canListen(p, "0.0.0.0"))) out.push(p);
  if (out.length < count) throw new Error(`need ${count} free ports in ${from}-${to}, found ${out.length}`);
  return out;
}

/** A hash of every file in a data folder (names and bytes): changes when any number does. */
export function dataHash(dir) {
  const h = createHash("sha256");
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) h.update(name).update("\0").update(readFileSync(path.join(dir, name))).update("\0");
  return h.digest("hex").slice(0, 12);
}

/** The release an instance serves: the build id and the hash of its data. The cache's key holds it (vcl_hash). */
export function releaseKey(dataDir = path.join(ROOT, "data")) {
  const build = readFileSync(path.join(ROOT, ".next", "BUILD_ID"), "utf8").trim();
  return `${build}-${dataHash(dataDir)}`;
}

/**
 * The standalone instance folder (.next/standalone: server.js, traced node_modules and data/) with the static files
 * Next leaves out copied in, so the folder alone serves the site (copy it anywhere and run `node server.js`).
 */
export function prepareInstanceFolder() {
  const dir = path.join(ROOT, ".next", "standalone");
  if (!existsSync(path.join(dir, "server.js"))) throw new Error(`no ${path.relative(ROOT, dir)}/server.js: run \`npm run build\` (next.config.ts has output: "standalone")`);
  cpSync(path.join(ROOT, ".next", "static"), path.join(dir, ".next", "static"), { recursive: true, force: true });
  if (existsSync(path.join(ROOT, "public"))) cpSync(path.join(ROOT, "public"), path.join(dir, "public"), { recursive: true, force: true });
  return dir;
}

/** backends.vcl: the instances, their health probe, the release key and where a failed fetch is tried next. */
export function backendsVcl(/** @type {number[]} */ ports, /** @type {string} */ release, probePath = PROBE_PATH) {
  const names = ports.map((_, i) => `instance_${i + 1}`);
  return [
    "# Written by scripts/edge/stack.mjs for this run (see deploy/varnish/backends.example.vcl).",
    "probe instance_health {",
    `    .url = "${probePath}";`,
    "    .interval = 2s;",
    "    .timeout = 5s;",
    "    .window = 5;",
    "    .threshold = 3;",
    "    .initial = 3;",
    "}",
    ...ports.map((p, i) => `backend ${names[i]} {\n    .host = "127.0.0.1";\n    .port = "${p}";\n    .probe = instance_health;\n    .connect_timeout = 2s;\n    .first_byte_timeout = 60s;\n}`),
    "sub vcl_init {",
    ...names.map((n) => `    instances.add_backend(${n});`),
    "}",
    "sub edge_release {",
    `    set req.http.X-Release = "${release.replace(/[^A-Za-z0-9_-]/g, "")}";`,
    "}",
    "sub edge_retry_elsewhere {",
    ...names.map((n, i) => `    ${i ? "elsif" : "if"} (bereq.http.X-Failed-Backend == "${n}") {\n        set bereq.backend = ${names[(i + 1) % names.length]};\n    }`),
    "}",
    "",
  ].join("\n");
}

/**
 * @typedef {{ name: string, child: import("node:child_process").ChildProcess, log: string, port: number }} Proc
 */

/** @param {Proc} p @param {NodeJS.Signals} sig */
function signal(p, sig) {
  const c = p.child;
  if (!c.pid || c.exitCode !== null || c.signalCode !== null) return;
  try {
    process.kill(-c.pid, sig); // the process group: the instance, or varnishd's manager and its worker
  } catch {
    try {
      c.kill(sig);
    } catch {
      /* gone */
    }
  }
}

/** @param {Proc} p */
export async function stopProc(p, timeoutMs = 8000) {
  const c = p.child;
  if (c.exitCode !== null || c.signalCode !== null) return;
  const gone = new Promise((r) => c.once("exit", r));
  signal(p, "SIGTERM");
  const t = setTimeout(() => signal(p, "SIGKILL"), timeoutMs);
  await gone;
  clearTimeout(t);
}

/** @param {string} name @param {string} cmd @param {string[]} args @param {{ cwd?: string, env?: NodeJS.ProcessEnv, port: number, echo?: boolean }} o */
function launch(name, cmd, args, o) {
  const child = spawn(cmd, args, { cwd: o.cwd, env: o.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  /** @type {Proc} */
  const p = { name, child, log: "", port: o.port };
  const keep = (/** @type {Buffer} */ b) => {
    p.log = (p.log + b.toString()).slice(-8000);
    if (o.echo) for (const line of b.toString().split("\n")) if (line.trim()) process.stdout.write(`[${name}] ${line}\n`);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("error", (e) => (p.log += `\n${e.message}`));
  return p;
}

/** Waits until GET url answers 200; stops the process when it does not. @param {Proc} p @param {string} url */
async function ready(p, url) {
  try {
    await waitFor(p, url);
  } catch (e) {
    await stopProc(p);
    throw e;
  }
}
/** @param {Proc} p @param {string} url */
async function waitFor(p, url) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (p.child.exitCode !== null || p.child.signalCode !== null) throw new Error(`${p.name} exited (${p.child.exitCode ?? p.child.signalCode}):\n${p.log}`);
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(3000) });
      await r.arrayBuffer();
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  throw new Error(`${p.name} did not answer ${url} within ${READY_TIMEOUT_MS / 1000} s:\n${p.log}`);
}

/**
 * One standalone instance on `port`, bound to localhost (a loopback *name*: with `127.0.0.1` Next 16.4.6 sends the
 * proxy's rewrites back to itself over HTTP, vercel/next.js#94745). `dataDir` serves another copy of the data.
 * @param {{ port: number, dataDir?: string, siteUrl?: string, echo?: boolean, name?: string, env?: Record<string, string> }} o
 */
export async function startInstance(o) {
  const dir = path.join(ROOT, ".next", "standalone");
  const env = { ...process.env, ...o.env, PORT: String(o.port), HOSTNAME: "localhost", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  if (o.siteUrl) env.SITE_URL = o.siteUrl;
  if (o.dataDir) env.AID_DATA_DIR = path.resolve(o.dataDir); // server.js changes into its own folder: absolute
  else delete env.AID_DATA_DIR;
  const p = launch(o.name ?? `instance :${o.port}`, process.execPath, ["server.js"], { cwd: dir, env, port: o.port, echo: o.echo });
  await ready(p, `http://127.0.0.1:${o.port}${PROBE_PATH}`);
  return p;
}

/**
 * Varnish on 127.0.0.1:`port` (or every interface with `listen`), in the foreground (-F) with its working folder
 * (-n) in a fresh temporary folder, 256 MB of memory storage, and no privilege separation (-j none: it runs as the
 * user who starts it, root included, so the temporary folder needs no other owner).
 * `probePath` is what the health probe and the readiness check ask for (default PROBE_PATH; "/" for another app).
 * @param {{ port: number, instancePorts: number[], release: string, listen?: string, echo?: boolean, probePath?: string }} o
 */
export async function startVarnish(o) {
  const bin = varnishd();
  if (!bin) throw new Error("varnishd not found: install Varnish (Debian/Ubuntu: apt-get install varnish)");
  const workdir = mkdtempSync(path.join(os.tmpdir(), "edge-varnish-"));
  writeFileSync(path.join(workdir, "backends.vcl"), backendsVcl(o.instancePorts, o.release, o.probePath));
  const args = [
    "-F",
    "-n", workdir,
    "-j", "none",
    "-a", `${o.listen ?? "127.0.0.1"}:${o.port}`,
    "-T", "127.0.0.1:0",
    "-f", path.join(VCL_DIR, "site.vcl"),
    "-p", `vcl_path=${workdir}:${VCL_DIR}`,
    "-s", "malloc,256m",
  ];
  const p = launch(`varnish :${o.port}`, bin, args, { port: o.port, echo: o.echo });
  p.child.once("exit", () => rmSync(workdir, { recursive: true, force: true }));
  await ready(p, `http://127.0.0.1:${o.port}${o.probePath ?? PROBE_PATH}`);
  return { ...p, workdir, generation: 0 };
}

/**
 * A new release behind the running cache: writes backends.vcl with the new key (and instance ports) and switches to
 * it without a restart (varnishadm vcl.load + vcl.use). From then on no entry of the old release is ever found.
 * @param {{ workdir: string, generation: number }} v @param {number[]} instancePorts @param {string} release
 */
export function switchRelease(v, instancePorts, release) {
  writeFileSync(path.join(v.workdir, "backends.vcl"), backendsVcl(instancePorts, release));
  v.generation += 1;
  const name = `release${v.generation}`;
  for (const cmd of [["vcl.load", name, path.join(VCL_DIR, "site.vcl")], ["vcl.use", name]]) {
    const r = spawnSync(varnishadm(), ["-n", v.workdir, ...cmd], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`varnishadm ${cmd.join(" ")} failed: ${r.stdout}${r.stderr}`);
  }
}

/**
 * The whole edge: `instances` standalone instances, then Varnish in front of them.
 * @param {{ edgePort: number, instancePorts: number[], dataDir?: string, siteUrl?: string, listen?: string, echo?: boolean }} o
 */
export async function startEdge(o) {
  prepareInstanceFolder();
  /** @type {Proc[]} */
  const instances = [];
  /** @type {(Proc & { workdir: string, generation: number }) | null} */
  let varnish = null;
  const stop = async () => {
    if (varnish) await stopProc(varnish);
    await Promise.all(instances.map((i) => stopProc(i)));
  };
  try {
    for (const [i, port] of o.instancePorts.entries())
      instances.push(await startInstance({ port, dataDir: o.dataDir, siteUrl: o.siteUrl, echo: o.echo, name: `instance ${i + 1} :${port}` }));
    const release = releaseKey(o.dataDir ?? path.join(ROOT, ".next", "standalone", "data"));
    varnish = await startVarnish({ port: o.edgePort, instancePorts: o.instancePorts, release, listen: o.listen, echo: o.echo });
    return { instances, varnish, release, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
