import { describe, expect, it } from "vitest";
import { chartFileCaches, chartFileEndpoint } from "@/lib/api/chart-files";
import { BoundedCache, TaskLimiter } from "@/lib/cache/bounded-cache";
import { CHART_SLUGS, chartFileName } from "@/lib/charts/registry";
import { DEFAULT_VIEW, parseView } from "@/lib/view";
import { realDataset } from "./helpers";

const ORIGIN = "https://aid.example";
const get = (name: string, qs = "", headers: Record<string, string> = {}) =>
  chartFileEndpoint(realDataset(), new Request(`${ORIGIN}/charts/${name}${qs ? `?${qs}` : ""}`, { headers }), name, ORIGIN);

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(buf.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function expect400(res: Response, param: string, mention: RegExp) {
  expect(res.status).toBe(400);
  const body = (await res.json()) as { error: { code: string; issues: { param: string; message: string }[] } };
  expect(body.error.code).toBe("invalid_query");
  const issue = body.error.issues.find((i) => i.param === param);
  expect(issue, JSON.stringify(body)).toBeDefined();
  expect(issue!.message).toMatch(mention);
}

/** Nothing that could run: no script, no event attribute, no foreignObject, no javascript: link, no CSS variable. */
function expectInert(svg: string) {
  expect(svg).not.toMatch(/<script|<foreignObject|\son[a-z]+=|javascript:|var\(--|<style/i);
}

describe("chart files: SVG", () => {
  it("every chart of the default view is a standalone SVG with its title, legend, source and link drawn in", async () => {
    for (const slug of CHART_SLUGS) {
      const res = await get(`${slug}.svg`);
      expect(res.status, slug).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
      const svg = await res.text();
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), slug).toBe(true);
      expectInert(svg);
      expect(svg, slug).toMatch(/data-frame="title"/);
      expect(svg, slug).toMatch(/data-frame="source"[^>]*>.*Source/);
      expect(svg, slug).toContain(`${ORIGIN}/`);
      expect(svg, slug).toMatch(/data-legend/);
    }
  });

  it("draws the numbers of the view: the 1950s bar of the default view is $173,002,000 economic and $64,456,000 military", async () => {
    const svg = await (await get("aid-by-period.svg")).text();
    // FY1955-1959 economic 38,000,000 + 47,400,000 + 34,501,000 + 28,301,000 + 24,800,000 = 173,002,000
    expect(svg).toMatch(/data-part="economic" data-bar="1950s" data-value="173002000"/);
    // military 0 + 27,368,000 + 28,532,000 + 5,469,000 + 3,087,000 = 64,456,000
    expect(svg).toMatch(/data-part="military" data-bar="1950s" data-value="64456000"/);
    expect(svg).toContain("$237.5M");
    const byYear = await (await get("aid-by-period.svg", "groupBy=year&from=1960&to=1989")).text();
    // FY1965-69 and FY1976-79 have no records but are known zeros (no aid could flow): "$0" on their slot, no hatch
    expect(byYear.match(/data-value-label="fy(19\d\d)">\$0</g)?.map((m) => m.slice(20, 24))).toEqual(["1965", "1966", "1967", "1968", "1969", "1976", "1977", "1978", "1979"]);
    // FY1989 has neither records nor such an event: the one "no data" placeholder
    expect(byYear.match(/data-placeholder="no-data" data-bar="fy\d+"/g)).toEqual(['data-placeholder="no-data" data-bar="fy1989"']);
    expect(byYear).toContain("https://aid.example/?groupBy=year&amp;from=1960&amp;to=1989");
  });

  it("follows the view: constant dollars, the share mode, chart 4's comparison and the theme", async () => {
    expect(await (await get("aid-by-period.svg", "dollars=constant&base=2000")).text()).toContain("constant 2000 US dollars (CPI-U)");
    expect(await (await get("military-share.svg", "share=absolute")).text()).toContain("in dollars");
    expect(await (await get("seed-vs-greenbook.svg", "compare=dollars")).text()).toContain('data-mode="absolute"');
    const light = await (await get("relations-band.svg")).text();
    const dark = await (await get("relations-band.svg", "theme=dark")).text();
    expect(light).toContain('fill="#ffffff"');
    expect(dark).toContain('fill="#121417"');
    expect(dark).not.toContain('fill="#ffffff" data-frame');
  });

  it("the plot frame is the chart alone, at the width asked for, for the page's first paint", async () => {
    const svg = await (await get("aid-by-period.svg", "frame=plot&width=360")).text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 360 300" width="360" height="300"/);
    expect(svg).not.toContain('data-frame="title"');
  });

  it("a fixed height gives exactly that size, dropping notes that do not fit and saying so", async () => {
    const svg = await (await get("seed-vs-greenbook.svg", "width=960&height=540")).text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="960" height="540" viewBox="0 0 960 540"/);
    expect(svg).toMatch(/\d+ more notes? at the link below/);
  });
});

