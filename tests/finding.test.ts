// The first screen's finding and the words the controls announce: checked against sums worked out by hand from
// data/annual-aid.json (Greenbook totals per fiscal year, current dollars).
import { describe, expect, it } from "vitest";
import { findingSentence, phaseAid } from "@/lib/finding";
import { DEFAULT_VIEW } from "@/lib/view";
import { viewAnnouncement } from "@/lib/view-summary";
import { realDataset } from "./helpers";

describe("the finding", () => {
  const ds = realDataset();

  it("names the total, the phase with the largest share and the worst phase, in the view's dollars", () => {
    // FY1970-1975: 8,603,000 + 277,231,000 + 248,255,000 + 263,216,000 + 653,097,000 + 381,349,000 = 1,831,751,000
    // of 4,701,278,801 over FY1955-2024 = 38.96%; FY1976-1991 (no mission) 66,485,425 over 11 years with records
    expect(findingSentence(ds, DEFAULT_VIEW)).toBe(
      "The US obligated $4.7B to Cambodia in FY1955-2024 (current dollars); 39% of it, $1.83B, came in the 6 years FY1970-1975 of full relations (Restored ties and the 1970-75 war), against $66.5M in the 16 years FY1976-1991 (11 with records) of no mission.",
    );
  });

  it("follows the view's range and dollars", () => {
    // FY1998-2006 (restricted) 406,885,113 of 926,571,064 over FY1990-2010 = 43.9%; FY1990-1991 (no mission) 184,425
    const ranged = findingSentence(ds, { ...DEFAULT_VIEW, from: 1990, to: 2010 })!;
    expect(ranged).toContain("The US obligated $926.6M to Cambodia in FY1990-2010 (current dollars); 44% of it, $406.9M, came in the 9 years FY1998-2006 of restricted");
    expect(ranged).toContain("against $184,425 in the 2 years FY1990-1991 of no mission");
    const constant = findingSentence(ds, { ...DEFAULT_VIEW, dollars: "constant", base: 2020 })!;
    expect(constant).toContain("(constant 2020 dollars)");
    // deflated to 2020, the war years weigh more: more than half of all aid
    expect(Number(/; (\d+)% of it/.exec(constant)![1])).toBeGreaterThan(50);
  });

  it("sums every phase to the range's total", () => {
    const rows = phaseAid(ds, DEFAULT_VIEW);
    const sum = rows.reduce((s, p) => s + (p.row.total ?? 0), 0);
    expect(sum).toBe(4_701_278_801);
    expect(rows.find((p) => p.row.period.from === 1966)?.statusWords).toBe("severed");
  });

  it("is null for a range without records", () => {
    // FY1966-1969: relations severed, no Greenbook records
    expect(findingSentence(ds, { ...DEFAULT_VIEW, from: 1966, to: 1969 })).toBeNull();
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
      "Showing by decade, economic and military, current dollars, per year over the years with records, FY1955-2024",
    );
    expect(viewAnnouncement({ ...DEFAULT_VIEW, measure: "per-year", averageOver: "every-year" })).toBe(
      "Showing by decade, economic and military, current dollars, per year over every year of each period, FY1955-2024",
    );
  });
});
