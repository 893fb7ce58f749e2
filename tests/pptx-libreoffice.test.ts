// The decks as a reader opens them in LibreOffice Impress (Debian's libreoffice-impress, installed by .ci/run): every
// deck is converted to PDF with `soffice --headless`, every page rasterised with pdftoppm and read back. Each chart
// slide must draw its marks (not only a legend), no text may leave its slide, and no source may be lost off the
// sources slides. Read from the back of a room (issue 18): every text at least 2% of the slide's height, in the deck
// of every chart (default and busiest views) and in the briefing's hand-out, and no word printed over another.
// A missing converter fails the test: a check that did not run is not a pass.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportLoader, type DrawnChart } from "@/lib/export/drawn";
import { buildDeckPptx, type DeckSlideSpec } from "@/lib/export/pptx";
import { slideFacts } from "@/lib/charts/definitions";
import { DEFAULT_VIEW } from "@/lib/view";
import { endpointFetch, TEST_ORIGIN } from "./export-fetch";
import { realDataset } from "./helpers";
import { BUSY_VIEWS } from "./pptx-busy-views";
import { deckToPptxSpec } from "@/components/briefing/deck-pptx";
import { DECK_LIMITS } from "@/lib/briefing/deck-format";
import { DEFAULT_DECK } from "@/lib/briefing/default-deck";
import { defaultDeckFacts } from "@/lib/briefing/default-facts";

const DPI = 30;
const CHART_VIEWS: Pick<DeckSlideSpec, "chart" | "view">[] = [
  { chart: "aid-by-period", view: DEFAULT_VIEW },
  { chart: "relations-band", view: DEFAULT_VIEW },
  { chart: "military-share", view: DEFAULT_VIEW },
  { chart: "seed-vs-greenbook", view: DEFAULT_VIEW },
  { chart: "seed-vs-greenbook", view: { ...DEFAULT_VIEW, compare: "dollars" } },
  { chart: "aid-by-period", view: { ...DEFAULT_VIEW, groupBy: "year", dollars: "constant", base: 2020 } },
  // and every chart in its busiest view: the most bars, series, labels and events a slide has to hold
  ...BUSY_VIEWS,
];
/** The smallest text a slide may hold: 2% of its height (issue 18, projection) */
const MIN_SHARE = 0.02;
/** Every slide with its computed takeaway, as the briefing hands it out. */
const SLIDES: DeckSlideSpec[] = CHART_VIEWS.map((s) => ({ ...s, takeaway: slideFacts(realDataset(), s.chart, s.view).takeaway }));
const COVER = { title: "All charts", subtitle: "LibreOffice check", presenter: "A. Presenter", date: "2 December 2026" };

let dir = "";
let pdf = "";
/** the briefing's hand-out: the shipped deck and the busiest views with the longest takeaways an author may write */
let briefPdf = "";
let drawn: DrawnChart[] = [];
let slideCount = 0;
let sourceCount = 0;

/** What a chart slide's text begins with: its title up to the first colon or comma (a dash in a year range after it
 * is not always read back from the PDF as a dash) */
const titleKey = (title: string) => title.split(/[:,]/)[0];

