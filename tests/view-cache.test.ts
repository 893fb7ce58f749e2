// The in-memory cache of the dashboard's page in front of Next (lib/server/view-cache.ts), on a real HTTP server of
// this process whose handler stands in for Next: it draws a page for the theme cookie and the query it receives,
// gzips it when asked, and counts its renders. A repeated view must not reach it; themes and encodings never mix;
// router requests pass; the cache stays inside its bounds.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { clearViewCache, installViewCache, themeOfCookieHeader, VIEW_CACHE_MAX_BYTES, VIEW_CACHE_MAX_ENTRIES, viewCacheStats } from "@/lib/server/view-cache";

let server: http.Server;
let port = 0;
let renders = 0;
/** What the stand-in for Next saw on its last request. */
let seen: { cookie?: string; acceptEncoding?: string } = {};
/** Padding that makes each page this many bytes (the bounds test sets it). */
let padding = 0;

function page(req: http.IncomingMessage): string {
  const theme = /theme=(light|dark)/.exec(req.headers.cookie ?? "")?.[1] ?? "system";
  return `<html data-theme="${theme}"><body>view ${req.url} render ${renders}${"x".repeat(padding)}</body></html>`;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}
const text = (a: Answer) => (a.headers["content-encoding"] === "gzip" ? gunzipSync(a.body) : a.body).toString("utf8");

