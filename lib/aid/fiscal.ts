// US federal fiscal years as calendar spans, so bars (fiscal years) and events (calendar dates) share one time axis.
import { dayNumber } from "../util/dates";

/** Last fiscal year that ran July-June; FY1977 onward runs October-September. */
export const LAST_JULY_FISCAL_YEAR = 1976;

interface CalendarSpan {
  /** first day, "YYYY-MM-DD" */
  start: string;
  /** last day, "YYYY-MM-DD" (inclusive) */
  end: string;
}

/** FY N: 1 July N-1 to 30 June N up to FY1976; 1 October N-1 to 30 September N from FY1977. */
export function fiscalYearSpan(fy: number): CalendarSpan {
  if (fy <= LAST_JULY_FISCAL_YEAR) return { start: `${fy - 1}-07-01`, end: `${fy}-06-30` };
  return { start: `${fy - 1}-10-01`, end: `${fy}-09-30` };
}

/** A span of fiscal years as a label: "FY1969" for one year; for a span "FY1969-1975", "1969-1975" in the "short" style
 * (bar and row labels, where room is short) or "FY1969 to FY1975" in the "words" style (titles read aloud). */
export function fyRange(from: number, to: number, style: "full" | "short" | "words" = "full"): string {
  if (from === to) return `FY${from}`;
  return style === "words" ? `FY${from} to FY${to}` : `${style === "full" ? "FY" : ""}${from}-${to}`;
}

/** Day-number interval [start, endExclusive) covered by fiscal years from..to (the 1976 transition quarter included when spanned). */
export function fiscalRangeDays(from: number, to: number): { start: number; end: number } {
  return { start: dayNumber(fiscalYearSpan(from).start), end: dayNumber(fiscalYearSpan(to).end) + 1 };
}

/** Midpoint of a fiscal year as a day number: the date used to place a fiscal year in a relations phase. */
export function fiscalYearMidpoint(fy: number): number {
  const { start, end } = fiscalRangeDays(fy, fy);
  return Math.floor((start + end) / 2);
}