describe("chart files: PNG", () => {
  it("is a PNG of exactly width x scale by height x scale pixels, drawn in the shipped font", async () => {
    const slide = Buffer.from(await (await get("aid-by-period.png", "width=960&height=540&scale=2")).arrayBuffer());
    expect(pngSize(slide)).toEqual({ width: 1920, height: 1080 });
    const square = await get("relations-band.png", "width=1200&height=1200");
    expect(square.headers.get("content-type")).toBe("image/png");
    expect(pngSize(Buffer.from(await square.arrayBuffer()))).toEqual({ width: 1200, height: 1200 });
  });

  it("is served from the cache the second time", async () => {
    const before = chartFileCaches.png.size.entries;
    const a = await get("military-share.png", "from=1960&to=1969");
    const afterFirst = chartFileCaches.png.size.entries;
    const b = await get("military-share.png", "from=1960&to=1969");
    expect(afterFirst).toBe(before + 1);
    expect(chartFileCaches.png.size.entries).toBe(afterFirst);
    expect(b.headers.get("etag")).toBe(a.headers.get("etag"));
  });
});

describe("chart files: requests", () => {
  it("answers 400 naming the parameter and the allowed values", async () => {
    await expect400(await get("aid-by-period.svg", "groupBy=week"), "groupBy", /"year", "decade"/);
    await expect400(await get("aid-by-period.svg", "width=99999"), "width", /from 280 to 4000/);
    await expect400(await get("aid-by-period.svg", "scale=2"), "scale", /unknown parameter; allowed parameters are/);
    await expect400(await get("aid-by-period.png", "width=3000&scale=2"), "width", /6000 pixels; at most 4000/);
    await expect400(await get("aid-by-period.png", "height=2500&scale=2"), "height", /at most 4000/);
    await expect400(await get("relations-band.svg", "theme=blue"), "theme", /"light", "dark"/);
    await expect400(await get("relations-band.svg", "from=2000&to=1990"), "from", /after to/);
    await expect400(await get("relations-band.svg", "theme=dark&theme=light"), "theme", /given 2 times/);
    await expect400(await get("relations-band.svg", "base=2000"), "base", /only with dollars="constant"/);
  });

  it("an unknown chart is a JSON 404 that lists the chart files", async () => {
    const res = await get("pie.svg");
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toMatch(/\/charts\/aid-by-period\.svg, \/charts\/aid-by-period\.png/);
    expect((await get("aid-by-period.gif")).status).toBe(404);
  });

  it("carries validators a CDN can use, answers 304, and names the file on download", async () => {
    const res = await get("aid-by-period.svg", "groupBy=year&download=1");
    expect(res.headers.get("cache-control")).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="us-cambodia-aid-by-period-year-fy1955-2024-nominal-usd.svg"');
    const etag = res.headers.get("etag")!;
    const again = await get("aid-by-period.svg", "groupBy=year&download=1", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect((await get("aid-by-period.svg")).headers.get("content-disposition")).toMatch(/^inline; filename=/);
  });

  it("names files from the chart and the view", () => {
    const v = parseView(new URLSearchParams("dollars=constant&base=2020")).view;
    expect(chartFileName("aid-by-period", v)).toBe("us-cambodia-aid-by-period-decade-fy1955-2024-constant-2020-usd");
    expect(chartFileName("seed-vs-greenbook", DEFAULT_VIEW)).toBe("us-cambodia-seed-vs-greenbook-difference");
    expect(chartFileName("relations-band", { ...DEFAULT_VIEW, groupBy: "year", from: 1960, to: 1979 })).toBe("us-cambodia-relations-band-year-fy1960-1979");
  });
});

describe("bounded cache and render limiter", () => {
  it("keeps at most its entries and bytes, evicting the least recently used", () => {
    const c = new BoundedCache<string>(3, 10, (s) => s.length);
    c.set("a", "1234");
    c.set("b", "1234");
    c.get("a"); // a is now the most recent
    c.set("c", "1234"); // 12 bytes > 10: b goes
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBe("1234");
    expect(c.size).toEqual({ entries: 2, bytes: 8 });
    c.set("big", "x".repeat(11)); // larger than the whole cache: not kept
    expect(c.get("big")).toBeUndefined();
    for (let i = 0; i < 100; i++) c.set(`k${i}`, "1");
    expect(c.size.entries).toBe(3);
  });

  it("runs at most `limit` tasks at once and refuses beyond the queue", async () => {
    const lim = new TaskLimiter(2, 3);
    let running = 0;
    let peak = 0;
    const task = async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 10));
      running -= 1;
      return 1;
    };
    const results = await Promise.all(Array.from({ length: 6 }, () => lim.run(task)));
    expect(peak).toBe(2);
    expect(results.filter((r) => r.ok)).toHaveLength(5); // 2 running + 3 queued
    expect(results.filter((r) => !r.ok)).toHaveLength(1);
  });
});

