// The numbers of charts 1 and 3: per-year averages say what they divide by (and can divide by every year of the
// period), and in every row of the API, the CSV and the table the parts add up to the total.
import { describe, expect, it } from "vitest";
import * as aid from "@/app/api/aid/route";
import { parseView, serializeView, viewFromSegment, viewSegment, DEFAULT_VIEW } from "@/lib/view";
import { viewSchema } from "@/lib/view/schema";
import type { AidViewRow as Row } from "@/lib/views";
import { renderChartFile } from "@/lib/charts/files";
import { chartFileName } from "@/lib/charts/registry";
import { buildShareChartModel } from "@/lib/charts/share-chart";
import { getAidView } from "@/lib/views";
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

  it("the 1960s: 5 of 10 years with records, by hand", async () => {
    // FY1960-64 totals: 30,601,000 + 36,684,000 + 45,306,000 + 23,319,000 + 3,695,000 = 139,605,000; FY1965-69 no records
    const withRecords = (await get("?measure=per-year&from=1960&to=1969").json()).rows[0] as Row;
    expect(withRecords.total).toBe(27_921_000); // / 5
    expect(withRecords.divisor).toEqual({ years: 5, over: "years-with-records", label: "per year, over the 5 of 10 years with records" });
    const everyYear = (await get("?measure=per-year&averageOver=every-year&from=1960&to=1969").json()).rows[0] as Row;
    expect(everyYear.total).toBe(13_960_500); // / 10
    expect(everyYear.divisor?.label).toBe("per year, over all 10 years of the period (the 5 without records counted as no aid)");
    const csv = parseCsv(await get("?measure=per-year&averageOver=every-year&from=1960&to=1969&format=csv").text());
    expect(csv[0]).toMatchObject({ total_usd: "13960500", divisor_years: "10", divisor: everyYear.divisor?.label });
    const res = get("?measure=per-year&averageOver=every-year&from=1960&to=1969&format=csv");
    expect(res.headers.get("content-disposition")).toContain("per-year-over-every-year.csv");
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
  const view = (over: Partial<Parameters<typeof getAidView>[1]>) =>
    getAidView(realDataset(), { series: "annual", groupBy: "decade", split: "kind", from: 1955, to: 2024, dollars: "nominal", baseYear: null, measure: "total", averageOver: "years-with-records", ...over });

  it("marks a share from partial years on its bar, and formats every number", () => {
    const { model } = buildShareChartModel(view({}), "percent");
    const twenties = model.bars.find((b) => b.id === "2020s")!;
    // FY2020 alone has the split: 532,076 / 128,001,470 = 0.4157%: "<1%", not "0%", and starred (1 of 5 years)
    expect(twenties.valueLabel).toBe("<1%*");
    expect(twenties.description).toContain("military 0.4% ($532,076 of $128M); share from the 1 of 5 years with an economic/military split");
    // the 1960s: 5 of 10 years with records
    expect(model.bars.find((b) => b.id === "1960s")!.valueLabel).toMatch(/\*$/);
    // the 1970s: no records after FY1975, so this share is starred too (the callout is drawn in place of the label)
    expect(model.bars.find((b) => b.id === "1970s")!.valueLabel).toBe("64%*");
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
