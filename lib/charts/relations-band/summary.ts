// Width-independent words about the band for the figure's caption.
import { formatPartialDate, parsePartialDate } from "../../util/dates";
import type { BandPhase, RelationsBandModel } from "./derive";

/** "4 years 2 months" between two calendar dates (whole months, no time zone). */
export function durationText(startIso: string, endIso: string): string {
  const a = parsePartialDate(startIso);
  const b = parsePartialDate(endIso);
  let months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
  if (months < 0) months = 0;
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts: string[] = [];
  if (y > 0) parts.push(`${y} year${y === 1 ? "" : "s"}`);
  if (m > 0 || y === 0) parts.push(`${m} month${m === 1 ? "" : "s"}`);
  return parts.join(" ");
}

/** Width-independent facts for the figure's caption: phases shown, the longest break, events shown. */
export function relationsSummary(model: RelationsBandModel, years: { from: number; to: number } = model.fiscalRange): string {
  const n = model.phases.length;
  if (n === 0) return "No relations phase falls in the years shown.";
  const maxRank = Math.max(...model.scale.map((s) => s.rank));
  const breakStatuses = new Set(model.scale.filter((s) => s.rank >= maxRank - 1).map((s) => s.status));
  const breaks = model.phases.filter((p) => breakStatuses.has(p.status));
  const months = (p: BandPhase) => {
    const a = parsePartialDate(p.start);
    const b = parsePartialDate(p.end);
    return (b.year - a.year) * 12 + (b.month - a.month) + (b.day - a.day) / 31;
  };
  const longest = breaks.reduce<BandPhase | null>((best, p) => (best === null || months(p) > months(best) ? p : best), null);
  const { from, to } = years;
  let s = `Between FY${from} and FY${to} the relationship passed through ${n} phase${n === 1 ? "" : "s"}`;
  if (longest) {
    s += `; the longest break was ${durationText(longest.start, longest.end)} (${longest.statusLabel.toLowerCase()}, ${formatPartialDate(longest.start)} to ${formatPartialDate(longest.end)})`;
    const others = breaks.filter((p) => p !== longest);
    if (others.length > 0)
      s += `, and ${others.map((p) => `${p.statusLabel.toLowerCase()} for ${durationText(p.start, p.end)} from ${formatPartialDate(p.start)}`).join(" and ")}`;
  }
  const m = model.markers.length;
  s += `. ${m} dated event${m === 1 ? " is" : "s are"} marked below the band.`;
  return s;
}
