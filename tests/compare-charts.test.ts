// Charts 5 (Cambodia among its neighbours) and 6 (Cambodia's financiers): the numbers each draws against sums worked
// by hand from data/, the table behind its CSV read back with a CSV parser, the clustered-bar renderer read by
// rsvg-convert (highlight, a negative bar below zero, no two labels over each other at 360 px), and the 400s of the
// chart files for settings that do not exist.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chartFileEndpoint } from "@/lib/api/chart-files";
import { clusteredHeight, renderClusteredBars, type ClusteredModel } from "@/lib/charts/clustered-bars";
import { drawnChart } from "@/lib/charts/definitions";
import { renderChartFile } from "@/lib/charts/files";
import { financiersSpec } from "@/lib/charts/financiers/chart";
import { neighboursSpec } from "@/lib/charts/neighbours/chart";
import { themeColor } from "@/lib/charts/palette";
import { chartFileName } from "@/lib/charts/registry";
import { textWidth } from "@/lib/charts/text";
import { drawnCsv } from "@/lib/export/drawn-csv";
import type { SvgNode } from "@/lib/svg/tree";
import { toSvgDocument } from "@/lib/svg/tree";
import { DEFAULT_VIEW, parseView, rewriteTarget, serializeView, viewFromSegment, viewSegment, type ViewState } from "@/lib/view";
import { parseCsv } from "./csv-read";
import { realDataset } from "./helpers";

const ds = realDataset();
const view = (over: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, ...over });
const series = (d: ReturnType<typeof drawnChart>, name: RegExp) => {
  const s = d.series.find((x) => name.test(x.name));
  expect(s, `${name} in ${d.series.map((x) => x.name).join("; ")}`).toBeDefined();
  return s!;
};

describe("chart 5: Cambodia among its neighbours", () => {
  const sixties = view({ from: 1960, to: 1969 });

  it("draws Laos FY1960-69 as the file's ten years summed, Cambodia first, bars side by side", () => {
    const d = drawnChart(ds, "neighbours", sixties);
    expect(d.layout.grouping).toBe("clustered");
    expect(d.categories).toEqual(["1960s"]);
    expect(d.series.map((s) => s.name)).toEqual([
      "Cambodia: obligations",
      "Laos: obligations",
      "Vietnam (South Vietnam to 1975): obligations",
      "Thailand: obligations",
    ]);
    // Laos FY1960-69 totals: 62,193,000 + 79,205,000 + 90,580,000 + 42,609,000 + 68,472,000 + 101,573,000 + 126,487,000
    //   + 140,832,000 + 149,405,000 + 147,939,000 = 1,009,295,000
    expect(series(d, /^Laos/).values).toEqual([1_009_295_000]);
    // Cambodia FY1960-64: 30,601,000 + 36,684,000 + 45,306,000 + 23,319,000 + 3,695,000 = 139,605,000; FY1965-69 are
    // the dashboard's known zeros ($0 with their reason), so the decade is 139,605,000
    expect(series(d, /^Cambodia/).values).toEqual([139_605_000]);
  });

  it("per person: Laos FY1960-69, each year's aid over that year's population, summed", () => {
    const d = drawnChart(ds, "neighbours", { ...sixties, nbMeasure: "per-person" });
    // 62,193,000/2,121,514 = 29.3154; 79,205,000/2,169,796 = 36.5034; 90,580,000/2,219,910 = 40.8035;
    // 42,609,000/2,271,061 = 18.7617; 68,472,000/2,322,826 = 29.4779; 101,573,000/2,376,200 = 42.7460;
    // 126,487,000/2,431,084 = 52.0291; 140,832,000/2,487,715 = 56.6110; 149,405,000/2,546,377 = 58.6736;
    // 147,939,000/2,606,959 = 56.7477; sum = 421.6692 -> $421.67 per person
    expect(series(d, /^Laos/).values).toEqual([421.67]);
    expect(d.layout.numberFormat).toBe('"$"#,##0.00');
    // the CSV: the comparison's own columns, read back with a parser, naming source, basis and divisor
    const rows = parseCsv(drawnCsv(d));
    const laos = rows.find((r) => r.country_id === "laos")!;
    expect(laos).toMatchObject({ period: "1960s", total: "421.67", units: "USD per person", measure: "per-person", population_series: "laos", years_with_data: "10" });
    expect(laos.source_ids.split(" ")).toEqual(expect.arrayContaining(["usaid-greenbook-2020-neighbours", "gapminder-population-v8"]));
    expect(rows.find((r) => r.country_id === "vietnam")!.population_series).toBe("south-vietnam");
  });

  it("share of GDP: Cambodia's 1960s have no World Bank GDP, a gap (null), never zero", () => {
    const d = drawnChart(ds, "neighbours", { ...sixties, nbMeasure: "gdp-share" });
    expect(series(d, /^Cambodia/).values).toEqual([null]);
    const kh = parseCsv(drawnCsv(d)).find((r) => r.country_id === "cambodia")!;
    expect(kh.status).toBe("not available");
    expect(kh.total).toBe("");
    expect(kh.reason).toMatch(/no share of GDP/);
  });

  it("Cambodia's share: its total over the four countries' in the decade", () => {
    const d = drawnChart(ds, "neighbours", { ...sixties, nbMeasure: "cambodia-share" });
    // 139,605,000 / (139,605,000 + 1,009,295,000 + 8,704,504,000 [Vietnam] + 970,962,000 [Thailand])
    //   = 139,605,000 / 10,824,366,000 = 0.0128973
    expect(d.series).toHaveLength(1);
    expect(d.series[0].values[0]).toBeCloseTo(0.0128973, 6);
  });

  it("follows the view's countries (Cambodia always) and says when the Greenbook's series ends", () => {
    const { view: v } = parseView(new URLSearchParams("countries=philippines&groupBy=span"));
    const spec = neighboursSpec(ds, v);
    expect(spec.model.series.map((s) => [s.id, s.highlight])).toEqual([["cambodia", true], ["philippines", false]]);
    expect(spec.model.categories).toEqual(["1955-2020"]);
    expect(spec.text.notes).toContain("The Greenbook's Southeast Asia series ends in FY2020.");
    expect(spec.text.sourceLine).toMatch(/USAID Greenbook \(public domain\)/);
    expect(chartFileName("neighbours", v)).toBe("us-cambodia-neighbours-span-philippines-total-nominal-usd");
  });
});

