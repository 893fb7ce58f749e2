// Readable from the back of a room (issue 18): on a 16:9 slide 7.5 in (540 pt) tall, the smallest text must be at least
// 2% of the slide's height, 10.8 pt, so 11 pt. Every decks' XML is read back: each run's size (sz, in hundredths of a
// point, on a:rPr, a:defRPr and a:endParaRPr) in every slide and every chart part is at least 1100. Covered: every
// chart in its busiest view (chart slides, the events' table slides, the sources slides, the title slide), one chart's
// own export, and the briefing's decks (the shipped one, and one of the busiest views with the longest takeaway an
// author may write) through the briefing's own hand-out (deckToPptxSpec).
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { deckToPptxSpec } from "@/components/briefing/deck-pptx";
import { DEFAULT_DECK } from "@/lib/briefing/default-deck";
import { DECK_LIMITS } from "@/lib/briefing/deck-format";
import { defaultDeckFacts } from "@/lib/briefing/default-facts";
import { slideFacts } from "@/lib/charts/definitions";
import { buildChartPptx, buildDeckPptx } from "@/lib/export/pptx";
import { chartPlan, formatNumber, linesOf } from "@/lib/export/pptx/slides";
import { BUSY_VIEWS } from "./pptx-busy-views";
import { endpointFetch, TEST_ORIGIN } from "./export-fetch";
import { realDataset } from "./helpers";

const NOW = new Date("2026-12-02T12:00:00Z");
/** 2% of 540 pt, rounded up to a whole point, in hundredths of a point */
const MIN_SZ = 1100;

/** Every run size below the minimum in a deck's slides and charts, once per part and size ("part tag: size"). */
async function smallRuns(bytes: Uint8Array): Promise<{ parts: number; slides: number; charts: number; small: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((n) => /^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/.test(n));
  const small = new Set<string>();
  for (const name of parts) {
    const xml = await zip.file(name)!.async("string");
    for (const m of xml.matchAll(/<a:(rPr|defRPr|endParaRPr)\b[^>]*?\ssz="(\d+)"/g)) if (Number(m[2]) < MIN_SZ) small.add(`${name} ${m[1]}: ${m[2]}`);
  }
  return { parts: parts.length, slides: parts.filter((n) => n.includes("slides/")).length, charts: parts.filter((n) => n.includes("charts/")).length, small: [...small] };
}

describe("every text of a deck is at least 11 pt (2% of the slide's 540 pt)", () => {
  it("in a deck of all six charts in their busiest views, with the events' and the sources' slides", async () => {
    const { fetch } = endpointFetch();
    const slides = BUSY_VIEWS.map((s) => ({ ...s, takeaway: slideFacts(realDataset(), s.chart, s.view).takeaway }));
    const deck = await smallRuns(await buildDeckPptx({ title: "All charts", subtitle: "Busiest views", presenter: "A. Presenter", date: "2 December 2026", origin: TEST_ORIGIN, slides }, { fetch, now: NOW }));
    expect(deck.charts).toBe(6);
    // a title slide, six charts, the band's events and the sources on slides of their own
    expect(deck.slides).toBeGreaterThan(9);
    expect(deck.small).toEqual([]);
  });

  it("in each chart's own export", async () => {
    const { fetch } = endpointFetch();
    for (const s of BUSY_VIEWS) {
      const deck = await smallRuns(await buildChartPptx(s.chart, s.view, TEST_ORIGIN, { fetch, now: NOW }));
      expect(deck.charts, s.chart).toBe(1);
      expect(deck.small, s.chart).toEqual([]);
    }
  });

  it("in the briefing's decks: the shipped one, and the busiest views with the longest takeaways an author may write", async () => {
    const { fetch } = endpointFetch();
    const shipped = await smallRuns(await buildDeckPptx(deckToPptxSpec(DEFAULT_DECK, TEST_ORIGIN, defaultDeckFacts(realDataset()), NOW), { fetch, now: NOW }));
    expect(shipped.charts).toBe(DEFAULT_DECK.slides.length);
    expect(shipped.small).toEqual([]);
    const longest = "A takeaway as long as the deck format allows, written by hand. ".repeat(10).slice(0, DECK_LIMITS.takeaway);
    const busy = { ...DEFAULT_DECK, slides: BUSY_VIEWS.map((s, i) => ({ id: `s${i}`, chart: s.chart, view: s.view, takeaway: longest })) };
    const authored = await smallRuns(await buildDeckPptx(deckToPptxSpec(busy, TEST_ORIGIN, {}, NOW), { fetch, now: NOW }));
    expect(authored.charts).toBe(6);
    expect(authored.small).toEqual([]);
  });
});

