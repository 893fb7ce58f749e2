// The export date written into notes, citations and printouts: "1 December 2026, 21:05 UTC".
import { formatPartialDate } from "../util/dates";

function exportDate(now: Date = new Date()): string {
  return formatPartialDate(now.toISOString().slice(0, 10));
}

export function exportStamp(now: Date = new Date()): string {
  return `${exportDate(now)}, ${now.toISOString().slice(11, 16)} UTC`;
}
