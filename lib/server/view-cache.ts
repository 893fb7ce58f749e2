// A bounded in-memory cache of the dashboard's page ("/" and "/?<view>") in front of Next, so one instance without a
// CDN serves a repeated view, shared or canonical, from memory instead of rendering it (a view outside the 12
// canonical ones is rendered per request, about 40 ms of CPU) and gzipping it again. Installed once at server start by
// instrumentation.ts, on the Node HTTP server itself (as lib/server/unsupported-methods.ts is).
//
// - Key: the page the proxy would serve (lib/view rewriteTarget of the query and the theme cookie) and the encoding
//   the reader accepts (gzip or none). Before a miss goes on to Next, the request's Cookie is replaced by exactly that
//   theme and its Accept-Encoding by exactly that encoding, so what Next draws is always what the key says.
// - Only a document request is cached: GET, no RSC or router-state headers (a client-side navigation's payload
//   varies with the reader's router state), no Range. Only a complete 200 text/html answer is stored.
// - Bounded in entries and bytes (BoundedCache, LRU); nothing is written to disk. A process serves one build and one
//   data set, and the page depends on nothing else, so an entry stays valid until it is evicted.
// - Observable: every such answer says X-View-Cache: HIT or MISS, and X-View-Cache-Stats gives hits, misses, entries
//   and bytes so far and the two bounds (viewCacheStats() too). VIEW_CACHE=off in the environment leaves it out.
import http from "node:http";
import { BoundedCache } from "../cache/bounded-cache";
import { rewriteTarget, themeFromCookie, type Theme } from "../view";

