// Fixture data whose texts hold script and markup payloads: every chart file draws them as text, and no export
// carries them as code (no script, event attribute, foreignObject or javascript: link in an SVG; CSV cells that a
// spreadsheet would run as a formula are neutralised).
import { describe, expect, it } from "vitest";
import { chartFileEndpoint } from "@/lib/api/chart-files";
import { aidEndpoint, eventsEndpoint, relationsEndpoint, sourcesEndpoint } from "@/lib/api/endpoints";
import { CHART_SLUGS } from "@/lib/charts/registry";
import { buildDataset } from "@/lib/data/dataset";
import { buildChartPptx, buildDeckPptx } from "@/lib/export/pptx";
import { DEFAULT_VIEW } from "@/lib/view";
import JSZip from "jszip";
import { endpointFetch, TEST_ORIGIN } from "./export-fetch";
import { realTexts } from "./helpers";

const XSS = `<script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)><foreignObject>x</foreignObject><a href="javascript:alert(4)">j</a>`;
/** Titles are at most 100 characters: a short payload there. */
const SHORT = "<script>alert(1)</script><b onclick=x>";
const FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

function hostileDataset() {
  const texts = realTexts();
  const events = JSON.parse(texts.events!);
  for (const [i, e] of events.events.entries()) {
    // every other title starts as a spreadsheet formula would
    e.title = `${i % 2 ? "=1+1 " : ""}${SHORT} ${e.title}`.slice(0, 100);
    e.description = `${FORMULA} ${XSS}`;
  }
  texts.events = JSON.stringify(events);
  const relations = JSON.parse(texts.relations!);
  for (const s of relations.segments) s.label = `${XSS} ${s.label}`;
  for (const s of relations.scale) s.label = `${s.label} ${XSS}`;
  texts.relations = JSON.stringify(relations);
  const sources = JSON.parse(texts.sources!);
  for (const s of sources.sources) s.publisher = `${XSS} ${s.publisher}`;
  texts.sources = JSON.stringify(sources);
  const annual = JSON.parse(texts.annual!);
  for (const c of annual.sourceChanges ?? []) c.note = `${XSS} ${c.note}`;
  texts.annual = JSON.stringify(annual);
  return buildDataset(texts, "fixtures");
}

/** No element or attribute that could run: the payload's tags and handlers appear only escaped, as text. */
function expectInert(svg: string, what: string) {
  const tags = svg.match(/<[^>]*>/g) ?? [];
  expect(tags.length, what).toBeGreaterThan(10);
  for (const tag of tags) {
    expect(tag, what).not.toMatch(/^<\/?(script|foreignObject|img|a|iframe|object|embed|style)[\s>/]/i);
    expect(tag, what).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag, what).not.toMatch(/javascript:/i);
  }
  // the text of the file holds the payload only escaped
  expect(svg, what).not.toMatch(/<script|<img|<b /);
}

describe("hostile fixture data", () => {
  const ds = hostileDataset();
  it("every chart file of several views draws the payloads as text and carries no code", async () => {
    for (const chart of CHART_SLUGS)
      for (const qs of ["", "groupBy=year", "groupBy=relations-phase", "series=seed"]) {
        const name = `${chart}.svg`;
        const res = await chartFileEndpoint(ds, new Request(`http://localhost/charts/${name}?${qs}`), name, "http://localhost");
        expect(res.status).toBe(200);
        const svg = await res.text();
        expectInert(svg, `${chart} ${qs}`);
        if (chart === "relations-band") expect(svg, `${chart} ${qs}`).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      }
  });

  it("CSV answers neutralise formulas and keep markup as plain text", async () => {
    const csv = await eventsEndpoint(ds, new Request("http://localhost/api/events?format=csv")).text();
    // a cell that starts with = is prefixed so a spreadsheet shows it rather than runs it
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(csv).toMatch(/'=HYPERLINK/);
    for (const endpoint of [relationsEndpoint, sourcesEndpoint, aidEndpoint]) {
      const text = await endpoint(ds, new Request("http://localhost/x?format=csv")).text();
      expect(text.split("\r\n")[0]).not.toMatch(/[<>]/); // headers are ours
    }
  });

  it("PowerPoint files carry the payloads as escaped text, and no cell of a slide or workbook is a formula", async () => {
    const { fetch } = endpointFetch(ds);
    const now = new Date("2026-12-02T00:00:00Z");
    const files = [
      await buildChartPptx("relations-band", DEFAULT_VIEW, TEST_ORIGIN, { fetch, now }),
      await buildDeckPptx({ title: "Hostile deck", origin: TEST_ORIGIN, slides: CHART_SLUGS.map((chart) => ({ chart, view: DEFAULT_VIEW })) }, { fetch, now }),
    ];
    let sawPayload = false;
    for (const bytes of files) {
      const zip = await JSZip.loadAsync(bytes);
      const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
      expect(parts.length).toBeGreaterThan(10);
      for (const name of parts) {
        const xml = await zip.file(name)!.async("string");
        // the payload never arrives as markup: only escaped, inside text nodes
        // the payload never arrives as markup: no tag of its own and no handler or javascript: link in an attribute;
        // it is only escaped text inside text nodes
        for (const tag of xml.match(/<[^>]*>/g) ?? []) {
          expect(tag, name).not.toMatch(/^<\/?(script|img|svg|foreignObject|iframe|object|embed|style|a|b)[\s>/]/i);
          const attributes = [...tag.matchAll(/\s([\w:.-]+)="([^"]*)"/g)];
          for (const [, attr, value] of attributes) {
            expect(attr, `${name} ${tag.slice(0, 60)}`).not.toMatch(/^on/i);
            // a link's target (hyperlinks and relationships) is never a script URL
            if (/^(Target|href|r:href|action)$/i.test(attr)) expect(value, name).not.toMatch(/^\s*javascript:/i);
          }
        }
        if (xml.includes("&lt;script&gt;alert(1)&lt;/script&gt;")) sawPayload = true;
      }
      // the embedded workbooks (Excel files inside the deck) hold no formula, and the event texts in them are text
      const workbooks = Object.keys(zip.files).filter((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n));
      expect(workbooks.length).toBeGreaterThan(0);
      for (const w of workbooks) {
        const book = await JSZip.loadAsync(await zip.file(w)!.async("uint8array"));
        for (const sheet of Object.keys(book.files).filter((n) => n.endsWith(".xml"))) {
          const xml = await book.file(sheet)!.async("string");
          expect(xml, `${w} ${sheet}`).not.toMatch(/<f[\s>]/);
          expect(xml, `${w} ${sheet}`).not.toMatch(/<script|<img/i);
        }
      }
      // slide text that a spreadsheet would run (a table pasted into Excel) starts with an apostrophe, as in the CSV;
      // the band's events table holds titles that start with "="
      const slides = await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async("string")));
      const runs = slides.flatMap((x) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]));
      expect(runs.some((r) => r.startsWith("&apos;=1+1") || r.startsWith("'=1+1"))).toBe(true);
      for (const run of runs) expect(run).not.toMatch(/^=/);
    }
    expect(sawPayload).toBe(true);
  });
});
