// A drawn table's columns packed for the page's payload (the client leaf writes them out): a column that repeats a few
// values is a dictionary and one character a row; any other column its plain values. The rows never reorder, so a
// column is enough; a value is the CSV's own (a number stays a number), formatted only in the browser.
import type { CsvCell } from "../csv";

export type PlainValue = string | number | boolean | null;
/** A column: its plain values, or a dictionary of its distinct values and one character a row naming one of them. */
export type PackedColumn = readonly PlainValue[] | { readonly d: readonly PlainValue[]; readonly i: string };

// one printable character a value: "#" (35) to "~" (126), without the backslash (92), which JSON would escape
const FIRST = 35;
const code = (i: number) => FIRST + i + (FIRST + i >= 92 ? 1 : 0);
const index = (c: number) => c - FIRST - (c > 92 ? 1 : 0);
const MAX_DICTIONARY = 126 - FIRST;

const plain = (v: CsvCell): PlainValue => (v === undefined ? null : v);
const size = (v: PlainValue) => JSON.stringify(v).length + 1;

export function packColumn(values: readonly CsvCell[]): PackedColumn {
  const col = values.map(plain);
  const distinct = [...new Set(col)];
  if (distinct.length > MAX_DICTIONARY) return col;
  const asDictionary = distinct.reduce<number>((a, v) => a + size(v), 0) + col.length + 12;
  if (asDictionary >= col.reduce<number>((a, v) => a + size(v), 0)) return col;
  const at = new Map(distinct.map((v, i) => [v, i]));
  return { d: distinct, i: String.fromCharCode(...col.map((v) => code(at.get(v) ?? 0))) };
}

const isDictionary = (c: PackedColumn): c is { readonly d: readonly PlainValue[]; readonly i: string } => !Array.isArray(c);

export function unpackColumn(c: PackedColumn): readonly PlainValue[] {
  return isDictionary(c) ? [...c.i].map((ch) => c.d[index(ch.charCodeAt(0))]) : c;
}
