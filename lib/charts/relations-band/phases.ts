// The band's phases, the parts not covered by a status, and the disputed and approximate boundaries between phases,
// in pixels on the time axis.
import { dayNumber, formatPartialDate } from "../../util/dates";
import type { RelationSegment, RelationsFile, SourceRef } from "../../data/schema";
import type { PlotArea } from "../layout";
import { textWidth } from "../text";
import type { BandAlternative, BandBoundary, BandNotCovered, BandPhase } from "./derive";
import { publishersOf } from "./events";
import type { visibleRange } from "./layout";

/** What every part of the model is placed with: the data, the visible range and the time scale. */
interface BandContext {
  relations: RelationsFile;
  /** the phases in time order */
  segments: readonly RelationSegment[];
  range: ReturnType<typeof visibleRange>;
  plot: PlotArea;
  xOf: (day: number) => number;
}

/** Statuses drawn with light text (var(--status-ink-dark) is white-ish, for the dark fills). */
const DARK_FILL_STATUSES = new Set(["no-mission", "severed"]);

/** How a phase's start reads: the exact day, "July 1997", "2007" or "early 1960s (placed at 1 January 1963)". */
export function boundaryText(seg: RelationSegment): string {
  const b = seg.startBoundary;
  let text: string;
  if (b.precision === "approximate") text = `${b.label ?? `about ${formatPartialDate(seg.start)}`} (placed at ${formatPartialDate(seg.start)})`;
  else if (b.precision === "month") text = b.label ?? formatPartialDate(seg.start.slice(0, 7));
  else if (b.precision === "year") text = b.label ?? formatPartialDate(seg.start.slice(0, 4));
  else text = formatPartialDate(seg.start);
  return text;
}

function notCoveredLines(w: number): string[] {
  if (textWidth("not covered", 10) + 8 <= w) return ["not covered"];
  if (textWidth("covered", 10) + 6 <= w) return ["not", "covered"];
  return [];
}

function disputedNote(seg: RelationSegment): string {
  const b = seg.startBoundary;
  return b.disputed && b.alternatives.length > 0 ? ` (disputed; also ${b.alternatives.map((a) => formatPartialDate(a.date)).join(", ")})` : "";
}

/** Phases, clipped to the visible range and to the end of coverage. */
export function bandPhases({ relations, segments, range, xOf }: BandContext, statusLabel: ReadonlyMap<string, string>): BandPhase[] {
  const coverageEndDay = dayNumber(relations.coverageEnd);
  const startsAt = new Map(segments.map((s) => [s.start, s]));
  const fits = (s: string, size: number, w: number) => textWidth(s, size) + 8 <= w;
  const phases: BandPhase[] = [];
  for (const seg of segments) {
    const s = Math.max(dayNumber(seg.start), range.startDay);
    const e = Math.min(dayNumber(seg.end), coverageEndDay, range.endDay);
    if (e <= s) continue;
    const x0 = xOf(s);
    const x1 = xOf(e);
    if (!(x1 > x0)) continue;
    const label = statusLabel.get(seg.status) ?? seg.status;
    const next = startsAt.get(seg.end);
    const fromText = boundaryText(seg);
    const toText = next ? boundaryText(next) : formatPartialDate(seg.end);
    const w = x1 - x0;
    const lines: BandPhase["lines"] = [];
    const size = fits(label, 11, w) ? 11 : textWidth(label, 10) + 4 <= w ? 10 : 0;
    if (size > 0) {
      lines.push({ text: label, size });
      if (fits(seg.label, 10, w)) lines.push({ text: seg.label, size: 10 });
    }
    phases.push({
      id: seg.id,
      status: seg.status,
      statusLabel: label,
      label: seg.label,
      start: seg.start,
      end: seg.end,
      x: x0,
      width: w,
      fillVar: `--status-${seg.status}`,
      inkVar: DARK_FILL_STATUSES.has(seg.status) ? "--status-ink-dark" : "--status-ink-light",
      title: `${label}: ${fromText}${disputedNote(seg)} to ${toText}. ${seg.label}.`,
      fromText,
      toText,
      disputed: seg.startBoundary.disputed,
      alternatives: seg.startBoundary.disputed
        ? seg.startBoundary.alternatives.map((a) => ({ date: a.date, dateText: formatPartialDate(a.date), sourceIds: a.sourceIds, note: a.note }))
        : [],
      lines,
      sourceIds: seg.sourceIds,
      rationale: seg.rationale,
    });
  }
  return phases;
}

