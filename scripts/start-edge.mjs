// `npm run start:edge`: the production app behind a real HTTP cache on one machine. Builds when the build is missing
// or stale (as `npm start` does), then starts two standalone instances and Varnish in front of them
// (scripts/edge/stack.mjs, deploy/varnish/site.vcl), in the foreground; Ctrl-C (SIGINT) or SIGTERM stops all three.
//   EDGE_PORT        the cache's port (default 8080), on every interface
//   EDGE_INSTANCES   how many instances (default 2); their ports are the first free ones after EDGE_PORT
//   SITE_URL         the public origin (default http://localhost:$EDGE_PORT): link previews and chart files name it
// See deploy/README.md.
import { spawnSync } from "node:child_process";
import { buildIsCurrent } from "./build-state.mjs";
import { freePorts, startEdge, varnishd } from "./edge/stack.mjs";

const edgePort = Number(process.env.EDGE_PORT ?? 8080);
const count = Number(process.env.EDGE_INSTANCES ?? 2);
if (!Number.isInteger(edgePort) || edgePort < 1 || edgePort > 65535) throw new Error(`EDGE_PORT must be a port number (got ${process.env.EDGE_PORT})`);
if (!Number.isInteger(count) || count < 1 || count > 16) throw new Error(`EDGE_INSTANCES must be 1-16 (got ${process.env.EDGE_INSTANCES})`);
const siteUrl = process.env.SITE_URL ?? `http://localhost:${edgePort}`;

if (!varnishd()) {
  console.error("varnishd not found. Install Varnish 7 (Debian/Ubuntu: apt-get install varnish), then run this again.");
  process.exit(1);
}
if (!buildIsCurrent()) {
  console.log("Building the production app (npm run build)...");
  const b = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const instancePorts = await freePorts(count, edgePort + 1, edgePort + 200, [edgePort]);
/** @type {Awaited<ReturnType<typeof startEdge>> | null} */
let edge = null;
let stopping = false;
async function stopAll(/** @type {number} */ code) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping the cache and the instances...");
  await edge?.stop();
  process.exit(code);
}
for (const [sig, code] of /** @type {const} */ ([["SIGINT", 0], ["SIGTERM", 0], ["SIGHUP", 0]])) process.on(sig, () => void stopAll(code));

try {
  edge = await startEdge({ edgePort, instancePorts, siteUrl, listen: "0.0.0.0", echo: true });
} catch (e) {
  console.error(`start:edge failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
// any of the three stopping on its own stops the others: a half-running edge is not left behind
for (const p of [edge.varnish, ...edge.instances])
  p.child.once("exit", (code, sig) => {
    if (stopping) return;
    console.error(`${p.name} exited (${code ?? sig}); stopping the others`);
    void stopAll(1);
  });
console.log(`
Dashboard through the cache: http://localhost:${edgePort}  (X-Cache: HIT or MISS on every answer)
Instances (standalone, .next/standalone): ${instancePorts.map((p) => `http://localhost:${p}`).join(", ")}
Release key: ${edge.release}   Varnish working folder: ${edge.varnish.workdir}
Ctrl-C stops all ${count + 1}.
`);
// in the foreground until a signal arrives (the children's output pipes keep the process alive)
