// The first screen's finding and the words the controls announce: checked against sums worked out by hand from
// data/annual-aid.json (Greenbook totals per fiscal year, current dollars).
import { describe, expect, it } from "vitest";
import { findingSentence, phaseAid } from "@/lib/aid/finding";
import { DEFAULT_VIEW } from "@/lib/view";
import { viewAnnouncement } from "@/lib/view/summary";
import { realDataset } from "./helpers";

describe("the finding", () => {
  const ds = realDataset();

  it("names the total, the phase with the largest share and the worst phase, in the view's dollars", () => {
    // FY1970-1975: 8,603,000 + 277,231,000 + 248,255,000 + 263,216,000 + 653,097,000 + 381,349,000 = 1,831,751,000
    // of 4,701,278,801 over FY1955-2024 = 38.96%; the worst status is "severed", FY1966-1969, known to be $0
    const sentence = findingSentence(ds, DEFAULT_VIEW)!;
    expect(sentence).toBe(
      "US aid to Cambodia, FY1955-2024: $4.7B (current dollars); 39% came in FY1970-1975 under full diplomatic relations, embassy open; $0 in FY1966-1969, relations severed.",
    );
    // at most 25 words, in every dollar basis and series
    expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(25);
    for (const v of [{ dollars: "constant" as const, base: 2020 }, { series: "seed" as const }, { from: 1990, to: 2010 }, { from: 1976, to: 1995 }])
      expect(findingSentence(ds, { ...DEFAULT_VIEW, ...v })!.split(/\s+/).length).toBeLessThanOrEqual(25);
  });

  it("follows the view's range and dollars", () => {
    // FY1998-2006 (restricted) 406,885,113 of 926,571,064 over FY1990-2010 = 43.9%; FY1990-1991 (no mission) 184,425
    const ranged = findingSentence(ds, { ...DEFAULT_VIEW, from: 1990, to: 2010 })!;
    expect(ranged).toBe("US aid to Cambodia, FY1990-2010: $926.6M (current dollars); 44% came in FY1998-2006 while US law restricted aid; $184,425 in FY1990-1991, no US presence.");
    const constant = findingSentence(ds, { ...DEFAULT_VIEW, dollars: "constant", base: 2020 })!;
    expect(constant).toContain("(constant 2020 dollars)");
    // deflated to 2020, the war years weigh more: more than half of all aid
    expect(Number(/; (\d+)% came/.exec(constant)![1])).toBeGreaterThan(50);
  });

  it("sums every phase to the range's total", () => {
    const rows = phaseAid(ds, DEFAULT_VIEW);
    const sum = rows.reduce((s, p) => s + (p.row.total ?? 0), 0);
    expect(sum).toBe(4_701_278_801);
    expect(rows.find((p) => p.row.period.from === 1966)?.statusWords).toBe("severed");
  });

  it("is null for a range without known values; says $0 where no aid could flow", () => {
    // FY1989: no Greenbook records and no event that rules aid out
    expect(findingSentence(ds, { ...DEFAULT_VIEW, from: 1989, to: 1989 })).toBeNull();
    // FY1966-1969: relations severed, no Greenbook records: known to be $0
    expect(findingSentence(ds, { ...DEFAULT_VIEW, from: 1966, to: 1969 })).toBe("US aid to Cambodia, FY1966-1969: $0 (current dollars): no US aid could flow, relations severed.");
  });
});

describe("view announcements", () => {
  it("say the view in words", () => {
    expect(viewAnnouncement({ ...DEFAULT_VIEW, groupBy: "year", dollars: "constant", base: 2020 })).toBe(
      "Showing by year, economic and military, constant 2020 dollars, totals, FY1955-2024",
    );
    expect(viewAnnouncement({ ...DEFAULT_VIEW, series: "seed", measure: "per-year" })).toBe("Showing the seed article's figures, current dollars, per year, FY1955-2024");
  });
  it("say which years a per-year average divides by", () => {
    expect(viewAnnouncement({ ...DEFAULT_VIEW, measure: "per-year" })).toBe(
      "Showing by decade, economic and military, current dollars, per year over the years with known values, FY1955-2024",
    );
    expect(viewAnnouncement({ ...DEFAULT_VIEW, measure: "per-year", averageOver: "every-year" })).toBe(
      "Showing by decade, economic and military, current dollars, per year over every year of each period, FY1955-2024",
    );
  });
});
