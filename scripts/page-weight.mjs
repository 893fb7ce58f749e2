// What the HTML of a page weighs, part by part, from a running server:
//   node scripts/page-weight.mjs http://127.0.0.1:3000 [/ "/?groupBy=year"...]
// Every byte of the document is counted once, under the innermost part that holds it: the <head> (and any inline
// CSS), the inline RSC payload (`self.__next_f.push` scripts: what React hydrates from; it repeats what server
// components render, and carries client components' props), other scripts, each chart figure's data table(s), its
// first paint (the chart file's <picture>, its text alternative counted apart) and the rest of its figure (title,
// disclosures, legend, actions), the other tables, the view controls, the comparison section, the site header and
// footer, and the rest of the page's text. The payload is then broken down by the figure or section its rows render
// (a row belongs to the part whose marker it holds, or else to the part of the first row that refers to it).
// The stylesheets the page links are fetched and sized too (they are not part of the HTML). Also exported for the
// bench (pageWeight) and e2e/bundle-budget.spec.ts.
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The end (exclusive) of the element whose start tag begins at `start`: the matching close tag, nesting counted. */
function elementEnd(html, start, tag) {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, "gi");
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith("/>")) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/** [start, end) of every element `tag` whose start tag matches `attr` (a regex on the start tag). */
function spans(html, tag, attr = /./) {
  const out = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "gi"))) if (attr.test(m[0])) out.push([m.index, elementEnd(html, m.index, tag), m[0]]);
  return out;
}

const attrOf = (startTag, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(startTag)?.[1] ?? null;

/**
 * The parts of one HTML document, in bytes (UTF-8), summing to the whole.
 * @param {string} html
 */
export function htmlParts(html) {
  const owner = new Array(html.length).fill("other page text and markup");
  const claim = (/** @type {number} */ a, /** @type {number} */ b, /** @type {string} */ label) => owner.fill(label, a, b);
  // outermost first; an inner part overrides its container
  for (const [a, b] of spans(html, "head")) claim(a, b, "<head> (meta, preloads, stylesheet links)");
  for (const [a, b] of spans(html, "style")) claim(a, b, "inline CSS");
  for (const [a, b] of spans(html, "header")) claim(a, b, "site header");
  for (const [a, b] of spans(html, "footer")) claim(a, b, "site footer");
  for (const [a, b, t] of spans(html, "section")) {
    const id = attrOf(t, "data-testid") ?? attrOf(t, "id") ?? attrOf(t, "aria-label") ?? attrOf(t, "aria-labelledby");
    if (id === "charts-h") continue;
    claim(a, b, id === "View settings" ? "view controls" : `section: ${id}`);
  }
  for (const [a, b, t] of spans(html, "figure")) {
    const id = attrOf(t, "id") ?? "figure";
    claim(a, b, `figure ${id}: head, disclosures, legend, actions`);
    for (const [c, d] of spans(html.slice(0, b), "picture").filter(([c]) => c > a)) claim(c, d, "charts' first paint (<picture> of chart files)");
  }
  for (const [a, b, t] of spans(html, "table")) claim(a, b, `table: ${attrOf(t, "data-testid") ?? "table"}`);
  for (const m of html.matchAll(/<img\b[^>]*>/gi)) {
    const alt = /\balt="[^"]*"/.exec(m[0]);
    if (alt) claim(m.index + alt.index, m.index + alt.index + alt[0].length, "text alternatives (alt)");
  }
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    const payload = /^\s*\(?self\.__next_f\b/.test(m[1]);
    claim(m.index, m.index + m[0].length, payload ? "inline RSC payload" : "other scripts (tags and inline)");
  }
  /** @type {Map<string, number>} */
  const sizes = new Map();
  // bytes, not UTF-16 units: walk runs of one owner
  let i = 0;
  while (i < owner.length) {
    let j = i + 1;
    while (j < owner.length && owner[j] === owner[i]) j++;
    sizes.set(owner[i], (sizes.get(owner[i]) ?? 0) + Buffer.byteLength(html.slice(i, j)));
    i = j;
  }
  return [...sizes].map(([part, bytes]) => ({ part, bytes })).sort((x, y) => y.bytes - x.bytes);
}

