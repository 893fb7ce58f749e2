import { describe, expect, it } from "vitest";
import { aggregateAnnual, roundPartsTo, seedRows } from "@/lib/aid/aggregate";
import { decadePeriods, periodsFor, relationsPhasePeriods, seedPeriods, yearPeriods } from "@/lib/aid/periods";
import { cpiTable, deflateSpanEvenly, deflateToBaseYear } from "@/lib/aid/cpi";
import { fiscalYearSpan, fiscalYearMidpoint } from "@/lib/aid/fiscal";
import { isoFromDayNumber } from "@/lib/util/dates";
import { getAidAnswer, getDisagreements } from "@/lib/aid/queries";
import { realDataset } from "./helpers";

const ds = realDataset();
const cpi = cpiTable(ds.cpi);
const nominal = { dollars: "nominal", baseYear: null, measure: "total", cpi } as const;

describe("fiscal years", () => {
  it("run July-June up to FY1976 and October-September from FY1977", () => {
    expect(fiscalYearSpan(1955)).toEqual({ start: "1954-07-01", end: "1955-06-30" });
    expect(fiscalYearSpan(1976)).toEqual({ start: "1975-07-01", end: "1976-06-30" });
    expect(fiscalYearSpan(1977)).toEqual({ start: "1976-10-01", end: "1977-09-30" });
    expect(isoFromDayNumber(fiscalYearMidpoint(1994))).toBe("1994-04-01");
  });
});

