// The numbers of charts 1 and 3: per-year averages say what they divide by (and can divide by every year of the
// period), and in every row of the API, the CSV and the table the parts add up to the total.
import { describe, expect, it } from "vitest";
import * as aid from "@/app/api/aid/route";
import { parseView, serializeView, viewFromSegment, viewSegment, DEFAULT_VIEW } from "@/lib/view";
import { viewSchema } from "@/lib/view/schema";
import type { AidAnswerRow as Row } from "@/lib/aid/queries";
import { renderChartFile } from "@/lib/charts/files";
import { chartFileName } from "@/lib/charts/registry";
import { buildShareChartModel } from "@/lib/charts/share-chart";
import { getAidAnswer } from "@/lib/aid/queries";
import { parseCsv } from "./csv-read";
import { realDataset } from "./helpers";

const get = (qs: string) => aid.GET(new Request(`http://localhost/api/aid${qs}`));

const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

describe("the average-per-year divisor as a view setting", () => {
  it("is read from links, written only where it applies, and old links keep their meaning", () => {
    expect(DEFAULT_VIEW.averageOver).toBe("years-with-records");
    expect(viewSchema.parse({}).averageOver).toBe("years-with-records");
    const { view, issues } = parseView(new URLSearchParams("measure=per-year&averageOver=every-year"));
    expect(issues).toEqual([]);
    expect(serializeView(view)).toBe("measure=per-year&averageOver=every-year");
    expect(viewSegment(view)).toBe("measure.per-year~averageOver.every-year");
    expect(viewFromSegment("measure.per-year~averageOver.every-year")?.view.averageOver).toBe("every-year");
    // an old per-year link (before the setting existed) still divides by the years with records
    expect(parseView(new URLSearchParams("measure=per-year")).view.averageOver).toBe("years-with-records");
    // kept in the state while totals are shown, but not written into their links
    expect(serializeView({ ...view, measure: "total" })).toBe("");
  });

  it("a bad or inapplicable value names the parameter and the allowed values", () => {
    const bad = parseView(new URLSearchParams("measure=per-year&averageOver=all"));
    expect(bad.issues[0]).toMatchObject({ param: "averageOver" });
    expect(bad.issues[0].message).toContain('"years-with-records", "every-year"');
    expect(parseView(new URLSearchParams("averageOver=every-year")).issues[0].param).toBe("averageOver");
  });

  it("the API answers 400 JSON for it, never 500", async () => {
    for (const qs of ["?measure=per-year&averageOver=sometimes", "?averageOver=every-year", "?series=seed&measure=per-year&averageOver=every-year"]) {
      const res = get(qs);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.issues.map((i: { param: string }) => i.param)).toContain("averageOver");
    }
  });

  it("the 1960s: 10 of 10 years with known values (5 with records, 5 known to be $0), by hand", async () => {
    // FY1960-64 totals: 30,601,000 + 36,684,000 + 45,306,000 + 23,319,000 + 3,695,000 = 139,605,000; FY1965-69 have no
    // records but are known to be $0 (Cambodia ended US aid in November 1963; relations severed 1965-69), so the
    // default divides by all 10 years: 139,605,000 / 10 = 13,960,500 (it divided by 5 before: 27,921,000)
    const known = (await get("?measure=per-year&from=1960&to=1969").json()).rows[0] as Row;
    expect(known.total).toBe(13_960_500);
    expect(known.divisor).toEqual({ years: 10, over: "years-with-records", label: "per year, over the 10 of 10 years with known values (5 known to be $0)" });
    // every-year divides by the same 10: nothing is assumed, as no year lacks a known value
    const everyYear = (await get("?measure=per-year&averageOver=every-year&from=1960&to=1969").json()).rows[0] as Row;
    expect(everyYear.total).toBe(13_960_500);
    expect(everyYear.divisor?.label).toBe("per year, over all 10 years of the period");
    const res = get("?measure=per-year&averageOver=every-year&from=1960&to=1969&format=csv");
    expect(res.headers.get("content-disposition")).toContain("per-year-over-every-year.csv");
  });

  it("the 1960s per year in constant 2020 dollars: API, CSV and chart file, by hand", async () => {
    // constant 2020 = amount x CPI-U 2020 (258.811) / CPI-U of the year (data/cpi-u.json):
    //   FY1960 30,601,000 x 258.811 / 29.6 = 267,563,358.48  (economic 197,605,695.95 + military 69,957,662.53)
    //   FY1961 36,684,000 x 258.811 / 29.9 = 317,532,532.58  (economic 210,338,036.79 + military 107,194,495.79)
    //   FY1962 45,306,000 x 258.811 / 30.2 = 388,267,919.40  (economic 292,233,612.58 + military  96,034,306.82)
    //   FY1963 23,319,000 x 258.811 / 30.6 = 197,229,206.18  (economic 169,157,516.34 + military  28,071,689.84)
    //   FY1964  3,695,000 x 258.811 / 31.0 =  30,848,601.45  (economic  28,385,722.58 + military   2,462,878.87)
    //   FY1965-69: $0 each (known zeros)
    //   sum 1,201,441,618.09 / 10 years = 120,144,161.81 -> 120,144,162 a year (over 5 years it read 240,288,324)
    //   economic 897,720,584.24 / 10 = 89,772,058.42, military 303,721,033.85 / 10 = 30,372,103.38: rounded down they
    //   sum to 120,144,161, and the dollar left goes to the larger remainder (economic): 89,772,059 + 30,372,103
    const qs = "?measure=per-year&dollars=constant&base=2020&from=1960&to=1969";
    const row = (await get(qs).json()).rows[0] as Row;
    expect(row).toMatchObject({ total: 120_144_162, economic: 89_772_059, military: 30_372_103, unsplit: 0, baseYear: 2020 });
    expect(row.divisor?.label).toBe("per year, over the 10 of 10 years with known values (5 known to be $0)");
    expect(row.notes.join(" ")).toContain("FY1966-1969: $0, no records because no US aid could flow. Relations were broken off from 3 May 1965 to 2 July 1969");
    const csv = parseCsv(await get(`${qs}&format=csv`).text())[0];
    expect(csv).toMatchObject({
      status: "complete", total_usd: "120144162", economic_usd: "89772059", military_usd: "30372103", divisor_years: "10",
      years_with_data: "10", years_in_span: "10", known_zero_years: "1965 1966 1967 1968 1969",
      divisor: "per year, over the 10 of 10 years with known values (5 known to be $0)",
    });
    expect(csv.known_zero_event_ids.split(" ")).toEqual(expect.arrayContaining(["aid-ended-at-cambodia-request-1963", "relations-severed-1965"]));
    // the chart file draws the bar with its per-year label and states the divisor and the reason for the zeros
    const view = { ...DEFAULT_VIEW, measure: "per-year" as const, dollars: "constant" as const, base: 2020, from: 1960, to: 1969 };
    const { svg } = renderChartFile(realDataset(), { chart: "aid-by-period", view, theme: "light", width: 960, height: null, frame: "full" }, "http://x");
    // every text run of the file (tspans of wrapped lines included), joined with spaces
    const text = [...svg.matchAll(/>([^<>]+)</g)].map((m) => m[1]).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("$120.1M/yr");
    expect(text).not.toContain("$240.3M");
    expect(text).toContain("average per year over the years with known values");
    expect(text).toContain("FY1965: $0, no records because no US aid could flow.");
    expect(text).toContain("FY1966-1969: $0, no records because no US aid could flow.");
  });

  it("the 2020s example: economic + military + unsplit = total, per year", async () => {
    const body = await get("?measure=per-year").json();
    const twenties = (body.rows as Row[]).find((r) => r.period.id === "2020s")!;
    // 512,197,711 / 5 = 102,439,542; 127,469,394 / 5, 532,076 / 5 and 384,196,241 / 5, rounded to add up
    expect(twenties).toMatchObject({ economic: 25_493_879, military: 106_415, unsplit: 76_839_248, total: 102_439_542 });
    // the average over FY2020 alone (the one year with the split) is its own field, not a part
    expect(twenties.splitYearsAverage).toEqual({ economic: 127_469_394, military: 532_076, years: 1 });
    const csv = parseCsv(await get("?measure=per-year&format=csv").text()).find((r) => r.period_id === "2020s")!;
    expect(csv).toMatchObject({
      economic_usd: "25493879", military_usd: "106415", unsplit_usd: "76839248", total_usd: "102439542",
      economic_avg_over_split_years_usd: "127469394", military_avg_over_split_years_usd: "532076", split_years: "1",
    });
  });
});