describe("laying a chart out at 11 pt", () => {
  const layout = { direction: "bar" as const, grouping: "clustered" as const, numberFormat: '"$"#,##0', axisTitle: "US dollars", valueLabels: true };
  const series = (n: number) => ["Seed figure", "Greenbook"].map((name) => ({ name, color: "000000", values: Array.from({ length: n }, (_, i) => 1_000_000 * (i + 1)) }));
  const cats = (n: number) => Array.from({ length: n }, (_, i) => `Comparison ${i + 1}`);

  it("labels each bar with its value only where an 11 pt label fits beside it", () => {
    expect(chartPlan({ layout, categories: cats(3), series: series(3) }, 12.33, 4.5).valueLabels).toBe(true);
    expect(chartPlan({ layout, categories: cats(15), series: series(15) }, 12.33, 4.5).valueLabels).toBe(false);
  });

  it("writes every category label side by side where they fit, else upright and every n-th", () => {
    const col = { ...layout, direction: "col" as const, grouping: "stacked" as const, valueLabels: undefined };
    const decades = chartPlan({ layout: col, categories: ["1950s (FY1955-1959)", "1960s", "1970s", "1980s", "1990s", "2000s", "2010s", "2020s"], series: series(8) }, 12.33, 4.5);
    expect(decades).toMatchObject({ labelEvery: 1, upright: false });
    const years = chartPlan({ layout: col, categories: Array.from({ length: 70 }, (_, i) => `FY${1955 + i}`), series: series(70) }, 12.33, 4.5);
    expect(years.upright).toBe(true);
    expect(years.labelEvery).toBeGreaterThan(1);
    // horizontal bars keep a label on each (each bar is a different comparison)
    expect(chartPlan({ layout, categories: cats(15), series: series(15) }, 12.33, 4.5).labelEvery).toBe(1);
  });

  it("writes each category axis's angle: level (never left to the viewer, who turns them 45° and shrinks the chart's text), or upright with a label interval", async () => {
    const { fetch } = endpointFetch();
    const zip = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file(/^ppt\/charts\/chart\d+\.xml$/)[0].async("string");
    const catAx = (xml: string) => /<c:catAx>[\s\S]*?<\/c:catAx>/.exec(xml)![0];
    const decades = catAx(await zip(await buildChartPptx("aid-by-period", { ...BUSY_VIEWS[0].view, groupBy: "decade" }, TEST_ORIGIN, { fetch, now: NOW })));
    expect(decades).toContain('<a:bodyPr rot="0" vert="horz"/>');
    expect(decades).not.toContain("tickLblSkip");
    const years = catAx(await zip(await buildChartPptx("aid-by-period", BUSY_VIEWS[0].view, TEST_ORIGIN, { fetch, now: NOW })));
    expect(years).toContain('<a:bodyPr rot="-5400000"/>');
    expect(Number(/<c:tickLblSkip val="(\d+)"\/>/.exec(years)![1])).toBeGreaterThan(1);
  });

  it("formats the figures as the chart's number format does", () => {
    expect(formatNumber('"$"#,##0', 1_234_567)).toBe("$1,234,567");
    expect(formatNumber('0.0"%"', 64.25)).toBe("64.3%");
    expect(formatNumber('+0.0"%";-0.0"%";0"%"', -12.34)).toBe("-12.3%");
    expect(formatNumber('+0.0"%";-0.0"%";0"%"', 5)).toBe("+5.0%");
    expect(formatNumber('+0.0"%";-0.0"%";0"%"', 0)).toBe("0%");
    expect(formatNumber('0.0" yrs"', 16)).toBe("16.0 yrs");
  });

  it("counts the lines a text takes, word by word", () => {
    expect(linesOf("short", 11, 12.33)).toBe(1);
    expect(linesOf("word ".repeat(100), 11, 12.33)).toBeGreaterThan(2);
    expect(linesOf("a\nb", 11, 12.33)).toBe(2);
  });
});