describe("chart 6: the United States among Cambodia's financiers", () => {
  it("draws ONE basis: every series a disbursement, China's loans disbursed in 2010-19 as a year's average", () => {
    const d = drawnChart(ds, "financiers", view());
    expect(d.series.length).toBe(12);
    for (const s of d.series) expect(s.name).toMatch(/(grants|loans) disbursed$/); // the basis in the instrument's own words
    // World Bank IDS, China, concessional + non-concessional inflows per year (each year rounded to 0.1):
    // 2010 223,708,069.4; 2011 258,254,865.4; 2012 708,882,306.3; 2013 390,397,261.6; 2014 464,985,455.2;
    // 2015 377,213,528.2; 2016 306,444,373.3; 2017 336,543,938.0; 2018 428,427,021.6; 2019 320,268,634.7
    // sum 3,815,125,453.7 over 10 years = 381,512,545.37 a year -> 381,512,545
    expect(d.categories).toEqual(["2000s", "2010s", "2020s (2020-2022)"]);
    expect(series(d, /^China: loans disbursed/).values[1]).toBe(381_512_545);
    const rows = parseCsv(drawnCsv(d));
    expect(new Set(rows.map((r) => r.basis))).toEqual(new Set(["disbursement"]));
    expect(rows.find((r) => r.series_id === "china-loans-disbursed" && r.period === "2010s")).toMatchObject({ amount_usd: "381512545", measure: "per-year", coverage: "all 10 years", source_ids: "world-bank-ids" });
  });

  it("by year: China's loans disbursed in 2012; commitments are AidData's alone", () => {
    const year = drawnChart(ds, "financiers", view({ fgroupBy: "year" }));
    // 2012: 245,177,306.3 concessional + 463,705,000 non-concessional = 708,882,306.3 -> 708,882,306
    expect(series(year, /^China: loans disbursed/).values[year.categories.indexOf("2012")]).toBe(708_882_306);
    const committed = financiersSpec(ds, view({ basis: "commitment" }));
    expect(committed.model.series.map((s) => s.id)).toEqual(["china-commitments"]);
    expect(committed.text.sourceLine).toMatch(/AidData \(ODC-By\)/);
    expect(committed.text.sourceLine).toMatch(/World Bank \(CC BY\)/);
  });
});

