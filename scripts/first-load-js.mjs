// First-load JS of a page: every script its HTML makes the browser load, fetched once each, with raw and
// gzip (level 9) sizes. Next 16 no longer prints first-load sizes in `next build`, so this is how we measure.
//
//   node scripts/first-load-js.mjs http://127.0.0.1:3000 /                  # prints a table
//   node scripts/first-load-js.mjs http://127.0.0.1:3000 "/?groupBy=year" --json
//
// Counted: <script src> (classic or type="module") and <link rel="modulepreload"> / <link rel="preload" as="script">.
// Not counted: <script nomodule> (legacy polyfills that modern browsers skip; Next's old "First Load JS" left them
// out too), scripts with a non-JavaScript type, inline scripts, and anything inside comments, <noscript> or
// <template>. What was left out is listed in `skipped`.
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const JS_TYPES = new Set(["", "module", "text/javascript", "application/javascript", "application/ecmascript", "text/ecmascript"]);

/** @param {string} s */
function decodeEntities(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Attributes of one start tag's attribute text, names lower-cased, values entity-decoded ("" for bare attributes).
 * @param {string} text
 * @returns {Map<string, string>}
 */
function parseAttributes(text) {
  const attrs = new Map();
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of text.matchAll(re)) {
    const name = m[1].toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return attrs;
}

/**
 * The scripts an HTML document loads, in document order, without duplicates.
 * @param {string} html
 * @returns {{ scripts: string[], skipped: { src: string, reason: string }[] }}
 */
export function scriptUrlsInHtml(html) {
  const cleaned = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
    // keep each script's start tag, drop its body (inline JS can contain "<script src=..." in strings)
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script\s*>/gi, "$1");
  /** @type {string[]} */
  const scripts = [];
  /** @type {{ src: string, reason: string }[]} */
  const skipped = [];
  const seen = new Set();
  const add = (/** @type {string} */ src) => {
    if (!seen.has(src)) {
      seen.add(src);
      scripts.push(src);
    }
  };
  for (const m of cleaned.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const tag = m[1].toLowerCase();
    const attrs = parseAttributes(m[2]);
    if (tag === "script") {
      const src = attrs.get("src");
      if (!src) continue;
      const type = (attrs.get("type") ?? "").trim().toLowerCase();
      if (attrs.has("nomodule")) skipped.push({ src, reason: "nomodule (not loaded by modern browsers)" });
      else if (!JS_TYPES.has(type)) skipped.push({ src, reason: `type="${type}"` });
      else add(src);
    } else {
      const href = attrs.get("href");
      if (!href) continue;
      const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
      const as = (attrs.get("as") ?? "").toLowerCase();
      if (rel.includes("modulepreload") || (rel.includes("preload") && as === "script")) add(href);
    }
  }
  return { scripts, skipped: skipped.filter((s) => !seen.has(s.src)) };
}

/**
 * @param {string} url
 * @returns {Promise<Buffer>}
 */
async function fetchBytes(url) {
  let res;
  try {
    res = await fetch(url, { redirect: "follow", headers: { "accept-encoding": "gzip, deflate, br" } });
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : String(e);
    throw new Error(`GET ${url} failed: ${cause}`);
  }
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status} ${res.statusText}`);
  return Buffer.from(await res.arrayBuffer());
}

/**
 * @typedef {{ src: string, bytes: number, gzipBytes: number }} ScriptSize
 * @typedef {{ path: string, scripts: ScriptSize[], totalGzipBytes: number, totalBytes: number, skipped: { src: string, reason: string }[] }} FirstLoadJs
 */

/**
 * Fetches `path` from `baseUrl`, then every script the HTML loads (once each), and sizes them.
 * `bytes` is the decoded (uncompressed) size; `gzipBytes` is that gzipped with node:zlib at level 9.
 * @param {string} baseUrl e.g. "http://127.0.0.1:3000"
 * @param {string} [path] e.g. "/" or "/?groupBy=year"
 * @returns {Promise<FirstLoadJs>}
 */
export async function firstLoadJs(baseUrl, path = "/") {
  const pageUrl = new URL(path, baseUrl);
  const html = (await fetchBytes(pageUrl.href)).toString("utf8");
  const { scripts: srcs, skipped } = scriptUrlsInHtml(html);
  const fetched = new Set();
  /** @type {ScriptSize[]} */
  const scripts = [];
  for (const src of srcs) {
    const abs = new URL(src, pageUrl).href;
    if (fetched.has(abs)) continue; // two spellings of one URL
    const body = await fetchBytes(abs);
    fetched.add(abs);
    scripts.push({ src, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
  }
  return {
    path,
    scripts,
    totalGzipBytes: scripts.reduce((s, x) => s + x.gzipBytes, 0),
    totalBytes: scripts.reduce((s, x) => s + x.bytes, 0),
    skipped,
  };
}

/** @param {number} n */
/**
 * The inline RSC payload of a page's HTML: the summed contents of the inline scripts that feed self.__next_f
 * (`self.__next_f.push(...)`, and the one that creates it). It repeats everything server components render.
 * @param {string} html
 */
export function inlineRscPayload(html) {
  let bytes = 0;
  let scripts = 0;
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    if (/^\s*\(?self\.__next_f\b/.test(m[1])) {
      scripts++;
      bytes += Buffer.byteLength(m[1]);
    }
  }
  return { bytes, scripts };
}

export const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

/**
 * A plain-text table of one result.
 * @param {FirstLoadJs} r
 */
export function formatFirstLoadJs(r) {
  const rows = r.scripts.map((s) => [s.src, kB(s.bytes), kB(s.gzipBytes)]);
  rows.push(["total (" + r.scripts.length + " scripts)", kB(r.totalBytes), kB(r.totalGzipBytes)]);
  const head = ["script", "raw", "gzip -9"];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (/** @type {string[]} */ c) => c.map((x, i) => (i === 0 ? x.padEnd(w[i]) : x.padStart(w[i]))).join("  ");
  const out = [`First-load JS of ${r.path}`, line(head), w.map((n) => "-".repeat(n)).join("  ")];
  rows.forEach((row, i) => {
    if (i === rows.length - 1) out.push(w.map((n) => "-".repeat(n)).join("  "));
    out.push(line(row));
  });
  for (const s of r.skipped) out.push(`(not counted: ${s.src}, ${s.reason})`);
  return out.join("\n");
}

async function main() {
  const args = process.argv.slice(2).filter((a) => a !== "--json");
  const asJson = process.argv.includes("--json");
  const [baseUrl, ...paths] = args;
  if (!baseUrl) {
    console.error("usage: node scripts/first-load-js.mjs <baseUrl> [path ...] [--json]\n  e.g. node scripts/first-load-js.mjs http://127.0.0.1:3000 /");
    process.exit(2);
  }
  const results = [];
  for (const p of paths.length ? paths : ["/"]) results.push(await firstLoadJs(baseUrl, p));
  if (asJson) console.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  else console.log(results.map(formatFirstLoadJs).join("\n\n"));
}

// CLI only when run directly (no top-level await: the module is also imported by the Playwright spec)
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(`first-load-js: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