/** Not covered: after coverageEnd (never a continuation of the last status) and before the first phase. */
export function notCoveredParts({ relations, segments, range, plot, xOf }: BandContext): BandNotCovered[] {
  const coverageEndDay = dayNumber(relations.coverageEnd);
  const notCovered: BandNotCovered[] = [];
  const plotRight = plot.left + plot.width;
  const firstStart = segments.length > 0 ? dayNumber(segments[0].start) : coverageEndDay;
  if (range.startDay < firstStart) {
    const x1 = xOf(Math.min(firstStart, range.endDay));
    if (x1 > plot.left) {
      notCovered.push({
        side: "before",
        from: range.start,
        x: plot.left,
        width: x1 - plot.left,
        title: `Not covered: before ${formatPartialDate(segments[0]?.start ?? relations.coverageEnd)} no status is recorded.`,
        lines: notCoveredLines(x1 - plot.left),
      });
    }
  }
  if (range.endDay > coverageEndDay) {
    const x0 = xOf(Math.max(coverageEndDay, range.startDay));
    if (plotRight > x0) {
      notCovered.push({
        side: "after",
        from: relations.coverageEnd,
        x: x0,
        width: plotRight - x0,
        title: `Not covered: after ${formatPartialDate(relations.coverageEnd)}, the last sourced event, no status is claimed.`,
        lines: notCoveredLines(plotRight - x0),
      });
    }
  }
  return notCovered;
}

/** Disputed and approximate boundaries, with the alternative dates sources give and their short labels. */
export function bandBoundaries({ relations, segments, range, plot, xOf }: BandContext, lookup: (id: string) => SourceRef | undefined): BandBoundary[] {
  const coverageEndDay = dayNumber(relations.coverageEnd);
  const inRange = (d: number) => d >= range.startDay && d <= range.endDay;
  const boundaries: BandBoundary[] = [];
  for (const seg of segments) {
    const b = seg.startBoundary;
    const kind = b.disputed ? "disputed" : b.precision === "approximate" ? "approximate" : null;
    if (!kind) continue;
    const day = dayNumber(seg.start);
    const alternatives: BandAlternative[] = b.disputed
      ? b.alternatives.map((a) => {
          const d = dayNumber(a.date);
          return { date: a.date, dateText: formatPartialDate(a.date), x: inRange(d) ? xOf(d) : null, tickLabel: null, sourceIds: a.sourceIds, note: a.note };
        })
      : [];
    const x = inRange(day) && day < coverageEndDay ? xOf(day) : null;
    if (x === null && alternatives.every((a) => a.x === null)) continue;
    const cite = (ids: readonly string[]) => publishersOf(ids, lookup).join("; ");
    const title =
      kind === "disputed"
        ? [
            `Disputed: ${formatPartialDate(seg.start)} (primary; ${cite(seg.sourceIds)}); also ${alternatives.map((a) => `${a.dateText} (${cite(a.sourceIds)})`).join(", ")}.`,
            `Start of "${seg.label}"; the band uses the primary date.`,
            ...alternatives.map((a) => `${a.dateText}: ${a.note}`),
          ].join("\n")
        : `Approximate boundary: ${b.label ?? formatPartialDate(seg.start)}, placed at ${formatPartialDate(seg.start)} (start of "${seg.label}").`;
    boundaries.push({ segmentId: seg.id, kind, date: seg.start, dateText: formatPartialDate(seg.start), x, title, alternatives });
  }
  placeAlternativeLabels(boundaries, plot.left, plot.left + plot.width);
  return boundaries;
}

/** Short labels above the band for alternative dates, left to right, dropped (to the title) where they would collide. */
function placeAlternativeLabels(boundaries: BandBoundary[], left: number, right: number): void {
  const alts = boundaries.flatMap((b) => b.alternatives).filter((a) => a.x !== null).sort((a, b) => (a.x ?? 0) - (b.x ?? 0));
  const primaries = boundaries.filter((b) => b.kind === "disputed" && b.x !== null).map((b) => b.x as number);
  let lastRight = -Infinity;
  for (const a of alts) {
    const x = a.x as number;
    const candidates = [a.dateText, a.date.slice(0, 4)];
    for (const c of candidates) {
      const half = textWidth(c, 9) / 2;
      const lo = x - half;
      const hi = x + half;
      if (lo < left - 4 || hi > right + 4 || lo < lastRight + 4) continue;
      // keep clear of the primary line's own top, which is drawn in the same strip
      if (primaries.some((p) => p > lo - 1 && p < hi + 1)) continue;
      a.tickLabel = c;
      lastRight = hi;
      break;
    }
  }
}
