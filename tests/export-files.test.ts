// Exports other than PowerPoint, in Node: one name for every file, the CSV of the numbers drawn (the browser's path
// through the API and the server's path through the data set give the same file; per-year figures keep their
// divisor; formula-like cells are neutralised), the PNG presets' sizes, the citation and the embed snippet.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHART_SLUGS } from "@/lib/charts/registry";
import { buildDataset } from "@/lib/data/dataset";
import { citeChart, dataVersion } from "@/lib/export/cite";
import { exportLoader } from "@/lib/export/drawn";
import { drawnFromDataset } from "@/lib/export/drawn/from-dataset";
import { drawnCsv } from "@/lib/export/drawn-csv";
import { embedHref, embedSnippet } from "@/lib/export/embed";
import { exportFileName } from "@/lib/export/file-name";
import { presetParams } from "@/lib/export/preset-params";
import { PNG_PRESETS, presetVariant } from "@/lib/export/presets";
import { DEFAULT_VIEW, type ViewState } from "@/lib/view";
import { endpointFetch, TEST_ORIGIN } from "./export-fetch";
import { DATA_DIR, realDataset, realTexts } from "./helpers";

const view = (v: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, ...v });

function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split("\r\n")
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, "").replace(/""/g, '"')));
}

describe("file names: one function for every format", () => {
  it("names each file from the chart and the view", () => {
    expect(exportFileName("aid-by-period", view({ dollars: "constant", base: 2020 }), "png")).toBe("us-cambodia-aid-by-period-decade-fy1955-2024-constant-2020-usd.png");
    expect(exportFileName("aid-by-period", view({ dollars: "constant", base: 2020 }), "png", "1920x1080")).toBe(
      "us-cambodia-aid-by-period-decade-fy1955-2024-constant-2020-usd-1920x1080.png",
    );
    expect(exportFileName("military-share", view({ groupBy: "year", from: 1990, to: 2000, share: "absolute" }), "csv")).toBe(
      "us-cambodia-military-share-year-fy1990-2000-nominal-usd-amounts.csv",
    );
    expect(exportFileName("relations-band", view({ from: 1960 }), "svg")).toBe("us-cambodia-relations-band-decade-fy1960-2024.svg");
    expect(exportFileName("seed-vs-greenbook", view({ compare: "dollars" }), "pptx")).toBe("us-cambodia-seed-vs-greenbook-dollars.pptx");
    expect(exportFileName("all-charts", view({ measure: "per-year" }), "pptx")).toBe("us-cambodia-all-charts-decade-fy1955-2024-nominal-usd-per-year.pptx");
  });

  it("gives each PNG preset its own pixel size and, for a slide or square, its smallest text (2% of 1,080 is 22 px), and the screen size twice the chart's width", () => {
    const sizes = PNG_PRESETS.map((p) => [presetVariant(p), presetParams(p, 1086)]);
    expect(sizes).toEqual([
      ["2x", { width: 1086, scale: 2 }],
      ["1920x1080", { width: 1920, height: 1080, minText: 22 }],
      ["1600x1200", { width: 1600, height: 1200, minText: 24 }],
      ["1200x1200", { width: 1200, height: 1200, minText: 24 }],
    ]);
    // at most 4000 px a side: a very wide screen is capped, a phone is laid out at the narrowest chart width
    expect(presetParams(PNG_PRESETS[0], 2500)).toEqual({ width: 2000, scale: 2 });
    expect(presetParams(PNG_PRESETS[0], 200)).toEqual({ width: 280, scale: 2 });
  });
});

