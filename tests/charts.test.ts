import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildAidChartModel } from "@/lib/charts/aid-charts";
import { buildShareChartModel } from "@/lib/charts/share-chart";
import { niceTicks, plotArea, timeScale } from "@/lib/charts/layout";
import { PALETTE } from "@/lib/charts/palette";
import { renderStackedBars, segmentGeometry, stackedPlot, wrapLabel } from "@/lib/charts/stacked-bars";
import { dayNumber } from "@/lib/util/dates";
import { toSvgDocument, toSvgString } from "@/lib/svg/tree";
import { getAidAnswer, type AidQuery } from "@/lib/aid/queries";
import { realDataset } from "./helpers";

const ds = realDataset();
const q = (over: Partial<AidQuery>): AidQuery => ({ series: "annual", groupBy: "decade", split: "kind", from: 1955, to: 2024, dollars: "nominal", baseYear: null, measure: "total", averageOver: "years-with-records", ...over });

describe("layout", () => {
  it("nice ticks", () => {
    // 1,179,747,000 / 5 = 235.9M -> step 250M; max = ceil(1179.7 / 250) x 250M = 1,250,000,000
    expect(niceTicks(1_179_747_000).max).toBe(1_250_000_000);
    expect(niceTicks(100).ticks).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it("the time scale puts each fiscal year's dates in its bar's band when bars are years", () => {
    const periods = Array.from({ length: 70 }, (_, i) => ({ from: 1955 + i, to: 1955 + i }));
    const plot = plotArea(960, 380);
    const x = timeScale(periods, plot);
    const band = plot.width / 70;
    // FY1965 (slot 10) runs 1964-07-01..1965-06-30: its first day is the slot's left edge
    expect(x(dayNumber("1964-07-01"))).toBeCloseTo(plot.left + 10 * band, 9);
    // FY1977 (slot 22) starts 1976-10-01; the July-September 1976 transition quarter sits on the boundary
    expect(x(dayNumber("1976-08-15"))).toBeCloseTo(plot.left + 22 * band, 9);
    expect(x(dayNumber("1976-10-01"))).toBeCloseTo(plot.left + 22 * band, 9);
  });
});

describe("chart 1 model and static face", () => {
  it("draws one bar per decade, with the 1960s partial and FY2021-24 as an unsplit part", () => {
    const { model, text } = buildAidChartModel(getAidAnswer(ds, q({})));
    expect(model.bars.map((b) => b.label)).toEqual(["1950s (FY1955-1959)", "1960s", "1970s", "1980s", "1990s", "2000s", "2010s", "2020s (FY2020-2024)"]);
    expect(model.bars[7].values).toMatchObject({ economic: 127_469_394, military: 532_076, unsplit: 384_196_241 });
    expect(model.keys.map((k) => k.key)).toEqual(["economic", "military", "unsplit"]);
    expect(text.subtitle).toContain("current US dollars");
    expect(text.sourceLine).toContain("U.S. Agency for International Development");
  });

  it("marks years with no records as no data, never as zero-height bars; known zeros read $0 and say why", () => {
    const { model } = buildAidChartModel(getAidAnswer(ds, q({ groupBy: "year", from: 1960, to: 1990 })));
    const svg = toSvgString(renderStackedBars(model, { width: 960, height: 380, idPrefix: "t" }));
    // FY1989: no records and no event that rules aid out
    expect(model.bars.filter((b) => b.placeholder === "no-data").map((b) => b.label)).toEqual(["FY1989"]);
    expect(svg.match(/data-placeholder="no-data"/g)).toHaveLength(1);
    expect(svg).not.toMatch(/data-bar="fy1989"[^>]*data-part/);
    // FY1966: relations severed, no aid could flow: a $0 bar whose tooltip gives the reason
    const fy1966 = model.bars.find((b) => b.label === "FY1966")!;
    expect(fy1966).toMatchObject({ placeholder: null, valueLabel: "$0", description: "$0: no US aid could flow (a known zero, not missing data)" });
    expect(fy1966.details.join(" ")).toContain("Relations were broken off from 3 May 1965 to 2 July 1969");
  });

  it("segment heights are value a year / axis max x plot height, and each bar stands over its decade on the band's time axis", () => {
    const view = getAidAnswer(ds, q({}));
    const { model } = buildAidChartModel(view);
    const geo = segmentGeometry(model, 960, 380);
    // the shared plot area with the stacked bars' taller top margin (two rows of annotations): 380 - 42 - 8 - 56 = 274
    const plot = stackedPlot(960, 380);
    expect(plot.height).toBe(274);
    const seventiesMilitary = geo.find((g) => g.barIndex === 2 && g.key === "military")!;
    // 1970s military = 1,179,747,000 over the decade's 10 fiscal years, drawn a year: 117,974,700; axis max is a nice
    // number above the tallest stack (the 1970s: 1,830,... / 10 = 183M a year, so $200M)
    expect(model.y.max).toBe(200_000_000);
    expect(seventiesMilitary.height).toBeCloseTo((117_974_700 / model.y.max) * plot.height, 6);
    expect(seventiesMilitary.value).toBe(1_179_747_000);
    // the time axis: 1 July 1954 (FY1955's first day) to 30 September 2024, linear in days over the plot's width.
    // The 1970s bar's room runs from 1 July 1969 to 30 September 1979 (FY1970-79, the 1976 transition quarter inside)
    const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
    const x = (iso: string) => plot.left + ((day(iso) - day("1954-07-01")) / (day("2024-10-01") - day("1954-07-01"))) * plot.width;
    const room = x("1979-10-01") - x("1969-07-01");
    expect(seventiesMilitary.x).toBeCloseTo(x("1969-07-01") + room * 0.1, 6);
    expect(seventiesMilitary.width).toBeCloseTo(room * 0.8, 6);
    const svg = toSvgDocument(renderStackedBars(model, { width: 960, height: 380, idPrefix: "t", legend: true }));
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/NaN|undefined/);
    // the 2020s bar holds both sources, so no boundary between bars is marked; by year, FY2021's bar gets the marker
    expect(svg).not.toContain("source changes");
    const yearly = buildAidChartModel(getAidAnswer(ds, q({ groupBy: "year" }))).model;
    expect(yearly.markers).toEqual([
      { beforeIndex: 2021 - 1955, label: "source changes: Greenbook | ForeignAssistance.gov", shorter: ["source change: Greenbook | FA.gov", "Greenbook | FA.gov"] },
    ]);
  });

  it("a per-year bar's own label says per year, so it cannot be quoted as the period's total", () => {
    // the 1960s: $139,605,000 over the 10 of 10 years with known values (FY1965-69 known to be $0) = $13,960,500 a year
    const perYear = buildAidChartModel(getAidAnswer(ds, q({ measure: "per-year" }))).model;
    expect(perYear.bars.find((b) => b.label === "1960s")!.valueLabel).toBe("$14M/yr");
    // the 1980s: $66,301,000 over the 9 of 10 years with records (FY1989 no data) = $7,366,778 a year, partial
    expect(perYear.bars.find((b) => b.label === "1980s")!.valueLabel).toBe("$7.4M/yr*");
    const total = buildAidChartModel(getAidAnswer(ds, q({}))).model;
    expect(total.bars.find((b) => b.label === "1960s")!.valueLabel).toBe("$139.6M");
    expect(total.bars.find((b) => b.label === "1980s")!.valueLabel).toBe("$66.3M*");
    const shares = buildShareChartModel(getAidAnswer(ds, q({ measure: "per-year" })), "absolute").model;
    expect(shares.bars.filter((b) => b.valueLabel).every((b) => /\/yr\*?$/.test(b.valueLabel!))).toBe(true);
  });

  it("outlines seed figures given as 'over' or 'about'", () => {
    const { model, text } = buildAidChartModel(getAidAnswer(ds, q({ series: "seed", groupBy: "seed-period" })));
    const over = model.bars.find((b) => b.label === "1993-2008 total")!;
    expect(over.emphasis).toBe("lower-bound");
    expect(over.valueLabel).toBe(">$500M");
    const svg = toSvgString(renderStackedBars(model, { width: 960, height: 380, idPrefix: "s" }));
    expect(svg).toMatch(/data-bar="seed-1993-2008-total"/);
    // the seed's ten figures are ten bars: never stacked or added together
    expect(model.bars).toHaveLength(10);
    expect(model.bars.every((b) => Object.values(b.values).filter((v) => v !== null).length === 1)).toBe(true);
    expect(text.summary).toBe("The seed's largest figure is 1970-1975 military: $1.18B.");
    expect(model.bars.map((b) => b.label)).toContain("FY2005 FMF");
  });
});

describe("category labels", () => {
  it("wrap to the bar's band, at most three lines", () => {
    expect(wrapLabel("1955-1963 economic", 70)).toEqual(["1955-1963", "economic"]);
    expect(wrapLabel("FY1974", 70)).toEqual(["FY1974"]);
    const long = wrapLabel("Recognition and early ties (Normal), 1955-1963 and more words here", 60);
    expect(long).toHaveLength(3);
    expect(long[2].endsWith("...")).toBe(true);
  });
});

describe("chart 2 model", () => {
  it("labels the highest military share among periods with at least $10M", () => {
    const { model, text } = buildShareChartModel(getAidAnswer(ds, q({})), "percent");
    // 1970s: 1,179,747,000 military of 1,831,751,000 = 64.4%
    expect(model.highlight).toMatchObject({ index: 2, text: "highest: 64% military (of periods with at least $10M)" });
    expect(text.summary).toContain("64% in 1970s, the highest of periods with at least $10M");
    expect(model.bars[2].values.military).toBeCloseTo((100 * 1_179_747_000) / 1_831_751_000, 9);
  });

  it("shows FY2021-2024 as no split available", () => {
    const { model } = buildShareChartModel(getAidAnswer(ds, q({ groupBy: "year", from: 2019, to: 2024 })), "percent");
    expect(model.bars.map((b) => b.placeholder)).toEqual([null, null, "no-split", "no-split", "no-split", "no-split"]);
  });
});

describe("palette", () => {
  it("lib/charts/palette.ts holds the same colours as app/globals.css", () => {
    const css = readFileSync(path.join(__dirname, "..", "app", "globals.css"), "utf8");
    for (const [name, light] of Object.entries(PALETTE.light)) {
      const dark = (PALETTE.dark as Record<string, string>)[name];
      expect(css, name).toContain(`${name}: light-dark(${light}, ${dark});`);
    }
  });
});