/** A bound from the environment (a positive whole number), else its default; anything else stops the server. */
function bound(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number of ${name.endsWith("BYTES") ? "bytes" : "pages"}, not "${raw}"`);
  return n;
}
/** At most 300 pages or 48 MB (a page is 160-230 kB as sent without compression, about a fifth of that gzipped);
 * VIEW_CACHE_MAX_ENTRIES and VIEW_CACHE_MAX_BYTES in the environment set others (the browser suite's server uses
 * small ones, so that its walk past both bounds takes 150 renders rather than 600). */
export const VIEW_CACHE_MAX_ENTRIES = bound("VIEW_CACHE_MAX_ENTRIES", 300);
export const VIEW_CACHE_MAX_BYTES = bound("VIEW_CACHE_MAX_BYTES", 48 * 1024 * 1024);
/** A page larger than this is sent but not kept. */
const MAX_PAGE_BYTES = 2 * 1024 * 1024;

interface StoredPage {
  status: number;
  headers: [string, string | string[]][];
  body: Buffer;
  etag: string | null;
}

const pages = new BoundedCache<StoredPage>(VIEW_CACHE_MAX_ENTRIES, VIEW_CACHE_MAX_BYTES, (p) => p.body.length + 512);
const counts = { hits: 0, misses: 0 };

export function viewCacheStats(): { hits: number; misses: number; entries: number; bytes: number; maxEntries: number; maxBytes: number } {
  const { entries, bytes } = pages.size;
  return { ...counts, entries, bytes, maxEntries: VIEW_CACHE_MAX_ENTRIES, maxBytes: VIEW_CACHE_MAX_BYTES };
}

/** Empties the cache and its counters (tests). */
export function clearViewCache(): void {
  pages.clear();
  counts.hits = 0;
  counts.misses = 0;
}

const statsHeader = () => {
  const s = viewCacheStats();
  return `hits=${s.hits} misses=${s.misses} entries=${s.entries} bytes=${s.bytes} max-entries=${s.maxEntries} max-bytes=${s.maxBytes}`;
};

/** Router headers Next varies a page's answer on (its own Vary), and Range: such requests are not cached. */
const UNCACHED_IF = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "range"];
/** Not replayed from the cache: per-connection or per-response headers. */
const NOT_STORED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "x-view-cache", "x-view-cache-stats"]);

/** The theme the proxy would read: the last `theme=` of the Cookie header (as a browser sends only one). */
export function themeOfCookieHeader(cookie: string | undefined): Theme {
  let value: string | undefined;
  for (const part of (cookie ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === "theme") value = part.slice(eq + 1).trim();
  }
  return themeFromCookie(value);
}

function acceptsGzip(header: string | string[] | undefined): boolean {
  const v = (Array.isArray(header) ? header.join(",") : (header ?? "")).toLowerCase();
  return v.split(",").some((t) => {
    const [name, ...params] = t.trim().split(";");
    if (name.trim() !== "gzip" && name.trim() !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  });
}

function ifNoneMatchMatches(header: string | string[] | undefined, etag: string): boolean {
  const v = Array.isArray(header) ? header.join(",") : header;
  if (!v) return false;
  const bare = etag.replace(/^W\//, "");
  return v.trim() === "*" || v.split(",").some((t) => t.trim().replace(/^W\//, "") === bare);
}

/** The cache key of a request for the dashboard's page, or null when it is not one the cache serves. */
function viewCacheKey(req: Pick<http.IncomingMessage, "method" | "url" | "headers">): { key: string; theme: Theme; gzip: boolean } | null {
  if (req.method !== "GET" || !req.url || !(req.url === "/" || req.url.startsWith("/?"))) return null;
  if (UNCACHED_IF.some((h) => req.headers[h] !== undefined)) return null;
  const search = new URLSearchParams(req.url.slice(2));
  if (search.has("_rsc")) return null;
  const theme = themeOfCookieHeader(req.headers.cookie);
  const gzip = acceptsGzip(req.headers["accept-encoding"]);
  const page = rewriteTarget(search, theme) ?? "/";
  return { key: `${gzip ? "gzip" : "identity"} ${page}`, theme, gzip };
}

function serveStored(req: http.IncomingMessage, res: http.ServerResponse, page: StoredPage): void {
  for (const [k, v] of page.headers) res.setHeader(k, v);
  res.setHeader("X-View-Cache", "HIT");
  res.setHeader("X-View-Cache-Stats", statsHeader());
  if (page.etag && ifNoneMatchMatches(req.headers["if-none-match"], page.etag)) {
    for (const h of ["content-type", "content-encoding", "content-disposition"]) res.removeHeader(h);
    res.writeHead(304);
    res.end();
    return;
  }
  res.setHeader("Content-Length", page.body.length);
  res.writeHead(page.status);
  res.end(page.body);
}

type Chunk = string | Uint8Array;
const toBuffer = (c: Chunk, enc?: unknown) => (typeof c === "string" ? Buffer.from(c, typeof enc === "string" ? (enc as BufferEncoding) : "utf8") : Buffer.from(c));

/** Sends the request on to Next and keeps what it answers, when it is a complete 200 page. */
function fillOnMiss(res: http.ServerResponse, key: string): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooBig = false;
  const collect = (c: unknown, enc?: unknown) => {
    if (tooBig || c === undefined || c === null || typeof c === "function") return;
    if (typeof c !== "string" && !(c instanceof Uint8Array)) return;
    const b = toBuffer(c, enc);
    size += b.length;
    if (size > MAX_PAGE_BYTES) tooBig = true;
    else chunks.push(b);
  };
  const write = res.write;
  const end = res.end;
  const writeHead = res.writeHead;
  // headers handed to writeHead directly are set one by one, so getHeaders() sees every header sent
  res.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest.find((r) => typeof r === "object" && r !== null);
    const message = rest.find((r) => typeof r === "string");
    if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(String(headers[i]), String(headers[i + 1]));
    else if (headers) for (const [k, v] of Object.entries(headers)) if (v !== undefined) this.setHeader(k, v as string | string[]);
    return typeof message === "string" ? Reflect.apply(writeHead, this, [status, message]) : Reflect.apply(writeHead, this, [status]);
  } as typeof res.writeHead;
  res.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return Reflect.apply(write, this, [chunk, ...rest]) as boolean;
  } as typeof res.write;
  res.end = function (this: http.ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1]);
    return Reflect.apply(end, this, args) as http.ServerResponse;
  } as typeof res.end;
  res.once("finish", () => {
    const type = String(res.getHeader("content-type") ?? "");
    if (res.statusCode !== 200 || tooBig || !type.startsWith("text/html")) return;
    const headers: [string, string | string[]][] = [];
    for (const [k, v] of Object.entries(res.getHeaders())) if (v !== undefined && !NOT_STORED.has(k)) headers.push([k, typeof v === "number" ? String(v) : v]);
    const etag = res.getHeader("etag");
    pages.set(key, { status: 200, headers, body: Buffer.concat(chunks), etag: typeof etag === "string" ? etag : null });
  });
}

/** Handles a request from the cache (true), or prepares it for Next and for filling the cache (false). */
function viewCacheHandle(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const k = viewCacheKey(req);
  if (!k) return false;
  // what Next sees is exactly what the key says
  if (k.theme === "system") delete req.headers.cookie;
  else req.headers.cookie = `theme=${k.theme}`;
  if (k.gzip) req.headers["accept-encoding"] = "gzip";
  else delete req.headers["accept-encoding"];
  const hit = pages.get(k.key);
  if (hit) {
    counts.hits += 1;
    serveStored(req, res, hit);
    return true;
  }
  counts.misses += 1;
  res.setHeader("X-View-Cache", "MISS");
  res.setHeader("X-View-Cache-Stats", statsHeader());
  fillOnMiss(res, k.key);
  return false;
}

let installed = false;

/** Puts the view cache in front of every HTTP server of this process (Next's), once; VIEW_CACHE=off leaves it out. */
export function installViewCache(): void {
  if (installed || process.env.VIEW_CACHE === "off") return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      if (viewCacheHandle(req, res)) return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