describe("CSV of the numbers drawn", () => {
  const views = [view(), view({ groupBy: "year", dollars: "constant", base: 2000 }), view({ series: "seed" }), view({ split: "programme", measure: "per-year", from: 1990 }), view({ share: "absolute", compare: "dollars" })];

  it("is the same file whether the browser builds it from the API or the server from the data set", async () => {
    const { fetch } = endpointFetch();
    const loader = exportLoader({ origin: TEST_ORIGIN, fetch });
    for (const v of views)
      for (const chart of CHART_SLUGS) expect(drawnCsv(await loader.chart(chart, v)), `${chart} ${JSON.stringify(v)}`).toBe(drawnCsv(drawnFromDataset(realDataset(), chart, v)));
  });

  it("divides per-year figures by the years with known values and says so: the 1960s and 1980s, hand-computed from the data file", () => {
    const rows: { fiscalYear: number; status: string; economic: number | null; military: number | null }[] = JSON.parse(readFileSync(path.join(DATA_DIR, "annual-aid.json"), "utf8")).rows;
    // the 1960s: FY1960-64 with records, FY1965-69 known to be $0: all 10 years are known
    const sixties = rows.filter((r) => r.fiscalYear >= 1960 && r.fiscalYear <= 1969 && r.status !== "no-data");
    expect(sixties.map((r) => [r.fiscalYear, r.status === "known-zero"])).toEqual([[1960, false], [1961, false], [1962, false], [1963, false], [1964, false], [1965, true], [1966, true], [1967, true], [1968, true], [1969, true]]);
    const economic = sixties.reduce((a, r) => a + (r.economic ?? 0), 0) / 10;
    const [head, ...body] = parseCsv(drawnCsv(drawnFromDataset(realDataset(), "aid-by-period", view({ measure: "per-year" }))));
    const row = Object.fromEntries(head.map((h, i) => [h, body.find((b) => b[0].startsWith("1960s"))![i]]));
    expect(row.divisor_years).toBe("10");
    expect(row.coverage).toBe("all 10 years (5 at $0)");
    expect(row.status).toBe("complete");
    expect(row.units).toBe("USD per year");
    expect(row.measure).toBe("per-year");
    expect(Number(row.economic_usd)).toBeCloseTo(economic, 0);
    expect(row.divisor).toBe("per year, over the 10 of 10 years with known values (5 known to be $0)");
    // the 1980s: FY1989 is no data, so the default divides by the 9 years with records
    const eighties = rows.filter((r) => r.fiscalYear >= 1980 && r.fiscalYear <= 1989 && r.status !== "no-data");
    expect(eighties.map((r) => r.fiscalYear)).toEqual([1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988]);
    const eco80 = eighties.reduce((a, r) => a + (r.economic ?? 0), 0);
    const row80 = Object.fromEntries(head.map((h, i) => [h, body.find((b) => b[0].startsWith("1980s"))![i]]));
    expect([row80.divisor_years, row80.coverage, row80.status, row80.divisor]).toEqual(["9", "9 of 10 years", "partial", "per year, over the 9 of 10 years with records"]);
    expect(Number(row80.economic_usd)).toBeCloseTo(eco80 / 9, 0);
    // over every year of the decade instead: the file divides by 10 and says so
    const [h10, ...every] = parseCsv(drawnCsv(drawnFromDataset(realDataset(), "aid-by-period", view({ measure: "per-year", averageOver: "every-year" }))));
    const row10 = Object.fromEntries(h10.map((h, i) => [h, every.find((b) => b[0].startsWith("1980s"))![i]]));
    expect(row10.divisor_years).toBe("10");
    expect(row10.divisor).toBe("per year, over all 10 years of the period (the 1 without records counted as no aid)");
    expect(Number(row10.economic_usd)).toBeCloseTo(eco80 / 10, 0);
    // a year without records stays empty, never zero; a year known to be $0 is 0 and says so
    const [h2, ...years] = parseCsv(drawnCsv(drawnFromDataset(realDataset(), "aid-by-period", view({ groupBy: "year" }))));
    const fy = (label: string) => Object.fromEntries(h2.map((h, i) => [h, years.find((y) => y[0] === label)![i]]));
    expect([fy("FY1989").status, fy("FY1989").economic_usd, fy("FY1989").military_usd, fy("FY1989").total_usd]).toEqual(["no data", "", "", ""]);
    expect([fy("FY1966").status, fy("FY1966").total_usd, fy("FY1966").coverage]).toEqual(["known zero", "0", "1 year, $0"]);
  });

  it("carries the seed's precision marks and neutralises formula-like text", () => {
    const [head, ...body] = parseCsv(drawnCsv(drawnFromDataset(realDataset(), "aid-by-period", view({ series: "seed" }))));
    const figure = head.indexOf("figure");
    expect(body.map((r) => r[figure]).filter(Boolean)).toEqual(expect.arrayContaining(['lower bound ("over")', 'approximate figure ("about")', "earmarked, not obligated"]));
    const texts = realTexts();
    const relations = JSON.parse(texts.relations!);
    relations.segments[0].label = '=HYPERLINK("http://evil.example","click")';
    texts.relations = JSON.stringify(relations);
    const csv = drawnCsv(drawnFromDataset(buildDataset(texts, "fixtures"), "relations-band", view()));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe("citation and embed", () => {
  const accessed = new Date("2026-12-01T21:00:00Z");
  const link = `${TEST_ORIGIN}/?dollars=constant&base=2020`;

  it("cites title, publisher, data version, access date and link, in plain text and BibTeX", () => {
    const ds = realDataset();
    const version = dataVersion(ds.sources, ds.relations.coverageEnd);
    expect(version).toBe(
      "U.S. Agency for International Development U.S. Overseas Loans and Grants (Greenbook): Obligations and Loan Authorizations, FY1946-2020, FY1946-2020 edition; " +
        ds.sources.filter((s) => s.kind === "primary-data").slice(1).map((s) => `${s.publisher} ${s.title}${s.edition ? `, ${s.edition}` : ""}`).join("; ") +
        "; relations sourced to 3 February 2026",
    );
    const c = citeChart({ chart: "aid-by-period", view: view({ dollars: "constant", base: 2020 }), link, version: "V1", accessed });
    expect(c.text).toBe(`US aid to Cambodia: aid and relations dashboard. "US aid to Cambodia by decade, FY1955-2024, constant 2020 dollars." Data version: V1. ${link} (accessed 1 December 2026).`);
    expect(c.bibtex.split("\n")).toEqual([
      "@misc{us-cambodia-aid-aid-by-period-20261201,",
      "  title = {{US aid to Cambodia by decade, FY1955-2024, constant 2020 dollars}},",
      "  author = {{US aid to Cambodia: aid and relations dashboard}},",
      "  publisher = {US aid to Cambodia: aid and relations dashboard},",
      "  year = {2026},",
      `  howpublished = {\\url{${link}}},`,
      `  url = {${link}},`,
      "  urldate = {2026-12-01},",
      "  note = {Data version: V1. Accessed 1 December 2026},",
      "}",
    ]);
    // BibTeX's special characters in a version are escaped
    expect(citeChart({ chart: "relations-band", view: view(), link, version: "50% & {more}", accessed }).bibtex).toContain("note = {Data version: 50\\% \\& more.");
  });

  it("embeds /embed/<chart> with the view's query in an iframe snippet", () => {
    expect(embedHref("relations-band", view({ from: 1960, to: 1980 }))).toBe("/embed/relations-band?from=1960&to=1980");
    expect(embedSnippet(TEST_ORIGIN, "aid-by-period", view({ groupBy: "year", measure: "per-year" }))).toBe(
      `<iframe src="${TEST_ORIGIN}/embed/aid-by-period?groupBy=year&amp;measure=per-year" title="US aid to Cambodia by fiscal year, FY1955-2024, current dollars, per year" width="960" height="760" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
  });
});