beforeAll(async () => {
  installViewCache();
  installViewCache(); // installing twice changes nothing
  server = http.createServer((req, res) => {
    renders += 1;
    seen = { cookie: req.headers.cookie, acceptEncoding: req.headers["accept-encoding"] };
    if (req.url?.includes("broken=500")) {
      res.writeHead(500, { "Content-Type": "text/html" });
      res.end("oops");
      return;
    }
    const html = page(req);
    const gzip = req.headers["accept-encoding"] === "gzip";
    const body = gzip ? gzipSync(html) : Buffer.from(html);
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("ETag", `"r${renders}"`);
    // headers given to writeHead directly, then the body in two writes, as a stream would
    res.writeHead(200, { "Cache-Control": "public, max-age=60", ...(gzip ? { "Content-Encoding": "gzip" } : {}) });
    res.write(body.subarray(0, 10));
    res.end(body.subarray(10));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  clearViewCache();
  renders = 0;
  padding = 0;
});

describe("the view cache in front of the page", () => {
  it("serves a repeated view from memory: one render, the same bytes and headers, HIT and the counts", async () => {
    const first = await get("/?from=1971&to=1980");
    expect(first.headers["x-view-cache"]).toBe("MISS");
    const second = await get("/?from=1971&to=1980");
    // the same view with its settings in another order is the same page (lib/view rewriteTarget)
    const reordered = await get("/?to=1980&from=1971");
    expect(renders).toBe(1);
    for (const a of [second, reordered]) {
      expect(a.status).toBe(200);
      expect(a.headers["x-view-cache"]).toBe("HIT");
      expect(a.body.equals(first.body)).toBe(true);
      expect(a.headers["cache-control"]).toBe("public, max-age=60");
      expect(a.headers["etag"]).toBe('"r1"');
      expect(Number(a.headers["content-length"])).toBe(first.body.length);
    }
    // 1 miss, then 2 hits (this answer is the second); one page (identity) kept
    expect(reordered.headers["x-view-cache-stats"]).toMatch(new RegExp(`^hits=2 misses=1 entries=1 bytes=\\d+ max-entries=${VIEW_CACHE_MAX_ENTRIES} max-bytes=${VIEW_CACHE_MAX_BYTES}$`));
    expect(viewCacheStats()).toMatchObject({ hits: 2, misses: 1, entries: 1 });
  });

  it("never gives one theme's page to another reader, interleaved, and Next sees only the keyed theme", async () => {
    const readers: [string | undefined, string][] = [
      [undefined, "system"],
      ["theme=dark", "dark"],
      ["theme=light", "light"],
      ["a=1; theme=dark; theme=light", "light"], // the last theme= wins, as the key says
      ["theme=blue", "system"],
    ];
    for (let round = 0; round < 3; round++)
      for (const [cookie, theme] of readers) {
        const a = await get("/?groupBy=year&from=1990", cookie ? { cookie } : {});
        expect(text(a), `${cookie} round ${round}`).toContain(`data-theme="${theme}"`);
      }
    // three pages (system, dark, light), each drawn once
    expect(renders).toBe(3);
    await get("/?from=2000", { cookie: "session=abc; theme=dark" });
    expect(seen.cookie).toBe("theme=dark");
    await get("/?from=2001", { cookie: "theme=blue; session=abc" });
    expect(seen.cookie).toBeUndefined();
    expect(themeOfCookieHeader("theme=dark;theme=light")).toBe("light");
  });

  it("keeps the gzip and the plain page apart, each compressed once", async () => {
    const gz = await get("/?from=1980", { "accept-encoding": "gzip, deflate, br" });
    expect(seen.acceptEncoding).toBe("gzip");
    const plain = await get("/?from=1980", { "accept-encoding": "identity" });
    expect(seen.acceptEncoding).toBeUndefined();
    const gz2 = await get("/?from=1980", { "accept-encoding": "br, gzip" });
    const plain2 = await get("/?from=1980");
    expect(renders).toBe(2);
    expect(gz2.headers["content-encoding"]).toBe("gzip");
    expect(gz2.body.equals(gz.body)).toBe(true);
    expect(plain2.headers["content-encoding"]).toBeUndefined();
    // each is the page of its own render (1: gzip, 2: plain), replayed
    expect(text(gz2)).toBe(`<html data-theme="system"><body>view /?from=1980 render 1</body></html>`);
    expect(text(plain2)).toBe(`<html data-theme="system"><body>view /?from=1980 render 2</body></html>`);
  });

  it("answers 304 to a matching If-None-Match from memory", async () => {
    await get("/?from=1990");
    const again = await get("/?from=1990", { "if-none-match": 'W/"r1"' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers["etag"]).toBe('"r1"');
    expect(renders).toBe(1);
    expect((await get("/?from=1990", { "if-none-match": '"other"' })).status).toBe(200);
  });

  it("passes router requests, other paths, other methods and errors on to the server, every time", async () => {
    for (const [path, headers] of [
      ["/?from=1995", { rsc: "1" }],
      ["/?from=1995", { "next-router-prefetch": "1" }],
      ["/?from=1995&_rsc=abc", {}],
      ["/data", {}],
      ["/api/aid?from=1995", {}],
      ["/?from=1995&broken=500", {}],
    ] as [string, Record<string, string>][]) {
      const before = renders;
      await get(path, headers);
      await get(path, headers);
      expect(renders - before, `${path} ${JSON.stringify(headers)}`).toBe(2);
    }
    expect(viewCacheStats().entries).toBe(0); // only the 500 view was eligible, and it was not kept
  });

  it("stays inside its bounds however many views are asked for", { timeout: 60_000 }, async () => {
    padding = 1_000_000; // 1 MB pages: the byte bound is reached before the entry bound
    const views = 60;
    for (let i = 0; i < views; i++) await get(`/?from=${1955 + i}`);
    const s = viewCacheStats();
    expect(renders).toBe(views);
    expect(s.bytes).toBeLessThanOrEqual(VIEW_CACHE_MAX_BYTES);
    expect(s.entries).toBeLessThanOrEqual(VIEW_CACHE_MAX_ENTRIES);
    // 48 MiB / (1,000,000 bytes + the page's markup + the 512-byte allowance per entry) = 50 pages at most
    expect(s.entries).toBeLessThanOrEqual(Math.floor(VIEW_CACHE_MAX_BYTES / 1_000_600));
    expect(s.entries).toBeGreaterThanOrEqual(45);
    // the most recent view is still kept, the first one was evicted
    await get(`/?from=${1955 + views - 1}`);
    expect(renders).toBe(views);
    await get("/?from=1955");
    expect(renders).toBe(views + 1);
  });
});

describe("bounds from the environment", () => {
  const load = async (env: Record<string, string>) => {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    vi.resetModules();
    try {
      return await import("@/lib/server/view-cache");
    } finally {
      for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k];
      Object.assign(process.env, saved);
    }
  };

  it("VIEW_CACHE_MAX_ENTRIES and VIEW_CACHE_MAX_BYTES set the bounds the stats report", async () => {
    const m = await load({ VIEW_CACHE_MAX_ENTRIES: "60", VIEW_CACHE_MAX_BYTES: "2000000" });
    expect(m.viewCacheStats()).toMatchObject({ maxEntries: 60, maxBytes: 2_000_000 });
    const d = await load({ VIEW_CACHE_MAX_ENTRIES: "", VIEW_CACHE_MAX_BYTES: "" });
    expect(d.viewCacheStats()).toMatchObject({ maxEntries: 300, maxBytes: 48 * 1024 * 1024 });
  });

  it("a bound that is not a positive whole number stops the server, naming the variable", async () => {
    for (const bad of ["0", "-5", "1.5", "lots"]) await expect(load({ VIEW_CACHE_MAX_ENTRIES: bad }), bad).rejects.toThrow(`VIEW_CACHE_MAX_ENTRIES must be a positive whole number of pages, not "${bad}"`);
    await expect(load({ VIEW_CACHE_MAX_BYTES: "1e99x" })).rejects.toThrow(/VIEW_CACHE_MAX_BYTES must be a positive whole number of bytes/);
  });
});