/** A page as raw RGB pixels (pdftoppm's PPM: "P6 w h 255" then bytes). */
function pagePixels(page: number): { width: number; height: number; rgb: Buffer } {
  const ppm = execFileSync("pdftoppm", ["-r", String(DPI), "-f", String(page), "-l", String(page), pdf]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 40).toString("latin1"))!;
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** Words of a page with their boxes, and the page's size, from pdftotext -bbox. */
function pageWords(page: number, file = pdf) {
  const html = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-bbox", file, "-"]).toString("utf8");
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!;
  const words = [...html.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]),
    text: m[5].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
  }));
  return { width: Number(size[1]), height: Number(size[2]), words, text: words.map((w) => w.text).join(" ") };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "deck-lo-"));
  const { fetch } = endpointFetch();
  const bytes = await buildDeckPptx({ ...COVER, origin: TEST_ORIGIN, slides: SLIDES }, { fetch, now: new Date("2026-12-02T12:00:00Z") });
  writeFileSync(path.join(dir, "deck.pptx"), bytes);
  const zip = await JSZip.loadAsync(bytes);
  slideCount = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
  const loader = exportLoader({ origin: TEST_ORIGIN, fetch });
  drawn = await Promise.all(SLIDES.map((s) => loader.chart(s.chart, s.view)));
  const ids = new Set(drawn.flatMap((d) => { const i = d.table.header.indexOf("source_ids"); return i < 0 ? [] : d.table.rows.flatMap((r) => String(r[i] ?? "").split(" ").filter(Boolean)); }));
  sourceCount = (await loader.sources()).filter((s) => ids.has(s.id) || s.kind === "primary-data").length;
  // its own profile, so a LibreOffice already running elsewhere on the machine does not swallow the conversion
  const longest = "A takeaway as long as the deck format allows, written by hand. ".repeat(10).slice(0, DECK_LIMITS.takeaway);
  const brief = { ...DEFAULT_DECK, slides: [...DEFAULT_DECK.slides, ...BUSY_VIEWS.map((s, i) => ({ id: `busy${i}`, chart: s.chart, view: s.view, takeaway: longest.slice(0, 200 + 40 * i) }))] };
  writeFileSync(path.join(dir, "brief.pptx"), await buildDeckPptx(deckToPptxSpec(brief, TEST_ORIGIN, defaultDeckFacts(realDataset()), new Date("2026-12-02T12:00:00Z")), { fetch, now: new Date("2026-12-02T12:00:00Z") }));
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, path.join(dir, "deck.pptx"), path.join(dir, "brief.pptx")], { stdio: "ignore", timeout: 240_000 });
  pdf = path.join(dir, "deck.pdf");
  briefPdf = path.join(dir, "brief.pdf");
  readFileSync(pdf); // throws if LibreOffice wrote nothing
  readFileSync(briefPdf);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("decks opened in LibreOffice Impress", () => {
  it("give one page per slide", () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
    expect(pages).toBe(slideCount);
  });

  it("draw each chart's marks, not only its legend", () => {
    const pages = Array.from({ length: slideCount }, (_, i) => i + 1);
    const titled = pages.map((p) => ({ p, words: pageWords(p) }));
    let next = 0;
    drawn.forEach((d, k) => {
      // the chart's slide: the next page whose text begins with the chart's title
      const hit = titled.slice(next).find((t) => t.words.text.startsWith(titleKey(d.text.title)));
      expect(hit, `slide of ${SLIDES[k].chart}`).toBeDefined();
      next = titled.indexOf(hit!) + 1;
      const { width, height, rgb } = pagePixels(hit!.p);
      const colours = d.series.map((s) => [0, 2, 4].map((i) => parseInt(s.color.slice(i, i + 2), 16)));
      const isMark = (i: number) => colours.some((c) => Math.abs(rgb[i] - c[0]) <= 10 && Math.abs(rgb[i + 1] - c[1]) <= 10 && Math.abs(rgb[i + 2] - c[2]) <= 10);
      let marked = 0;
      for (let i = 0; i < rgb.length; i += 3) if (isMark(i)) marked++;
      // no word printed over a bar (chart 4's negative bars once ran over their category labels); greys are left out,
      // as text is grey too, and only the chart's area counts (under the title, subtitle and takeaway)
      const coloured = colours.filter((c) => Math.max(...c) - Math.min(...c) > 24);
      const isBar = (i: number) => coloured.some((c) => Math.abs(rgb[i] - c[0]) <= 10 && Math.abs(rgb[i + 1] - c[1]) <= 10 && Math.abs(rgb[i + 2] - c[2]) <= 10);
      const px = width / hit!.words.width;
      for (const w of hit!.words.words.filter((x) => x.yMin > 1.8 * 72)) {
        let inBox = 0;
        let area = 0;
        for (let y = Math.ceil(w.yMin * px); y < Math.floor(w.yMax * px); y++)
          for (let x = Math.ceil(w.xMin * px); x < Math.floor(w.xMax * px); x++, area++) if (isBar((y * width + x) * 3)) inBox++;
        expect(area === 0 ? 0 : inBox / area, `${SLIDES[k].chart}: "${w.text}" printed over a bar`).toBeLessThan(0.2);
      }
      // a legend's swatches are a few hundred pixels at this resolution; drawn bars are thousands
      expect(marked / (width * height), `${SLIDES[k].chart} ${JSON.stringify(SLIDES[k].view)}: share of the page in the series' colours`).toBeGreaterThan(0.02);
    });
  });

  it("keep every text on its slide, and every source on the sources slides", () => {
    let bullets = 0;
    for (let p = 1; p <= slideCount; p++) {
      const { width, height, words, text } = pageWords(p);
      for (const w of words) {
        expect(w.xMin, `page ${p} "${w.text}" left`).toBeGreaterThanOrEqual(0);
        expect(w.yMin, `page ${p} "${w.text}" top`).toBeGreaterThanOrEqual(0);
        expect(w.xMax, `page ${p} "${w.text}" right`).toBeLessThanOrEqual(width);
        expect(w.yMax, `page ${p} "${w.text}" bottom`).toBeLessThanOrEqual(height);
      }
      if (text.startsWith("Sources")) bullets += (execFileSync("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"]).toString("utf8").match(/•/g) ?? []).length;
    }
    expect(bullets).toBe(sourceCount);
  });

  it("open on a title slide with the deck's title, subtitle, presenter and date", () => {
    const { text } = pageWords(1);
    for (const t of Object.values(COVER)) expect(text).toContain(t);
  });

  it("give each chart slide one title, its takeaway in at most two lines and its source in smaller type", () => {
    const pages = Array.from({ length: slideCount }, (_, i) => pageWords(i + 1));
    let next = 1;
    drawn.forEach((d, k) => {
      const i = pages.findIndex((p, j) => j >= next && p.text.startsWith(titleKey(d.text.title)));
      expect(i, `slide of ${SLIDES[k].chart}`).toBeGreaterThan(0);
      next = i + 1;
      const page = pages[i];
      // the title once: the native chart draws none of its own
      expect(page.text.split(titleKey(d.text.title)).length - 1, SLIDES[k].chart).toBe(1);
      // the takeaway's words, in reading order from its first word: on at most two lines
      const words = SLIDES[k].takeaway!.split(/\s+/);
      const start = page.words.findIndex((w, j) => words.every((x, n) => n > 3 || page.words[j + n]?.text === x));
      expect(start, `${SLIDES[k].chart}: takeaway "${SLIDES[k].takeaway}" on the page`).toBeGreaterThan(0);
      const mine = page.words.slice(start, start + words.length);
      expect(mine.map((w) => w.text).join(" ")).toBe(words.join(" "));
      const lines = new Set(mine.map((w) => Math.round(w.yMin)));
      expect(lines.size, `${SLIDES[k].chart}: takeaway lines`).toBeLessThanOrEqual(2);
      // the source line, at the foot, in smaller type than the takeaway, and no smaller than 2% of the page's height
      const src = page.words.filter((w) => w.yMin > page.height * 0.9 && /Sources?:/.test(w.text));
      expect(src.length, `${SLIDES[k].chart}: source line`).toBe(1);
      const h = (w: { yMin: number; yMax: number }) => w.yMax - w.yMin;
      expect(h(src[0])).toBeLessThan(h(mine[0]));
      expect(h(src[0])).toBeGreaterThanOrEqual(0.02 * page.height);
    });
  });

  it("set every word at least 2% of the page's height, inside its page, and no word over another (the briefing's hand-out too)", () => {
    const small: string[] = [];
    const over: string[] = [];
    let smallestBox = Infinity;
    let smallestFont = Infinity;
    const pagesOf = (file: string) => Array.from({ length: Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString())![1]) }, (_, i) => ({ file, p: i + 1 }));
    for (const { file, p } of [...pagesOf(pdf), ...pagesOf(briefPdf)]) {
      const { width, height, words } = pageWords(p, file);
      for (const w of words) if (w.xMin < 0 || w.yMin < 0 || w.xMax > width || w.yMax > height) over.push(`${path.basename(file)} page ${p}: "${w.text}" off the page`);
      // each word's box (its font's ascent to descent) is at least 2% of the page's height
      for (const w of words) {
        smallestBox = Math.min(smallestBox, (w.yMax - w.yMin) / height);
        if (w.yMax - w.yMin < MIN_SHARE * height) small.push(`${path.basename(file)} page ${p} "${w.text}": box ${(w.yMax - w.yMin).toFixed(1)} pt`);
      }
      // and so is the size each text was set at (the box is taller than the size: 9 pt text passes the box test),
      // as pdftohtml reads it from the page's fonts, upright or turned
      const xml = execFileSync("pdftohtml", ["-xml", "-i", "-stdout", "-zoom", "1", "-f", String(p), "-l", String(p), file]).toString("utf8");
      const pageH = Number(/<page [^>]*height="([\d.]+)"/.exec(xml)![1]);
      const sizes = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="([\d.]+)"/g)].map((m) => [m[1], Number(m[2])]));
      for (const m of xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)) {
        const pt = sizes.get(m[1])!;
        smallestFont = Math.min(smallestFont, pt / pageH);
        if (pt < MIN_SHARE * pageH) small.push(`${path.basename(file)} page ${p} "${m[2].replace(/<[^>]+>/g, "")}": ${pt} pt`);
      }
      // two words overprint when their boxes still cross once each is drawn in by a tenth of its thickness: lines
      // set close share the top and bottom of their boxes (ascent and descent) without their letters touching
      const inner = words.map((w) => {
        const d = 0.1 * Math.min(w.xMax - w.xMin, w.yMax - w.yMin);
        return { ...w, xMin: w.xMin + d, xMax: w.xMax - d, yMin: w.yMin + d, yMax: w.yMax - d };
      });
      for (let i = 0; i < inner.length; i++)
        for (let j = i + 1; j < inner.length; j++) {
          const a = inner[i], b = inner[j];
          const ox = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
          const oy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
          if (ox > 0.5 && oy > 0.5) over.push(`${path.basename(file)} page ${p}: "${a.text}" and "${b.text}" (${ox.toFixed(1)} x ${oy.toFixed(1)} pt)`);
        }
    }
    expect(small.slice(0, 20), `${small.length} texts under 2% of the page's height; smallest box ${(100 * smallestBox).toFixed(2)}%, smallest size ${(100 * smallestFont).toFixed(2)}%`).toEqual([]);
    expect(over.slice(0, 20), `${over.length} words off their page or pairs of words overprinted`).toEqual([]);
  });
});
