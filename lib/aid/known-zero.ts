// Known zeros: fiscal years without Greenbook records in which a cited event established that no US aid could flow
// (Cambodia ended US aid in November 1963; relations were severed 1965-69; no US presence under the Khmer Rouge).
// They are $0 with their reason, not "no data"; every other year without records stays no data.
import type { Dataset } from "../data/dataset";
import { dayNumber, dayNumberAfter } from "../util/dates";
import { fiscalRangeDays, fyRange } from "./fiscal";
import type { AnnualRow, KnownZero } from "../data/schema";

/** Cross-file checks of every "known-zero" year: its events and phases exist, at least one event is dated no later
 * than the year, every phase it cites overlaps the year, and its sources (and its events' sources) are cited. */
export function knownZeroChecks(
  ds: Pick<Dataset, "annual" | "events" | "relations">,
  annualFile: string,
  knownSource: (file: string, where: string, ids: readonly string[]) => void,
): string[] {
  const out: string[] = [];
  const events = new Map(ds.events.events.map((e) => [e.id, e]));
  const phases = new Map(ds.relations.segments.map((s) => [s.id, s]));
  ds.annual.rows.forEach((r, i) => {
    const kz = r.knownZero;
    if (!kz) return;
    const at = `rows[${i}].knownZero`;
    const year = fiscalRangeDays(r.fiscalYear, r.fiscalYear);
    knownSource(annualFile, `${at}.sourceIds`, kz.sourceIds);
    let earlyEnough = false;
    kz.eventIds.forEach((eid, j) => {
      const e = events.get(eid);
      if (!e) {
        out.push(`${annualFile}: ${at}.eventIds[${j}]: unknown event "${eid}"`);
        return;
      }
      if (dayNumber(e.start) < year.end) earlyEnough = true;
      for (const sid of e.sourceIds)
        if (!kz.sourceIds.includes(sid)) out.push(`${annualFile}: ${at}.sourceIds: cite "${sid}", the source of event "${eid}"`);
    });
    if (!earlyEnough && kz.eventIds.every((eid) => events.has(eid)))
      out.push(`${annualFile}: ${at}.eventIds: no cited event is dated before the end of FY${r.fiscalYear}`);
    kz.phaseIds.forEach((pid, j) => {
      const p = phases.get(pid);
      if (!p) out.push(`${annualFile}: ${at}.phaseIds[${j}]: unknown relations phase "${pid}"`);
      else if (dayNumber(p.start) >= year.end || dayNumberAfter(p.end) <= year.start)
        out.push(`${annualFile}: ${at}.phaseIds[${j}]: phase "${pid}" (${p.start} to ${p.end}) does not overlap FY${r.fiscalYear}`);
    });
  });
  return out;
}

export function isKnownZero(r: AnnualRow | undefined): r is AnnualRow & { knownZero: KnownZero } {
  return r?.status === "known-zero" && r.knownZero !== undefined;
}

/** Consecutive known-zero years that share one reason, as "FY1966-1969" runs with that reason and its sources. */
export interface KnownZeroRun {
  from: number;
  to: number;
  label: string;
  reason: string;
  eventIds: string[];
  sourceIds: string[];
}

export function knownZeroRuns(rows: readonly AnnualRow[], from: number, to: number): KnownZeroRun[] {
  const runs: KnownZeroRun[] = [];
  for (const r of rows) {
    if (r.fiscalYear < from || r.fiscalYear > to || !isKnownZero(r)) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === r.fiscalYear - 1 && last.reason === r.knownZero.reason) last.to = r.fiscalYear;
    else
      runs.push({ from: r.fiscalYear, to: r.fiscalYear, label: r.knownZero.label, reason: r.knownZero.reason, eventIds: r.knownZero.eventIds, sourceIds: r.knownZero.sourceIds });
  }
  return runs;
}

/** "FY1966-1969: relations severed (May 1965 to July 1969)": a table cell's few words */
export function knownZeroLabel(run: KnownZeroRun): string {
  return `${fyRange(run.from, run.to)} $0: ${run.label}`;
}

/** "FY1966-1969: $0, no records because no US aid could flow. <reason>" */
export function knownZeroNote(run: KnownZeroRun): string {
  return `${fyRange(run.from, run.to)}: $0, no records because no US aid could flow. ${run.reason}`;
}