/** Every text's box in a rendered chart: x from its anchor and estimated width, y from its baseline and size. */
function textBoxes(node: SvgNode, out: { text: string; x0: number; x1: number; y0: number; y1: number }[] = [], dx = 0, dy = 0) {
  const t = /translate\(([-\d.]+)[ ,]([-\d.]+)\)/.exec(String(node.attrs?.transform ?? ""));
  const [ox, oy] = t ? [dx + Number(t[1]), dy + Number(t[2])] : [dx, dy];
  if (node.tag === "text") {
    const size = Number(node.attrs?.["font-size"] ?? 11);
    const lines = (node.children ?? []).map((c) => (typeof c === "string" ? c : (c.children ?? []).join("")));
    const w = Math.max(...lines.map((l) => textWidth(l, size)));
    const x = ox + Number(node.attrs?.x ?? 0), y = oy + Number(node.attrs?.y ?? 0);
    const anchor = node.attrs?.["text-anchor"] ?? "start";
    const x0 = anchor === "middle" ? x - w / 2 : anchor === "end" ? x - w : x;
    const middle = node.attrs?.["dominant-baseline"] === "middle";
    const top = middle ? y - size / 2 : y - size;
    out.push({ text: lines.join(" / "), x0, x1: x0 + w, y0: top, y1: top + size * 1.2 * lines.length });
  }
  for (const c of node.children ?? []) if (typeof c !== "string") textBoxes(c, out, ox, oy);
  return out;
}

function overlaps(boxes: ReturnType<typeof textBoxes>): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) out.push(`"${a.text}" over "${b.text}"`);
  }));
  return out;
}

describe("the clustered-bar renderer", () => {
  const model: ClusteredModel = {
    title: "Test",
    description: "A test",
    categories: ["1950s", "1960s", "1970s"],
    shortCategories: ["1950s", "1960s", "1970s"],
    unit: "usd",
    series: [
      { id: "cambodia", label: "Cambodia: obligations", colorVar: "--chart-military", highlight: true, values: [120e6, -40e6, 300e6] },
      { id: "laos", label: "Laos: obligations", colorVar: "--chart-p1", highlight: false, values: [null, 80e6, 200e6] },
    ],
  };

  it("is an SVG rsvg-convert reads; Cambodia outlined; a negative bar below the zero line, dashed; a gap marked", () => {
    const { node, height } = renderClusteredBars(model, { width: 360, height: null, color: themeColor("light"), idPrefix: "t", legend: true });
    expect(height).toBe(clusteredHeight(model, 360, true));
    const svg = toSvgDocument(node);
    const dir = mkdtempSync(path.join(tmpdir(), "clustered-"));
    writeFileSync(path.join(dir, "c.svg"), svg);
    const png = execFileSync("rsvg-convert", [path.join(dir, "c.svg")]);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    const bars = [...svg.matchAll(/<rect data-series="([a-z]+)"[^>]*>/g)].map((m) => m[0]);
    const cambodia = bars.filter((b) => b.includes('data-series="cambodia"'));
    expect(cambodia).toHaveLength(3);
    for (const b of cambodia) expect(b).toMatch(/data-highlight="true".*stroke="#1a1a1a"/);
    for (const b of bars.filter((x) => x.includes('data-series="laos"'))) expect(b).not.toContain("data-highlight");
    const zero = Number(/<line data-zero-line="true"[^>]* y1="([\d.]+)"/.exec(svg)![1]);
    const neg = bars.find((b) => b.includes('data-negative="true"'))!;
    expect(neg).toContain('data-value="-40000000"');
    expect(neg).toContain('stroke-dasharray="3 2"');
    expect(Number(/ y="([\d.]+)"/.exec(neg)![1])).toBeCloseTo(zero, 1);
    const pos = bars.find((b) => b.includes('data-value="120000000"'))!;
    expect(Number(/ y="([\d.]+)"/.exec(pos)![1]) + Number(/ height="([\d.]+)"/.exec(pos)![1])).toBeCloseTo(zero, 1);
    expect(bars.filter((b) => b.includes('data-nodata="true"'))).toHaveLength(1);
    expect(svg).toContain("net negative (dashed, below zero)");
    expect(svg).toContain("no data (not zero)");
  });

  it("prints no label over another at 360 px or 960 px, in the chart files of many views", () => {
    const views: Partial<ViewState>[] = [
      {},
      { groupBy: "year", countries: ["cambodia", "laos", "vietnam", "thailand", "myanmar", "malaysia", "indonesia", "philippines"] },
      { groupBy: "relations-phase", nbMeasure: "per-person" },
      { series: "seed", nbMeasure: "gdp-share" },
      { groupBy: "span", nbMeasure: "cambodia-share" },
    ];
    for (const w of [360, 960]) {
      for (const v of views) {
        const n = neighboursSpec(ds, view(v)).model;
        const body = renderClusteredBars(n, { width: w, height: null, idPrefix: "n", legend: true }).node;
        expect({ w, v, overlaps: overlaps(textBoxes(body)) }).toEqual({ w, v, overlaps: [] });
      }
      for (const fgroupBy of ["year", "decade", "relations-phase", "seed-period", "span"] as const)
        for (const basis of ["disbursement", "commitment", "obligation", "debt-service"] as const) {
          const f = financiersSpec(ds, view({ fgroupBy, basis })).model;
          const body = renderClusteredBars(f, { width: w, height: null, idPrefix: "f", legend: true }).node;
          expect({ w, fgroupBy, basis, overlaps: overlaps(textBoxes(body)) }).toEqual({ w, fgroupBy, basis, overlaps: [] });
        }
    }
    // the file in the dark theme takes its colours from the palette, never a CSS variable
    const dark = renderChartFile(ds, { chart: "neighbours", view: view(), theme: "dark", width: 360, height: null, frame: "full" }, "https://aid.example").svg;
    expect(dark).not.toContain("var(--");
    expect(dark).toContain('fill="#ffb37a"');
  });
});

