import { describe, expect, it } from "vitest";
import { getReconciliations } from "@/lib/aid/queries";
import { realDataset } from "./helpers";

const recs = getReconciliations(realDataset());
const rec = (id: string) => recs.find((r) => r.figure.id === id)!;

describe("seed figures against the Greenbook", () => {
  it("economic grant aid 1955-63: $409.6M against $274.0M, -33.1%", () => {
    const r = rec("economic-grants-1955-1963");
    expect(r.sameKind.greenbookAmount).toBe(274_002_000);
    // 274,002,000 - 409,600,000
    expect(r.sameKind.differenceUsd).toBe(-135_598_000);
    expect(r.sameKind.differencePct).toBeCloseTo((-135_598_000 / 409_600_000) * 100, 6);
  });

  it("military 1955-63: $83.7M against $99.4M all military", () => {
    const r = rec("military-1955-1963");
    // 0 + 27,368,000 + 28,532,000 + 5,469,000 + 3,087,000 + 8,001,000 + 12,384,000 + 11,206,000 + 3,319,000
    expect(r.sameKind.greenbookAmount).toBe(99_366_000);
    expect(r.sameKind.differencePct).toBeCloseTo((15_666_000 / 83_700_000) * 100, 6);
  });

  it("military 1970-75 agrees within 0.03%; economic 1970-75 is 29.6% higher in the Greenbook", () => {
    // 8,603,000 + 200,430,000 + 190,654,000 + 170,115,000 + 377,596,000 + 232,349,000
    expect(rec("military-1970-1975").sameKind.greenbookAmount).toBe(1_179_747_000);
    expect(rec("military-1970-1975").sameKind.differenceUsd).toBe(-253_000);
    // 0 + 76,801,000 + 57,601,000 + 93,101,000 + 275,501,000 + 149,000,000
    expect(rec("economic-1970-1975").sameKind.greenbookAmount).toBe(652_004_000);
    expect(rec("economic-1970-1975").sameKind.differencePct).toBeCloseTo((149_004_000 / 503_000_000) * 100, 6);
  });

  it("'over $500 million' for 1993-2008 holds", () => {
    const r = rec("total-1993-2008");
    expect(r.sameKind.greenbookAmount).toBe(761_552_919);
    expect(r.sameKind.verdict).toBe("holds");
  });

  it("a zero figure is compared in absolute terms only", () => {
    const r = rec("fmf-fy2004");
    expect(r.programme).toMatchObject({ greenbookAmount: 0, differenceUsd: 0, differencePct: null });
    // all military obligations in FY2004 were $28,000 (counter-drug), none of it FMF
    expect(r.sameKind).toMatchObject({ greenbookAmount: 28_000, differenceUsd: 28_000, differencePct: null });
  });

  it("exact FMF figures match the FMF accounts to the dollar", () => {
    expect(rec("fmf-fy2005").programme).toMatchObject({ greenbookAmount: 992_000, differenceUsd: 0, differencePct: 0 });
    expect(rec("fmf-fy2006").programme).toMatchObject({ greenbookAmount: 990_000, differenceUsd: 0 });
  });

  it("the FY2007 earmark is set against what was obligated", () => {
    const r = rec("fmf-fy2007-earmark");
    expect(r.programme).toMatchObject({ greenbookAmount: 990_000, differenceUsd: -10_000, differencePct: -1 });
    expect(r.programme!.summary).toMatch(/^Earmarked \$1M; obligated \$990,000/);
  });

  it("USAID 2010: about $70M against $69.8M of economic obligations and $24.7M in USAID's own accounts", () => {
    const r = rec("usaid-2010");
    expect(r.sameKind.greenbookAmount).toBe(69_831_464);
    expect(r.sameKind.differencePct).toBeCloseTo((-168_536 / 70_000_000) * 100, 6);
    expect(r.programme!.greenbookAmount).toBe(24_726_393);
  });
});