/** The RSC payload's text (the strings pushed by `self.__next_f.push([1, "..."])`). */
export function payloadText(html) {
  let text = "";
  for (const m of html.matchAll(/<script\b[^>]*>\s*\(?self\.__next_f\.push\(([\s\S]*?)\)\s*<\/script\s*>/gi)) {
    const a = JSON.parse(m[1]);
    if (typeof a[1] === "string") text += a[1];
  }
  return text;
}

/** Splits a flight payload into rows: "<hex id>:<value>\n", or "<hex id>:T<hex length>,<text>" for long text. */
function payloadRows(text) {
  /** @type {{ id: string, body: string }[]} */
  const rows = [];
  let i = 0;
  while (i < text.length) {
    const colon = text.indexOf(":", i);
    if (colon < 0) break;
    const id = text.slice(i, colon);
    const t = /^T([0-9a-f]+),/.exec(text.slice(colon + 1, colon + 20));
    if (t) {
      // a text row: the length is in UTF-8 bytes
      const start = colon + 1 + t[0].length;
      let end = start;
      for (let bytes = 0, n = parseInt(t[1], 16); bytes < n && end < text.length; end++) bytes += Buffer.byteLength(text[end]);
      rows.push({ id, body: text.slice(colon + 1, end) });
      i = end;
    } else {
      const nl = text.indexOf("\n", colon);
      const end = nl < 0 ? text.length : nl;
      rows.push({ id, body: text.slice(colon + 1, end) });
      i = end + 1;
    }
  }
  return rows;
}

/**
 * The payload by what its rows render. Within a row, text after a marker (a figure's or table's id or test id, a
 * section's heading id, the view controls, the header and footer) belongs to that marker's part, and text before
 * the row's first marker to the part of the row that refers to it ("$<id>", "$L<id>", "$@<id>"); rows nothing refers
 * to are the page's frame, and module rows ("I[...]", "HL[...]") client component references and preloads.
 * @param {string} html
 */
export function payloadParts(html) {
  const FRAME = "the page's frame (layout, head, shared rows)";
  const rows = payloadRows(payloadText(html));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const MARKER =
    /"(?:testId|data-testid)":"([a-z-]+-(?:table|figure|section|cards|footer))"|"id":"([a-z-]+-figure|seed-vs-greenbook)"|"aria-labelledby":"([a-z]+-h)"|"aria-label":"(View settings)"|"className":"(site-header)"/g;
  /** the row's text in runs, each with the part it belongs to */
  const runs = (/** @type {string} */ body, /** @type {string} */ inherited) => {
    const out = [{ at: 0, part: inherited }];
    for (const m of body.matchAll(MARKER)) {
      const found = m.slice(1).find(Boolean) ?? inherited;
      // a marker in the props of the row's own first element names the whole element, its opening included
      const own = out.length === 1 && (body.slice(0, m.index).match(/\["\$"/g)?.length ?? 0) <= 1;
      out.push({ at: own ? 0 : m.index, part: found === "View settings" ? "view controls" : found });
    }
    return out.filter((r, i) => i === out.length - 1 || out[i + 1].at > r.at);
  };
  const partAt = (/** @type {{ at: number, part: string }[]} */ rs, /** @type {number} */ i) => rs.filter((r) => r.at <= i).at(-1)?.part ?? FRAME;
  /** @type {Map<string, string>} */
  const inherited = new Map();
  const referenced = new Set(rows.flatMap((r) => [...r.body.matchAll(/"\$[L@]?([0-9a-f]+)"/g)].map((m) => m[1])));
  const queue = rows.filter((r) => !referenced.has(r.id)).map((r) => r.id);
  for (const id of queue) if (!inherited.has(id)) inherited.set(id, FRAME);
  /** @type {Map<string, number>} */
  const sizes = new Map();
  const add = (/** @type {string} */ part, /** @type {number} */ n) => sizes.set(part, (sizes.get(part) ?? 0) + n);
  for (let k = 0; k < queue.length; k++) {
    const row = byId.get(queue[k]);
    if (!row) continue;
    const own = inherited.get(row.id) ?? FRAME;
    if (/^(I|HL)\[/.test(row.body)) {
      add("client component references and preloads", Buffer.byteLength(row.body) + row.id.length + 2);
      continue;
    }
    const rs = runs(row.body, own);
    rs.forEach((r, i) => add(r.part, Buffer.byteLength(row.body.slice(r.at, rs[i + 1]?.at ?? row.body.length)) + (i === 0 ? row.id.length + 2 : 0)));
    for (const ref of row.body.matchAll(/"\$[L@]?([0-9a-f]+)"/g))
      if (byId.has(ref[1]) && !inherited.has(ref[1])) {
        inherited.set(ref[1], partAt(rs, ref.index));
        queue.push(ref[1]);
      }
  }
  return [...sizes].map(([part, bytes]) => ({ part, bytes })).sort((x, y) => y.bytes - x.bytes);
}

/** Everything about one page: HTML raw and gzip -9, its parts, the payload's parts, the linked stylesheets. */
export async function pageWeight(base, pagePath = "/") {
  const res = await fetch(new URL(pagePath, base));
  if (!res.ok) throw new Error(`${pagePath}: HTTP ${res.status}`);
  const html = await res.text();
  const css = [];
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/gi)) {
    const body = Buffer.from(await (await fetch(new URL(m[1], base))).arrayBuffer());
    css.push({ href: m[1], bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
  }
  const payload = payloadText(html);
  return {
    path: pagePath,
    bytes: Buffer.byteLength(html),
    gzipBytes: gzipSync(html, { level: 9 }).length,
    parts: htmlParts(html),
    payloadChars: payload.length,
    payloadParts: payloadParts(html),
    css,
  };
}

const kB = (/** @type {number} */ n) => `${(n / 1000).toFixed(1)} kB`;

/** Plain-text tables of pageWeight's result. */
export function formatPageWeight(/** @type {Awaited<ReturnType<typeof pageWeight>>} */ w) {
  const table = (/** @type {string} */ title, /** @type {{ part: string, bytes: number }[]} */ parts, /** @type {number} */ total) => {
    const width = Math.max(...parts.map((p) => p.part.length), 5);
    return [
      title,
      ...parts.map((p) => `  ${p.part.padEnd(width)}  ${kB(p.bytes).padStart(9)}  ${`${((p.bytes / total) * 100).toFixed(1)}%`.padStart(6)}`),
      `  ${"total".padEnd(width)}  ${kB(total).padStart(9)}`,
    ].join("\n");
  };
  const payloadBytes = w.payloadParts.reduce((s, p) => s + p.bytes, 0);
  const cssRaw = w.css.reduce((s, c) => s + c.bytes, 0);
  const cssGzip = w.css.reduce((s, c) => s + c.gzipBytes, 0);
  return [
    `HTML of ${w.path}: ${kB(w.bytes)} raw, ${kB(w.gzipBytes)} gzip -9`,
    table("by part (every byte once, under the innermost part that holds it):", w.parts, w.bytes),
    table("the inline RSC payload by what its rows render (the payload's own text, unescaped):", w.payloadParts, payloadBytes),
    `stylesheets linked (not in the HTML): ${w.css.length}, ${kB(cssRaw)} raw, ${kB(cssGzip)} gzip -9`,
  ].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [base, ...paths] = process.argv.slice(2);
  if (!base) {
    console.error('usage: node scripts/page-weight.mjs <base URL> [path...]   (default path "/")');
    process.exit(2);
  }
  for (const p of paths.length ? paths : ["/"]) console.log(`${formatPageWeight(await pageWeight(base, p))}\n`);
}
