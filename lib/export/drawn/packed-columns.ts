// A drawn table's columns packed for the page's payload (the client leaf writes them out): a column that repeats a few
// values is a dictionary and one character a row; any other column its plain values. The rows never reorder, so a
// column is enough; a value is the CSV's own (a number stays a number), formatted only in the browser.
import type { CsvCell } from "../csv";

export type PlainValue = string | number | boolean | null;
/** A column: its plain values, or a dictionary of its distinct values and one character a row naming one of them. */
export type PackedColumn = readonly PlainValue[] | { readonly d: readonly PlainValue[]; readonly i: string };

// one printable character a value, "#" (35) to "~" (126), without those the page's script would escape or read: the
// backslash, "&", "<" and ">" (written \u00XX in the HTML) and "$" (the payload's own mark)
const ALPHABET = String.fromCharCode(...Array.from({ length: 92 }, (_, i) => 35 + i).filter((c) => !"$&<>\\".includes(String.fromCharCode(c))));
const code = (i: number) => ALPHABET.charCodeAt(i);
const index = (c: number) => ALPHABET.indexOf(String.fromCharCode(c));
const MAX_DICTIONARY = ALPHABET.length;

/** How many characters name one of `n` things: one up to 91, two (base 91) beyond. */
export const indexWidth = (n: number) => (n > MAX_DICTIONARY ? 2 : 1);

/** Indexes as characters, `width` each. */
export function encodeIndexes(indexes: readonly number[], width: number): string {
  return String.fromCharCode(...indexes.flatMap((i) => (width === 1 ? [code(i)] : [code(Math.floor(i / MAX_DICTIONARY)), code(i % MAX_DICTIONARY)])));
}

export function decodeIndexes(s: string, width: number): number[] {
  const out: number[] = [];
  for (let k = 0; k + width <= s.length; k += width)
    out.push(width === 1 ? index(s.charCodeAt(k)) : index(s.charCodeAt(k)) * MAX_DICTIONARY + index(s.charCodeAt(k + 1)));
  return out;
}

const plain = (v: CsvCell): PlainValue => (v === undefined ? null : v);
const size = (v: PlainValue) => JSON.stringify(v).length + 1;

export function packColumn(values: readonly CsvCell[]): PackedColumn {
  const col = values.map(plain);
  const distinct = [...new Set(col)];
  if (distinct.length > MAX_DICTIONARY) return col;
  const asDictionary = distinct.reduce<number>((a, v) => a + size(v), 0) + col.length + 12;
  if (asDictionary >= col.reduce<number>((a, v) => a + size(v), 0)) return col;
  const at = new Map(distinct.map((v, i) => [v, i]));
  return { d: distinct, i: encodeIndexes(col.map((v) => at.get(v) ?? 0), 1) };
}

const isDictionary = (c: PackedColumn): c is { readonly d: readonly PlainValue[]; readonly i: string } => !Array.isArray(c);

export function unpackColumn(c: PackedColumn): readonly PlainValue[] {
  return isDictionary(c) ? decodeIndexes(c.i, 1).map((k) => c.d[k]) : c;
}
