// The offline deck file (lib/briefing/deck-file.ts), built from the default deck with the chart files the server draws:
// one HTML file, nothing loaded from outside, its one script allowed by its hash, every text escaped, each chart's ids
// its own, and a size stated for the default deck.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DEFAULT_DECK } from "@/lib/briefing/default-deck";
import { buildDeckFile, escapeHtml, inlineSvg, safeLink, type DeckFileSlide } from "@/lib/briefing/deck-file";
import { NOMINAL_SLIDE_FILE, presentedSlides, factsKey } from "@/lib/briefing/slides";
import { slideFacts } from "@/lib/charts/definitions";
import { renderChartFile } from "@/lib/charts/files";
import { FONT_FILES } from "@/lib/charts/png";
import { viewHref } from "@/lib/view";
import { realDataset } from "./helpers";

const ORIGIN = "https://aid.example";

async function defaultDeckFile(title = DEFAULT_DECK.title) {
  const ds = realDataset();
  const facts = Object.fromEntries(DEFAULT_DECK.slides.map((s) => [factsKey(s.chart, s.view), slideFacts(ds, s.chart, s.view)]));
  const slides: DeckFileSlide[] = presentedSlides({ ...DEFAULT_DECK, title }, facts).map((s) =>
    s.kind === "chart"
      ? {
          kind: "chart",
          title: s.title,
          takeaway: s.takeaway,
          source: s.source,
          notes: s.notes,
          sources: s.facts?.sources ?? [],
          link: `${ORIGIN}${viewHref(s.slide.view)}`,
          svg: renderChartFile(ds, { chart: s.slide.chart, view: s.slide.view, theme: "light", ...NOMINAL_SLIDE_FILE, frame: "slide" }, ORIGIN).svg,
        }
      : s.kind === "title"
        ? { kind: "title", title: s.title, subtitle: s.subtitle, notes: s.notes }
        : { kind: "sources", title: s.title, sources: s.sources },
  );
  const font = gzipSync(readFileSync(FONT_FILES[0]), { level: 9 }).toString("base64");
  return buildDeckFile({ title, subtitle: DEFAULT_DECK.subtitle, presenter: "A. Presenter", date: "1 December 2026", exportedAt: new Date("2026-12-02T10:00:00Z"), deckLink: `${ORIGIN}/briefing#slide=1`, slides, fontGzipBase64: font });
}

describe("the offline deck file", () => {
  it("is one HTML file: its one script allowed by its SHA-256 in a CSP meta tag, nothing loaded from outside", async () => {
    const { html, scriptHash } = await defaultDeckFile();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    expect(csp).toBe(`default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src '${scriptHash}'; base-uri 'none'; form-action 'none'`);
    // the hash is the script's own
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    expect(scriptHash).toBe(`sha256-${createHash("sha256").update(scripts[0]).digest("base64")}`);
    // no element loads anything: no src, no <link>, no srcset, no @import, no url() but to the file's own ids
    expect(html).not.toMatch(/\ssrc=|<link\b|srcset=|@import|<iframe|<object|<embed/i);
    expect([...html.matchAll(/url\(([^)]*)\)/g)].every((m) => m[1].startsWith("#"))).toBe(true);
    // the links (the views, the deck) are plain https links to the site, followed only if the reader clicks
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).filter((h) => !h.startsWith("#"));
    expect(hrefs.length).toBeGreaterThan(6);
    expect(hrefs.every((h) => h.startsWith(`${ORIGIN}/`))).toBe(true);
    // the font travels inside, as text the script unpacks
    expect(html).toMatch(/<script type="text\/plain" id="deck-font">[A-Za-z0-9+/=]{100000,}<\/script>/);
  });

  it("carries every slide: title slide with date and presenter, each chart with its takeaway, sources, link and notes", async () => {
    const { html } = await defaultDeckFile();
    const sections = [...html.matchAll(/<section class="slide slide-(\w+)" data-slide="(\d+)"/g)].map((m) => m[1]);
    // title, six chart slides, sources
    expect(sections).toEqual(["title", "chart", "chart", "chart", "chart", "chart", "chart", "sources"]);
    expect(html).toContain('<h1>US aid to Cambodia and the state of relations since 1955</h1>');
    // the deck's own date on the title slide (the export date stays at the foot of the chart slides)
    expect(html).toContain('<p class="byline"><span class="presenter">A. Presenter</span><span class="date">1 December 2026</span></p>');
    expect(html).toContain("<h2>Aid followed the eras of relations</h2>");
    // one title per chart slide: the chart file, framed for a slide, draws none of its own
    expect(html).not.toMatch(/data-frame="title"/);
    // the takeaway without its sources, which follow in small type
    expect(html).toContain('<p class="takeaway">Military aid was 64% of US aid to Cambodia over FY1970-1975 ($1.18B of $1.83B, current US dollars). Highest: FY1972, 77%.</p><p class="source">Source: USAID Greenbook.</p>');
    expect(html).toContain(`View: <a href="${ORIGIN}/?groupBy=relations-phase&amp;dollars=constant">`);
    expect(html).toContain("Exported 2 December 2026.");
    expect(html).toContain("Cambodia severed relations in May 1965; they were restored in 1969.");
    expect(html.match(/<svg /g)).toHaveLength(6);
    // each slide's ids are its own: no id twice in the file
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it("states its size for the default deck", async () => {
    const { html } = await defaultDeckFile();
    const kb = Math.round(Buffer.byteLength(html) / 1024);
    // measured: the six chart files, the Inter font (gzip, base64) and the script; under 1 MB
    console.log(`default deck file: ${kb} kB`);
    expect(kb).toBeLessThan(1024);
  });

  it("escapes every deck text and refuses an SVG that carries anything active", async () => {
    const { html } = await defaultDeckFile('<img src=x onerror="alert(1)"> & "quotes"');
    expect(html).toContain("<title>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;quotes&quot;</title>");
    expect(html).not.toContain("<img src=x");
    expect(escapeHtml(`'<>&"`)).toBe("&#39;&lt;&gt;&amp;&quot;");
    expect(safeLink("javascript:alert(1)")).toBeNull();
    expect(safeLink("https://aid.example/?a=1")).toBe("https://aid.example/?a=1");
    for (const bad of [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div/></foreignObject></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://evil.example/p.svg#x)"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><a href="https://evil.example"><text>x</text></a></svg>',
      "<div>not an svg</div>",
    ])
      expect(() => inlineSvg(bad, "s2"), bad).toThrow();
    expect(inlineSvg('<svg xmlns="http://www.w3.org/2000/svg" aria-labelledby="t d"><pattern id="h"/><rect fill="url(#h)"/></svg>', "s2")).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" aria-labelledby="s2-t s2-d"><pattern id="s2-h"/><rect fill="url(#s2-h)"/></svg>',
    );
  });
});