describe("grouping annual rows", () => {
  it("decades are clipped to the data and sum all years", () => {
    const [fifties, sixties] = aggregateAnnual(ds.annual.rows, decadePeriods(1955, 2024), nominal);
    // the series starts at FY1955, so the first decade says which years it covers
    expect(fifties.period).toMatchObject({ id: "1950s", label: "1950s (FY1955-1959)", from: 1955, to: 1959 });
    // a range that keeps one year of a decade names that year alone, not "FY1990-1990"
    expect(decadePeriods(1960, 1990).at(-1)).toMatchObject({ id: "1990s", label: "1990s (FY1990)", from: 1990, to: 1990 });
    // 38,000,000 + 74,768,000 + 63,033,000 + 33,770,000 + 27,887,000
    expect(fifties.total).toBe(237_458_000);
    // 38,000,000 + 47,400,000 + 34,501,000 + 28,301,000 + 24,800,000
    expect(fifties.economic).toBe(173_002_000);
    // 0 + 27,368,000 + 28,532,000 + 5,469,000 + 3,087,000
    expect(fifties.military).toBe(64_456_000);
    // FY1960-64 have records; FY1965-69 have none but are known to be $0 (aid ended at Cambodia's request in
    // November 1963, relations severed 1965-69): every year's value is known, so the group is complete
    expect(sixties.total).toBe(30_601_000 + 36_684_000 + 45_306_000 + 23_319_000 + 3_695_000);
    expect(sixties.coverage).toMatchObject({ yearsWithData: 10, yearsInSpan: 10, partial: false, label: "all 10 years (5 at $0)" });
    expect(sixties.coverage.missingYears).toEqual([]);
    expect(sixties.coverage.knownZeroYears).toEqual([1965, 1966, 1967, 1968, 1969]);
    // the 1980s: FY1989 has no records and no event that rules aid out, so it stays no data: a partial group
    const eighties = aggregateAnnual(ds.annual.rows, decadePeriods(1980, 1989), nominal)[0];
    // 38,292,000 + 14,121,000 + 3,782,000 + 2,127,000 + 3,318,000 + 780,000 + 1,551,000 + 489,000 + 1,841,000
    expect(eighties.total).toBe(66_301_000);
    expect(eighties.coverage).toMatchObject({ yearsWithData: 9, yearsInSpan: 10, partial: true, label: "9 of 10 years", missingYears: [1989], knownZeroYears: [] });
  });

  it("any span is one group", () => {
    const [span] = aggregateAnnual(ds.annual.rows, periodsFor("span", { annual: ds.annual.rows, figures: ds.seed.figures, relations: ds.relations }, 1955, 1963), nominal);
    // FY1955-63 totals: 38,000,000 + 74,768,000 + 63,033,000 + 33,770,000 + 27,887,000 + 30,601,000 + 36,684,000 + 45,306,000 + 23,319,000
    expect(span.total).toBe(373_368_000);
    expect(span.period.label).toBe("1955-1963");
  });

  it("per-year averages divide by the years whose value is known: records or a known $0", () => {
    const sixties = aggregateAnnual(ds.annual.rows, decadePeriods(1960, 1969), { ...nominal, measure: "per-year" })[0];
    // 139,605,000 / 10 years: 5 with records and 5 known to be $0 (not / 5, which gave 27,921,000)
    expect(sixties.total).toBe(13_960_500);
    const eighties = aggregateAnnual(ds.annual.rows, decadePeriods(1980, 1989), { ...nominal, measure: "per-year" })[0];
    // 66,301,000 / 9 = 7,366,777.8: FY1989 is no data, not a known zero, so it is not divided by
    expect(eighties.total).toBe(7_366_778);
  });

  it("per-year parts divide by the same years as the total and add up to it; the split-years average is its own field", () => {
    const [twenties] = aggregateAnnual(ds.annual.rows, decadePeriods(2020, 2024), { ...nominal, measure: "per-year" });
    // the 5 years with records: 127,469,394 / 5 = 25,493,878.8, 532,076 / 5 = 106,415.2, 384,196,241 / 5 = 76,839,248.2
    // rounded down (25,493,878 + 106,415 + 76,839,248 = 102,439,541), the one dollar left goes to the largest remainder
    expect({ economic: twenties.economic, military: twenties.military, unsplit: twenties.unsplit }).toEqual({ economic: 25_493_879, military: 106_415, unsplit: 76_839_248 });
    // total per year: 512,197,711 / 5 = 102,439,542.2
    expect(twenties.total).toBe(102_439_542);
    expect(25_493_879 + 106_415 + 76_839_248).toBe(102_439_542);
    // only FY2020 has the split: over that 1 year, economic 127,469,394 and military 532,076 a year
    expect(twenties.splitYearsAverage).toEqual({ economic: 127_469_394, military: 532_076, years: 1 });
    expect(twenties.divisor).toEqual({ years: 5, over: "years-with-records", label: "per year, over all 5 years, each with records" });
  });

  it("per-year averages state their divisor, and can divide by every year of the period instead", () => {
    const perYear = { ...nominal, measure: "per-year" } as const;
    const [withRecords] = aggregateAnnual(ds.annual.rows, decadePeriods(1960, 1969), perYear);
    // FY1960-64 have records (139,605,000 in all), FY1965-69 are known to be $0
    expect(withRecords.divisor).toEqual({ years: 10, over: "years-with-records", label: "per year, over the 10 of 10 years with known values (5 known to be $0)" });
    expect(withRecords.total).toBe(13_960_500);
    // the 1980s: FY1980-88 have records (66,301,000), FY1989 is no data
    const [eighties] = aggregateAnnual(ds.annual.rows, decadePeriods(1980, 1989), perYear);
    expect(eighties.divisor).toEqual({ years: 9, over: "years-with-records", label: "per year, over the 9 of 10 years with records" });
    const [everyYear] = aggregateAnnual(ds.annual.rows, decadePeriods(1980, 1989), { ...perYear, averageOver: "every-year" });
    // 66,301,000 / 10 = 6,630,100: the year without records counts as no aid
    expect(everyYear.total).toBe(6_630_100);
    expect(everyYear.divisor).toEqual({ years: 10, over: "every-year", label: "per year, over all 10 years of the period (the 1 without records counted as no aid)" });
    // the parts still add up
    expect((everyYear.economic ?? 0) + (everyYear.military ?? 0) + (everyYear.unsplit ?? 0)).toBe(6_630_100);
    expect(everyYear.notes.join(" ")).toContain("assumed to be no aid");
    // a period with no records at all stays no data under either divisor
    const [fy1989] = aggregateAnnual(ds.annual.rows, yearPeriods(1989, 1989), { ...perYear, averageOver: "every-year" });
    expect(fy1989).toMatchObject({ total: null, economic: null, military: null, divisor: null });
    // a year known to be $0 is $0 under either divisor, and says why
    const [fy1966] = aggregateAnnual(ds.annual.rows, yearPeriods(1966, 1966), { ...perYear, averageOver: "every-year" });
    expect(fy1966).toMatchObject({ total: 0, economic: 0, military: 0, divisor: { years: 1 } });
    // totals have no divisor
    expect(aggregateAnnual(ds.annual.rows, decadePeriods(1960, 1969), nominal)[0].divisor).toBeNull();
  });

  it("rounded parts add up exactly to the rounded total", () => {
    expect(roundPartsTo([1.4, 1.4, 1.2], 4)).toEqual([2, 1, 1]);
    expect(roundPartsTo([null, 2.5, 2.5], 5)).toEqual([null, 3, 2]);
    // floors -2 and 3 leave 1 dollar, which goes to 3.7 (remainder 0.7 beats 0.5)
    expect(roundPartsTo([-1.5, 3.7], 2)).toEqual([-2, 4]);
  });

  it("years with no record stay no data, not zero, unless a cited event rules aid out", () => {
    const [fy1989] = aggregateAnnual(ds.annual.rows, yearPeriods(1989, 1989), nominal);
    expect(fy1989).toMatchObject({ total: null, economic: null, military: null, unsplit: null, knownZeros: [] });
    expect(fy1989.coverage.label).toBe("no data");
    // FY1966: relations severed (3 May 1965 to 2 July 1969): $0, with the reason, its events and sources
    const [fy1966] = aggregateAnnual(ds.annual.rows, yearPeriods(1966, 1966), nominal);
    expect(fy1966).toMatchObject({ total: 0, economic: 0, military: 0, militaryShare: null });
    expect(fy1966.coverage.label).toBe("1 year, $0");
    expect(fy1966.knownZeros).toHaveLength(1);
    expect(fy1966.knownZeros[0]).toMatchObject({ from: 1966, to: 1966 });
    expect(fy1966.knownZeros[0].eventIds).toContain("relations-severed-1965");
    expect(fy1966.knownZeros[0].reason).toContain("broken off from 3 May 1965 to 2 July 1969");
    expect(fy1966.notes.join(" ")).toContain("FY1966: $0, no records because no US aid could flow.");
    expect(fy1966.sourceIds).toEqual(expect.arrayContaining(["state-oh-relations-guide", "frus-1961-63-v23-d140"]));
    // FY1976-79: no US presence under the Khmer Rouge; one run with one reason
    const [late70s] = aggregateAnnual(ds.annual.rows, periodsFor("span", { annual: ds.annual.rows, figures: ds.seed.figures, relations: ds.relations }, 1976, 1979), nominal);
    expect(late70s.knownZeros.map((z) => [z.from, z.to])).toEqual([[1976, 1979]]);
    expect(late70s.total).toBe(0);
  });

  it("the 2020s carry FY2021-24 as unsplit totals and flag FY2024 as provisional", () => {
    const twenties = aggregateAnnual(ds.annual.rows, decadePeriods(2020, 2024), nominal)[0];
    expect(twenties.economic).toBe(127_469_394);
    expect(twenties.military).toBe(532_076);
    // FY2021-24: 116,116,913 + 142,590,153 + 104,168,874 + 21,320,301
    expect(twenties.unsplit).toBe(384_196_241);
    expect(twenties.total).toBe(128_001_470 + 384_196_241);
    expect(twenties.precision).toBe("includes-provisional");
    expect(twenties.sourceIds.sort()).toEqual(["fa-gov-2022", "usaid-greenbook-2020"]);
    // share over the split year only: 532,076 / 128,001,470
    expect(twenties.militaryShare).toBeCloseTo(532_076 / 128_001_470, 10);
  });
});