describe("chart files of charts 5 and 6: 400 JSON naming the parameter and the allowed values", () => {
  const ORIGIN = "https://aid.example";
  const get = (name: string, qs: string) => chartFileEndpoint(ds, new Request(`${ORIGIN}/charts/${name}?${qs}`), name, ORIGIN);
  const issue = async (res: Response, param: string) => {
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { issues: { param: string; message: string }[] } };
    return body.error.issues.find((i) => i.param === param)?.message ?? JSON.stringify(body);
  };

  it("an unknown country, a repeated one, an unknown measure, basis or grouping", async () => {
    const all = /"cambodia", "laos", "vietnam", "thailand", "myanmar", "malaysia", "indonesia", "philippines"/;
    expect(await issue(await get("neighbours.svg", "countries=cambodia,atlantis"), "countries")).toMatch(new RegExp(`unknown value "atlantis"; allowed values are ${all.source}`));
    expect(await issue(await get("neighbours.csv", "countries=laos&countries=laos"), "countries")).toMatch(/"laos" is listed twice/);
    expect(await issue(await get("neighbours.png", "nbMeasure=per-capita"), "nbMeasure")).toMatch(/allowed values are "total", "per-year", "per-person", "gdp-share", "cambodia-share"/);
    expect(await issue(await get("financiers.json", "basis=all"), "basis")).toMatch(/unknown value "all"; allowed values are "disbursement", "commitment", "obligation", "debt-service"/);
    expect(await issue(await get("financiers.svg", "fgroupBy=month"), "fgroupBy")).toMatch(/allowed values are "year", "decade"/);
  });

  it("any valid view answers 200, with the view in the file's name", async () => {
    const res = await get("neighbours.csv", "countries=laos&countries=myanmar&nbMeasure=per-person");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("us-cambodia-neighbours-decade-laos-myanmar-per-person-nominal-usd.csv");
    const rows = parseCsv(await res.text());
    expect(new Set(rows.map((r) => r.country_id))).toEqual(new Set(["cambodia", "laos", "myanmar"]));
    const svg = await get("financiers.svg", "basis=debt-service&fgroupBy=year&theme=dark");
    expect(svg.status).toBe(200);
    expect(await svg.text()).toContain("debt service");
  });
});

describe("the view settings of charts 5 and 6 in the dashboard's URL", () => {
  it("reads countries comma-separated or repeated (as a form's boxes send them), Cambodia always first, one canonical order", () => {
    const { view: v, issues } = parseView(new URLSearchParams("countries=cambodia&countries=thailand&countries=laos,myanmar&basis=commitment"));
    expect(issues).toEqual([]);
    expect(v.countries).toEqual(["cambodia", "laos", "thailand", "myanmar"]);
    expect(serializeView(v)).toBe("countries=cambodia,laos,thailand,myanmar&basis=commitment");
    expect(viewFromSegment(viewSegment(v))?.view).toEqual(v);
    // the default countries in another order are the default view: one page in the cache
    expect(rewriteTarget(new URLSearchParams("countries=thailand,vietnam,laos"), "system")).toBe("/v/system/default");
    expect(rewriteTarget(new URLSearchParams("countries=cambodia"), "system")).toBe("/r/system/countries.cambodia");
  });

  it("drops an unreadable setting with its issue and keeps the rest", () => {
    const { view: v, issues } = parseView(new URLSearchParams("countries=atlantis&basis=debt-service"));
    expect(issues.map((i) => i.param)).toEqual(["countries"]);
    expect(v.countries).toEqual(DEFAULT_VIEW.countries);
    expect(v.basis).toBe("debt-service");
  });
});