describe("chart files: the route", () => {
  it("answers GET through the route module and 405 with Allow for other methods", async () => {
    const route = await import("@/app/charts/[file]/route");
    const res = await route.GET(new Request("http://localhost/charts/military-share.svg?share=absolute"), { params: Promise.resolve({ file: "military-share.svg" }) });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("http://localhost/?share=absolute");
    const post = route.POST();
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("chart tables: /charts/<slug>.csv and .json, the one table of the numbers drawn", () => {
  it("serve for every chart the same rows as the chart's definition, under the chart file's name", async () => {
    const { drawnFromDataset } = await import("@/lib/export/drawn/from-dataset");
    const { drawnCsv } = await import("@/lib/export/drawn-csv");
    const { view } = parseView(new URLSearchParams("groupBy=year&from=1970&to=1975&dollars=constant&base=2020"));
    const qs = "groupBy=year&from=1970&to=1975&dollars=constant&base=2020";
    for (const slug of CHART_SLUGS) {
      const csv = await get(`${slug}.csv`, qs);
      expect(csv.status, slug).toBe(200);
      expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="${chartFileName(slug, view)}.csv"`);
      expect(await csv.text()).toBe(drawnCsv(drawnFromDataset(realDataset(), slug, view)));
      const json = await get(`${slug}.json`, qs);
      expect(json.status).toBe(200);
      const body = (await json.json()) as { chart: string; table: { header: string[]; rows: unknown[][] } };
      expect(body.chart).toBe(slug);
      expect(body.table.rows.length).toBeGreaterThan(0);
    }
    // chart 1 by year, FY1970-1975: one row per fiscal year
    const aid = (await (await get("aid-by-period.json", qs)).json()) as { categories: string[] };
    expect(aid.categories.map((c) => c.replace(/\*$/, ""))).toEqual(["FY1970", "FY1971", "FY1972", "FY1973", "FY1974", "FY1975"]);
  });

  it("answer a bad view setting with a 400 naming it, and a setting of image files only as well", async () => {
    await expect400(await get("aid-by-period.csv", "groupBy=century"), "groupBy", /decade/);
    await expect400(await get("relations-band.json", "width=500"), "width", /./);
    const etag = (await get("military-share.csv")).headers.get("etag")!;
    expect((await get("military-share.csv", "", { "if-none-match": etag })).status).toBe(304);
  });
});

describe("chart files carry what a reader needs wherever they are shown", () => {
  it("every chart's file, in every frame, sets the font stack on its root (chart 4 once fell back to a serif)", async () => {
    for (const slug of CHART_SLUGS)
      for (const frame of ["full", "plot", "legend"]) {
        const svg = await (await get(`${slug}.svg`, `frame=${frame}`)).text();
        expect(/^<svg [^>]*font-family="Inter, /.test(svg), `${slug} ${frame}`).toBe(true);
      }
  });

  it("the embed's frame draws the colour key the plot frame leaves to the page", async () => {
    const plot = await (await get("aid-by-period.svg", "frame=plot")).text();
    const legend = await (await get("aid-by-period.svg", "frame=legend")).text();
    // the key names each part drawn: Economic and Military swatches and words
    expect(plot).not.toContain(">Economic<");
    expect(legend).toContain(">Economic<");
    expect(legend).toContain(">Military<");
    expect(legend).not.toContain("How much:"); // the title stays HTML, beside the file
  });
});
