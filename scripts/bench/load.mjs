// A closed-loop load generator for the bench's edge part: `connections` keep-alive connections, each sending its next
// GET as soon as the previous answer has arrived, for `durationS` seconds after `warmupS` uncounted ones.
//
// Why not only autocannon: autocannon 9 appends every response body to a JavaScript string
// (lib/pipelinedRequestsQueue.js `req.body += data`), which decodes the bytes as UTF-8. A gzipped page is binary, and
// decoding it costs the client about as much CPU per byte as Varnish spends on the whole request: through the cache
// on this 2-core machine autocannon ran at ~90% of a core while Varnish used ~12%, and its requests/s fell in
// proportion to the answer's size (41 kB pages at ~1,200/s, 3 kB chart files at ~9,600/s). What it measured there
// was its own decoding. This client uses Node's http parser (llhttp, in C) and counts body bytes without decoding
// them, so its ceiling is set by requests, not bytes; both clients are reported by the bench.
import http from "node:http";

/**
 * @param {string} url
 * @param {{ connections: number, durationS: number, warmupS: number, headers?: Record<string, string>, timeoutMs?: number }} o
 * @returns {Promise<{ rps: number, p50Ms: number, p99Ms: number, responses: number, errors: number, bytesPerResponse: number | null }>}
 */
export async function nodeLoad(url, o) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const timeoutMs = o.timeoutMs ?? 10_000;
  const start = Date.now();
  const countFrom = start + o.warmupS * 1000;
  const end = countFrom + o.durationS * 1000;
  /** @type {number[]} */
  const latencies = [];
  let errors = 0;
  let bytes = 0;
  const one = () =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const counted = Date.now() >= countFrom;
      let size = 0;
      const req = http.get(url, { agent, headers: o.headers, timeout: timeoutMs }, (res) => {
        res.on("data", (/** @type {Buffer} */ c) => (size += c.length));
        res.on("end", () => {
          if (counted && Date.now() <= end) {
            if (res.statusCode !== undefined && res.statusCode >= 200 && res.statusCode < 400) {
              latencies.push(performance.now() - t0);
              // headers as received (status line and fields), as autocannon counts them
              bytes += size + Buffer.byteLength(res.rawHeaders.join(": ")) + 16 + res.rawHeaders.length;
            } else errors++;
          }
          resolve(undefined);
        });
        res.on("error", () => {
          if (counted) errors++;
          resolve(undefined);
        });
      });
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", () => {
        if (counted) errors++;
        resolve(undefined);
      });
    });
  const loop = async () => {
    while (Date.now() < end) await one();
  };
  await Promise.all(Array.from({ length: o.connections }, loop));
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  const q = (/** @type {number} */ p) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]) : 0);
  return {
    rps: Math.round((latencies.length / o.durationS) * 10) / 10,
    p50Ms: q(0.5),
    p99Ms: q(0.99),
    responses: latencies.length,
    errors,
    bytesPerResponse: latencies.length ? Math.round(bytes / latencies.length) : null,
  };
}

/** CPU seconds (user + system) used so far by every process of a process group (Linux /proc; null elsewhere). */
export async function groupCpuSeconds(/** @type {number} */ pgid) {
  const { readdir, readFile } = await import("node:fs/promises");
  let ticks = 0;
  try {
    for (const pid of await readdir("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = await readFile(`/proc/${pid}/stat`, "utf8");
        // fields after the command's closing parenthesis: state ppid pgrp ... utime(14) stime(15)
        const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12]);
      } catch {
        /* the process ended */
      }
    }
  } catch {
    return null;
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}
