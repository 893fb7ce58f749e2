// The order a chart's HTML table shows its rows in once a reader sorts it (components/tables/drawn-table-leaf.tsx):
// by one column's plain values, the CSV's own (numbers as numbers; text and ISO dates as text, numbers inside text
// in order, so "FY2" comes before "FY10"), empty cells last in either direction, ties in the table's own order. With
// no column chosen, the table's own order: the CSV's, in which every table is written (periods and events by date).
import { isNumeric } from "./cell-text";
import type { PlainValue } from "./packed-columns";
import type { ColumnFormat } from "./types";

export type SortDirection = "ascending" | "descending";
export interface SortState {
  column: number;
  direction: SortDirection;
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
const isEmpty = (v: PlainValue | undefined) => v === null || v === undefined || v === "";

export function compareValues(a: PlainValue, b: PlainValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/** The indexes of `rows` rows in the order to show them. */
export function sortedRows(columns: readonly (readonly PlainValue[])[], rows: number, sort: SortState | null): number[] {
  const order = Array.from({ length: rows }, (_, i) => i);
  if (!sort) return order;
  const col = columns[sort.column] ?? [];
  const sign = sort.direction === "ascending" ? 1 : -1;
  return order.sort((i, j) => {
    const [a, b] = [col[i], col[j]];
    if (isEmpty(a) || isEmpty(b)) return isEmpty(a) === isEmpty(b) ? i - j : isEmpty(a) ? 1 : -1;
    return sign * compareValues(a as PlainValue, b as PlainValue) || i - j;
  });
}

/** How a column sorts and is announced: by its figures, its dates or its words. */
export type SortKind = "figures" | "dates" | "text";

/** The state after a column's header is pressed: figures sort largest first, dates earliest first, words A to Z;
 * pressed again, the other way; a third time, back to the table's own order. */
export function nextSort(current: SortState | null, column: number, kind: SortKind): SortState | null {
  const first: SortDirection = kind === "figures" ? "descending" : "ascending";
  if (current?.column !== column) return { column, direction: first };
  return current.direction === first ? { column, direction: first === "ascending" ? "descending" : "ascending" } : null;
}

const WAYS: Record<SortKind, Record<SortDirection, string>> = {
  figures: { descending: "largest first", ascending: "smallest first" },
  dates: { ascending: "earliest first", descending: "latest first" },
  text: { ascending: "A to Z", descending: "Z to A" },
};

/** What a screen reader is told once the rows are reordered. */
export function sortAnnouncement(head: readonly string[], sort: SortState | null, kind: SortKind): string {
  return sort ? `Rows sorted by ${head[sort.column]}, ${WAYS[kind][sort.direction]}.` : "Rows in the table's own order.";
}

/** How a column of this format sorts; null: not at all (a column of source ids, cited by number). */
export function sortKind(format: ColumnFormat): SortKind | null {
  if (format === "sources") return null;
  return format === "date" ? "dates" : isNumeric(format) ? "figures" : "text";
}
