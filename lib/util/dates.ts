// Calendar dates without time zones: parsing, day numbers for a shared time axis, and display.
export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

interface YMD {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; missing parts default to the first month/day. */
export function parsePartialDate(iso: string): YMD & { parts: 1 | 2 | 3 } {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new Error(`not a calendar date: "${iso}"`);
  const parts = (m[3] ? 3 : m[2] ? 2 : 1) as 1 | 2 | 3;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : 1, day: m[3] ? Number(m[3]) : 1, parts };
}

/** Days since 1970-01-01 for a calendar date, computed in UTC so no local time zone can shift it. */
export function dayNumber(d: YMD | string): number {
  const v = typeof d === "string" ? parsePartialDate(d) : d;
  return Date.UTC(v.year, v.month - 1, v.day) / 86_400_000;
}

/** The day after the last day a partial date covers: "1997-07" -> day number of 1997-08-01. */
export function dayNumberAfter(iso: string): number {
  const v = parsePartialDate(iso);
  if (v.parts === 1) return dayNumber({ year: v.year + 1, month: 1, day: 1 });
  if (v.parts === 2) return dayNumber({ year: v.year + (v.month === 12 ? 1 : 0), month: (v.month % 12) + 1, day: 1 });
  return dayNumber(v) + 1;
}

export function isoFromDayNumber(n: number): string {
  const d = new Date(n * 86_400_000);
  const pad = (x: number) => String(x).padStart(2, "0");
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** "1965-05-03" -> "3 May 1965"; "1965-05" -> "May 1965"; "1965" -> "1965". Never goes through local time. */
export function formatPartialDate(iso: string): string {
  const v = parsePartialDate(iso);
  if (v.parts === 1) return String(v.year);
  if (v.parts === 2) return `${MONTHS[v.month - 1]} ${v.year}`;
  return `${v.day} ${MONTHS[v.month - 1]} ${v.year}`;
}

interface DatedThing {
  start: string;
  end: string | null;
  precision: "day" | "month" | "year" | "range" | "approximate";
  label: string | null;
}

/** Display text for an event date at its own precision: "3 May 1965", "1975-1979", "early 1960s". */
export function formatEventDate(e: DatedThing): string {
  if (e.precision === "approximate") return e.label ?? `about ${formatPartialDate(e.start)}`;
  if (e.precision === "range") return e.label ?? `${formatPartialDate(e.start)} to ${formatPartialDate(e.end ?? e.start)}`;
  return formatPartialDate(e.start);
}