describe("constant dollars", () => {
  it("multiply by CPI(base) / CPI(year)", () => {
    // FY1955 total 38,000,000 x 321.943 (2025) / 26.8 (1955) = 456,486,343.3
    expect(deflateToBaseYear(38_000_000, 1955, 2025, cpi)).toBeCloseTo((38_000_000 * 321.943) / 26.8, 4);
    const [fy1955] = aggregateAnnual(ds.annual.rows, yearPeriods(1955, 1955), { ...nominal, dollars: "constant", baseYear: 2025 });
    expect(fy1955.total).toBe(Math.round((38_000_000 * 321.943) / 26.8));
    expect(fy1955.total).toBe(456_486_343);
    expect(fy1955.baseYear).toBe(2025);
  });

  it("spread a span's amount evenly when a figure covers several years", () => {
    // 100 over 1955-1956 in 2025 dollars: 50 x 321.943/26.8 + 50 x 321.943/27.2
    expect(deflateSpanEvenly(100, 1955, 1956, 2025, cpi)).toBeCloseTo(50 * (321.943 / 26.8) + 50 * (321.943 / 27.2), 8);
  });
});

describe("seed periods and relations phases", () => {
  it("seed periods are the seed's own spans, in time order", () => {
    expect(seedPeriods(ds.seed.figures, 1955, 2024).map((p) => p.label)).toEqual([
      "1955-1963", "1970-1975", "1993-2008", "FY2004", "FY2005", "FY2006", "FY2007", "FY2010",
    ]);
  });

  it("annual rows grouped by a seed period give the Greenbook for the same years", () => {
    const [p5563] = aggregateAnnual(ds.annual.rows, seedPeriods(ds.seed.figures, 1955, 1963), nominal);
    // 38,000,000 + 47,400,000 + 34,501,000 + 28,301,000 + 24,800,000 + 22,600,000 + 24,300,000 + 34,100,000 + 20,000,000
    expect(p5563.economic).toBe(274_002_000);
  });

  it("seed rows show the seed's figures, not sums across periods", () => {
    const rows = seedRows(ds.seed.figures, seedPeriods(ds.seed.figures, 1955, 2024), "seed-globalsecurity", nominal);
    expect(rows[0]).toMatchObject({ economic: 409_600_000, military: 83_700_000, total: null, precision: "exact" });
    expect(rows.find((r) => r.period.label === "1993-2008")).toMatchObject({ total: 500_000_000, precision: "lower-bound" });
    expect(rows.find((r) => r.period.label === "FY2007")).toMatchObject({ military: 1_000_000, precision: "earmarked", programme: "FMF" });
    const perYear = seedRows(ds.seed.figures, seedPeriods(ds.seed.figures, 1970, 1975), "s", { ...nominal, measure: "per-year" });
    // 1,180,000,000 / 6 years
    expect(perYear[0].military).toBe(196_666_667);
  });

  it("fiscal years fall in the phase in force at their midpoint", () => {
    const phases = relationsPhasePeriods(ds.relations, 1955, 2024);
    const severed = phases.find((p) => p.status === "severed")!;
    expect([severed.from, severed.to]).toEqual([1966, 1969]);
    const noMission = phases.find((p) => p.status === "no-mission")!;
    expect([noMission.from, noMission.to]).toEqual([1976, 1991]);
    const severedRow = aggregateAnnual(ds.annual.rows, [severed], nominal)[0];
    // FY1966-69: no records, and no aid could flow while relations were severed: a known $0, not no data
    expect(severedRow.total).toBe(0);
    expect(severedRow.coverage.label).toBe("all 4 years, $0");
  });
});

describe("where sources disagree", () => {
  it("keeps the other ForeignAssistance.gov edition's totals and puts them in the notes", () => {
    const ds = realDataset();
    const d = getDisagreements(ds);
    expect(d.find((x) => x.fiscalYear === 2021)).toMatchObject({ shown: { sourceId: "fa-gov-2022", total: 116_116_913 }, other: { sourceId: "fa-gov-2020", total: 104_701_276 } });
    // the 2020 edition's FY2022 is its incomplete last year
    expect(d.find((x) => x.fiscalYear === 2022)!.other).toMatchObject({ total: 29_372_041, provisional: true });
    // differences of a few dollars (rounding) are not disagreements
    expect(d.some((x) => x.fiscalYear === 2001)).toBe(false);
    const view = getAidAnswer(ds, { series: "annual", groupBy: "year", split: "kind", from: 2021, to: 2021, dollars: "nominal", baseYear: null, measure: "total", averageOver: "years-with-records" });
    expect(view.rows[0].notes.join(" ")).toContain("gives $104,701,276 in current dollars, against $116,116,913 shown");
  });
});
