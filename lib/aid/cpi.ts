// Constant dollars from BLS CPI-U annual averages. Applies calendar-year CPI to fiscal-year amounts (an approximation).
import type { CpiFile } from "../data/schema";

export interface CpiTable {
  firstYear: number;
  lastYear: number;
  valueFor(year: number): number;
}

export function cpiTable(file: CpiFile): CpiTable {
  const byYear = new Map(file.rows.map((r) => [r.year, r.value]));
  const years = file.rows.map((r) => r.year);
  return {
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    valueFor(year: number) {
      const v = byYear.get(year);
      if (v === undefined) throw new RangeError(`no CPI-U value for ${year}`);
      return v;
    },
  };
}

/** Multiplier turning dollars of `year` into dollars of `baseYear`: CPI(base) / CPI(year). */
export function deflationFactor(cpi: CpiTable, year: number, baseYear: number): number {
  return cpi.valueFor(baseYear) / cpi.valueFor(year);
}

/** Amount obligated in fiscal year `fiscalYear`, in constant dollars of `baseYear` (calendar-year CPI of the same number). */
export function deflateToBaseYear(amount: number, fiscalYear: number, baseYear: number, cpi: CpiTable): number {
  return amount * deflationFactor(cpi, fiscalYear, baseYear);
}

/**
 * A single amount stated for a multi-year span, in constant dollars, assuming it was spread evenly over the span:
 * sum over years of (amount / n) x CPI(base) / CPI(year).
 */
export function deflateSpanEvenly(amount: number, from: number, to: number, baseYear: number, cpi: CpiTable): number {
  const n = to - from + 1;
  let sum = 0;
  for (let y = from; y <= to; y++) sum += (amount / n) * deflationFactor(cpi, y, baseYear);
  return sum;
}

export const CPI_METHOD_NOTE =
  "Constant dollars: amount in FY N x CPI-U(base year) / CPI-U(calendar year N). This applies calendar-year CPI to fiscal years, an approximation.";
