// The periods aid is grouped into: fiscal years, decades (clipped to the range), the seed article's periods, phases
// of relations, or one span. Each says which fiscal years it covers.
import type { GroupBy } from "./aggregate";
import { dayNumber } from "../util/dates";
import { fiscalYearMidpoint, fyRange } from "./fiscal";
import type { AnnualRow, RelationsFile, SeedFigure } from "../data/schema";

export interface Period {
  id: string;
  label: string;
  /** first and last fiscal year of the period (inclusive) */
  from: number;
  to: number;
  /** relations-phase periods: the status of the phase ("not-covered" after the last sourced event) */
  status?: string;
}

export function yearPeriods(from: number, to: number): Period[] {
  const out: Period[] = [];
  for (let y = from; y <= to; y++) out.push({ id: `fy${y}`, label: `FY${y}`, from: y, to: y });
  return out;
}

/** Decades clipped to from..to: FY1955-1959 is the "1950s" when the data start in 1955. */
export function decadePeriods(from: number, to: number): Period[] {
  const out: Period[] = [];
  for (let d = Math.floor(from / 10) * 10; d <= to; d += 10) {
    const a = Math.max(d, from);
    const b = Math.min(d + 9, to);
    // a decade the series or the range cuts short says which years it covers
    out.push({ id: `${d}s`, label: a === d && b === d + 9 ? `${d}s` : `${d}s (${fyRange(a, b)})`, from: a, to: b });
  }
  return out;
}

/** "FY1969", or "1969-1975" for a span (bar labels). */
export function spanLabel(from: number, to: number): string {
  return fyRange(from, to, "short");
}

/** The distinct spans the seed gives figures for, in time order; only spans wholly inside from..to. */
export function seedPeriods(figures: readonly SeedFigure[], from: number, to: number): Period[] {
  const seen = new Map<string, Period>();
  for (const f of figures) {
    if (f.startYear < from || f.endYear > to) continue;
    const id = f.startYear === f.endYear ? `seed-fy${f.startYear}` : `seed-${f.startYear}-${f.endYear}`;
    if (!seen.has(id)) seen.set(id, { id, label: spanLabel(f.startYear, f.endYear), from: f.startYear, to: f.endYear });
  }
  return [...seen.values()].sort((a, b) => a.from - b.from || a.to - b.to);
}

/**
 * Relations phases as runs of fiscal years. A fiscal year belongs to the phase in force at its midpoint, using each
 * boundary's primary date; fiscal years whose midpoint falls after the last sourced event form a "not covered" period.
 */
export function relationsPhasePeriods(relations: RelationsFile, from: number, to: number): Period[] {
  const out: Period[] = [];
  const coverageEnd = dayNumber(relations.coverageEnd);
  const scaleLabel = new Map(relations.scale.map((s) => [s.status, s.label]));
  for (let fy = from; fy <= to; fy++) {
    const mid = fiscalYearMidpoint(fy);
    const seg =
      mid >= coverageEnd
        ? null
        : relations.segments.find((s) => dayNumber(s.start) <= mid && mid < dayNumber(s.end));
    if (mid < dayNumber(relations.segments[0].start)) continue; // before the first recorded phase
    const id = seg ? seg.id : "not-covered";
    const last = out[out.length - 1];
    if (last && last.id === id) last.to = fy;
    else
      out.push({
        id,
        label: seg ? `${seg.label} (${scaleLabel.get(seg.status) ?? seg.status})` : "Not covered by sourced events",
        from: fy,
        to: fy,
        status: seg ? seg.status : "not-covered",
      });
  }
  // years first: narrow bars wrap and cut their labels from the end
  return out.map((p) => ({ ...p, label: `${spanLabel(p.from, p.to)}: ${p.label}` }));
}

export function periodsFor(
  groupBy: GroupBy,
  ctx: { annual: readonly AnnualRow[]; figures: readonly SeedFigure[]; relations: RelationsFile },
  from: number,
  to: number,
): Period[] {
  switch (groupBy) {
    case "year":
      return yearPeriods(from, to);
    case "decade":
      return decadePeriods(from, to);
    case "seed-period":
      return seedPeriods(ctx.figures, from, to);
    case "relations-phase":
      return relationsPhasePeriods(ctx.relations, from, to);
    case "span":
      return [{ id: `fy${from}-${to}`, label: spanLabel(from, to), from, to }];
  }
}