describe("parts add up to the bar in every row of the API and the CSV", () => {
  const groupings = ["year", "decade", "seed-period", "relations-phase", "span"];
  const splits = ["kind", "programme", "form"];
  const bases = ["", "&dollars=constant&base=2020"];
  const measures = ["", "&measure=per-year", "&measure=per-year&averageOver=every-year"];
  for (const split of splits)
    it(`split by ${split}, every grouping, measure and dollar basis`, async () => {
      let checked = 0;
      for (const groupBy of groupings)
        for (const dollars of bases)
          for (const measure of measures) {
            const qs = `?groupBy=${groupBy}&split=${split}${dollars}${measure}`;
            const body = await get(qs).json();
            const csv = parseCsv(await get(`${qs}&format=csv`).text());
            expect(csv).toHaveLength(body.rows.length);
            (body.rows as Row[]).forEach((r, i) => {
              if (r.total === null) {
                expect(r.parts.every((p) => p.amount === null), qs).toBe(true);
                return;
              }
              expect(sum(r.parts.map((p) => p.amount)), `${qs} ${r.period.id} parts`).toBe(r.total);
              expect(sum([r.economic, r.military, r.unsplit]), `${qs} ${r.period.id} kinds`).toBe(r.total);
              const line = csv[i];
              expect(line.period_id).toBe(r.period.id);
              const num = (k: string) => (line[k] === "" ? 0 : Number(line[k]));
              expect(num("economic_usd") + num("military_usd") + num("unsplit_usd"), `${qs} csv kinds`).toBe(Number(line.total_usd));
              if (split !== "kind") {
                const partCols = Object.keys(line).filter((k) => k.startsWith("part_"));
                expect(partCols.reduce((a, k) => a + num(k), 0), `${qs} csv parts`).toBe(Number(line.total_usd));
              }
              expect(Number(line.total_usd)).toBe(r.total);
              checked++;
            });
          }
      expect(checked).toBeGreaterThan(100);
    });
});

describe("chart files of the divisor setting", () => {
  it("take it as a parameter, name it in the download and state the assumption in the file", () => {
    const view = { ...DEFAULT_VIEW, measure: "per-year" as const, averageOver: "every-year" as const };
    expect(chartFileName("aid-by-period", view)).toBe("us-cambodia-aid-by-period-decade-fy1955-2024-nominal-usd-per-year-over-every-year");
    expect(chartFileName("aid-by-period", { ...view, averageOver: "years-with-records" })).toBe("us-cambodia-aid-by-period-decade-fy1955-2024-nominal-usd-per-year");
    const { svg } = renderChartFile(realDataset(), { chart: "aid-by-period", view, theme: "light", width: 960, height: null, frame: "full" }, "http://x");
    expect(svg).toContain("Assumption: per-year averages divide by every year of the period");
    expect(svg).toContain("assumption: years without records count as no aid");
  });
});

describe("chart 3: military share", () => {
  const view = (over: Partial<Parameters<typeof getAidAnswer>[1]>) =>
    getAidAnswer(realDataset(), { series: "annual", groupBy: "decade", split: "kind", from: 1955, to: 2024, dollars: "nominal", baseYear: null, measure: "total", averageOver: "years-with-records", ...over });

  it("marks a share from partial years on its bar, and formats every number", () => {
    const { model } = buildShareChartModel(view({}), "percent");
    const twenties = model.bars.find((b) => b.id === "2020s")!;
    // FY2020 alone has the split: 532,076 / 128,001,470 = 0.4157%: "<1%", not "0%", and starred (1 of 5 years)
    expect(twenties.valueLabel).toBe("<1%*");
    expect(twenties.description).toContain("military 0.4% ($532,076 of $128M); share from the 1 of 5 years with an economic/military split");
    // the 1960s: every year known (FY1965-69 known to be $0), so the share is not starred:
    // military FY1960-64 35,205,000 / 139,605,000 = 25.2%
    expect(model.bars.find((b) => b.id === "1960s")!.valueLabel).toBe("25%");
    // the 1980s: FY1989 has no records, so this share rests on 9 of 10 years and is starred (0% military)
    expect(model.bars.find((b) => b.id === "1980s")!.valueLabel).toBe("0%*");
    // the 1970s: FY1976-79 are known zeros, so the share rests on every year (the callout is drawn in place of the label)
    expect(model.bars.find((b) => b.id === "1970s")!.valueLabel).toBe("64%");
    expect(model.formatValue((100 * 127_469_394) / 128_001_470)).toBe("99.6%");
    expect(twenties.details.join(" ")).not.toContain("Figure is");
    expect(twenties.details).toContain("Includes provisional FY2024.");
  });

  it("states the highest-share rule beside the callout, with shorter wordings for phones", () => {
    const { model } = buildShareChartModel(view({ dollars: "constant", baseYear: 2025 }), "percent");
    expect(model.highlight?.text).toBe("highest: 65% military (of periods with at least $10M in 2025 dollars)");
    expect(model.highlight?.shorter).toEqual(["highest: 65% military (≥ $10M)", "max 65% mil. (≥ $10M)"]);
  });

  it("names the years without a split only where the range has them", () => {
    expect(buildShareChartModel(view({}), "percent").text.subtitle).toBe("Share of each period's aid (100% stacked); FY2021-2024 have no split");
    const to2010 = buildShareChartModel(view({ to: 2010 }), "percent").text;
    expect(to2010.subtitle).toBe("Share of each period's aid (100% stacked)");
    expect((to2010.notes ?? []).join(" ")).not.toMatch(/no split|totals only/);
    expect(buildShareChartModel(view({ from: 2022, to: 2024, groupBy: "year" }), "percent").text.subtitle).toContain("FY2022-2024 have no split");
  });
});
