// A chart's HTML table as a view of its drawn table (the CSV), never a second computation of its numbers. The rules
// (docs/charts.md, "One table per chart"): the CSV's rows in order and its columns in order, each value written in its
// column's format; a column the same on every row is said once in the caption, and so is a number column equal to a
// later one on every row ("the same as"); sources, and long text marked `listed`, are each written once in a numbered
// list under the table, a cell giving the numbers; a column marked `csvOnly` (ids, words that restate the row) stays
// in the CSV. A pivot (charts 5 and 6) shows the long rows as a row per period and a column per series, each cell the
// row's value for that period and series. Pure data in and out: the server component packs it for the client leaf.
import { csvCell, type CsvCell } from "../csv";
import { cellText, isNumeric } from "./cell-text";
import type { PlainValue } from "./packed-columns";
import type { ColumnFormat, DrawnColumn, DrawnTable, DrawnTablePart } from "./types";

/** A shown column's format, with the word its empty cells read. */
export type HtmlFormat = ColumnFormat | readonly [ColumnFormat, string];

/** A numbered list under the table: a listed column's distinct values, or the sources its cells cite (each a
 * [name, source id] pair, linked to the source's entry). */
export interface HtmlList {
  label: string;
  items: (string | readonly [string, string])[];
}

export interface HtmlTable {
  /** the part's id ("" for a chart with one table) */
  id: string;
  caption: string;
  head: string[];
  /** the shown column whose cells head their rows */
  rowHeader: number;
  formats: HtmlFormat[];
  /** each shown column's plain values, row by row; a listed column's are the numbers of its list ("1, 3") */
  columns: PlainValue[][];
  lists: HtmlList[];
  /** the shown columns whose cells are numbers into a list under the table: nothing to sort by */
  listedAt: number[];
  noData: number[];
  marked: number[];
  stackOnPhone?: boolean;
}

export interface SourceName {
  title: string;
  publisher: string;
}

const isEmpty = (v: CsvCell) => v === null || v === undefined || v === "";
const plain = (v: CsvCell): PlainValue => (v === undefined ? null : v);
const same = (a: CsvCell, b: CsvCell) => csvCell(a) === csvCell(b);
const formatOf = (c: DrawnColumn): HtmlFormat => (c.empty ? [c.format, c.empty] : c.format);

interface Col {
  c: DrawnColumn;
  values: CsvCell[];
}

/** A listed column's cells as numbers into its list, and the list: sources each once (named by publisher, or by title
 * where two listed sources share one), other text each distinct value once. */
function listed(col: Col, sources: ReadonlyMap<string, SourceName>): { values: PlainValue[]; list: HtmlList } {
  const order = new Map<string, number>();
  const number = (key: string) => {
    if (!order.has(key)) order.set(key, order.size + 1);
    return order.get(key) ?? 0;
  };
  const isSources = col.c.format === "sources";
  const values = col.values.map((v) => {
    if (isEmpty(v)) return null;
    const keys = isSources ? String(v).split(" ").filter(Boolean) : [String(v)];
    return keys.map(number).join(", ");
  });
  const keys = [...order.keys()];
  const publisher = (id: string) => sources.get(id)?.publisher ?? id;
  const items = isSources
    ? keys.map((id) => {
        const s = sources.get(id);
        const twin = keys.some((o) => o !== id && publisher(o) === publisher(id));
        return [s ? (twin ? s.title : s.publisher) : id, id] as const;
      })
    : keys;
  return { values, list: { label: col.c.label, items } };
}

/** What the caption says of a column the same on every row. */
function statedText(col: Col): string {
  const v = col.values[0];
  if (isEmpty(v)) return col.c.empty ?? "none";
  if (col.c.format === "sources") return "those listed under the table";
  return cellText(v, col.c.format);
}

/** The columns a table shows, and what its caption says of the others; column `keep` (the rows' heading) is shown. */
function choose(cols: Col[], rows: number, keep: number, csvOnly: readonly string[] = []) {
  const stated: { i: number; text: string }[] = [];
  const shown = cols.map((col, i) => {
    if (col.c.csvOnly || csvOnly.includes(col.c.key)) return false;
    if (i === keep || rows < 2) return true;
    if (col.values.every((v) => same(v, col.values[0]))) {
      stated.push({ i, text: statedText(col) });
      return col.c.format === "sources"; // the sources still listed under the table
    }
    return true;
  });
  const sameOnEveryRow = new Set(stated.map((s) => s.i));
  // a number column equal to a later shown one of the same format on every row is said once: "the same as ..."
  for (let i = cols.length - 1; i >= 0; i--) {
    const a = cols[i];
    if (i === keep || !shown[i] || !isNumeric(a.c.format) || a.values.every(isEmpty)) continue;
    const j = cols.findIndex((b, k) => k > i && shown[k] && b.c.format === a.c.format && b.values.every((v, r) => same(v, a.values[r])));
    if (j < 0) continue;
    shown[i] = false;
    stated.push({ i, text: `the same as ${cols[j].c.label}` });
  }
  stated.sort((a, b) => a.i - b.i);
  const said = stated.map((s) => `${cols[s.i].c.label}: ${s.text}`);
  return { shown, said, sameOnEveryRow };
}

function captionOf(caption: string, said: string[]): string {
  return said.length ? `${caption}. For every row: ${said.join("; ")}.` : caption;
}

function longTable(table: DrawnTable, part: DrawnTablePart, first: number, sources: ReadonlyMap<string, SourceName>, mark: number | null): HtmlTable {
  const rows = table.rows.slice(first, first + part.rows);
  const cols: Col[] = table.columns.map((c, i) => ({ c, values: rows.map((r) => r[i]) }));
  // the row's heading: the column named so, or the first the page shows
  const named = table.rowHeader ? table.header.indexOf(table.rowHeader) : -1;
  const head = named >= 0 ? named : cols.findIndex((x) => !x.c.csvOnly && !part.csvOnly?.includes(x.c.key));
  const { shown, said, sameOnEveryRow } = choose(cols, rows.length, head, part.csvOnly);
  const out: HtmlTable = { id: part.id, caption: captionOf(part.caption, said), head: [], rowHeader: 0, formats: [], columns: [], lists: [], listedAt: [], noData: [], marked: [] };
  cols.forEach((col, i) => {
    if (!shown[i]) return;
    if (i === head) out.rowHeader = out.head.length;
    if (col.c.format === "sources" || col.c.listed) {
      const { values, list } = listed(col, sources);
      if (list.items.length) out.lists.push(list);
      // a sources column the same on every row is said in the caption; its sources are listed all the same
      if (sameOnEveryRow.has(i)) return;
      out.listedAt.push(out.head.length);
      out.head.push(col.c.label);
      out.formats.push(col.c.empty ? ["text", col.c.empty] : "text");
      out.columns.push(values);
      return;
    }
    out.head.push(col.c.label);
    out.formats.push(formatOf(col.c));
    out.columns.push(col.values.map(plain));
  });
  out.noData = (table.noData ?? []).filter((k) => k >= first && k < first + part.rows).map((k) => k - first);
  const span = table.span && { from: table.header.indexOf(table.span.from), to: table.header.indexOf(table.span.to) };
  if (span && mark !== null) out.marked = rows.flatMap((r, k) => (Number(r[span.from]) <= mark && mark <= Number(r[span.to]) ? [k] : []));
  if (part.stackOnPhone) out.stackOnPhone = true;
  return out;
}

function pivotTable(table: DrawnTable, sources: ReadonlyMap<string, SourceName>): HtmlTable {
  const pivot = table.pivot;
  if (!pivot) throw new Error("not a pivot");
  const at = (key: string) => {
    const i = table.header.indexOf(key);
    if (i < 0) throw new Error(`the pivot's column ${key} is not in the table`);
    return i;
  };
  const periodAt = at(pivot.period);
  const valueAt = at(pivot.value);
  const seriesAt = pivot.series.map(at);
  const seriesOf = (r: CsvCell[]) => seriesAt.map((i) => String(r[i] ?? "")).join(", ");
  const periods = [...new Set(table.rows.map((r) => String(r[periodAt] ?? "")))];
  const series = [...new Set(table.rows.map(seriesOf))];
  const cell = new Map(table.rows.map((r) => [`${r[periodAt]}\u0000${seriesOf(r)}`, r[valueAt]]));
  const firstRow = periods.map((p) => table.rows.find((r) => String(r[periodAt]) === p) ?? []);
  // the row's heading and the columns of a period, then a column per series
  const perPeriodAt = [periodAt, ...pivot.perPeriod.map(at)];
  const periodCols: Col[] = perPeriodAt.map((i) => ({ c: table.columns[i], values: firstRow.map((r) => r[i]) }));
  const { shown, said } = choose(periodCols, periods.length, 0);
  // what every CSV row holds alike (units, dollars, basis): said once; what differs by series stays in the CSV
  const everyRow = table.columns.flatMap((c, i) =>
    table.rows.length === 0 || c.csvOnly || perPeriodAt.includes(i) || seriesAt.includes(i) || i === valueAt || c.format === "sources" || !table.rows.every((r) => same(r[i], table.rows[0][i]))
      ? []
      : [`${c.label}: ${statedText({ c, values: [table.rows[0][i]] })}`],
  );
  const sourcesAt = table.columns.findIndex((c) => c.format === "sources");
  const value = table.columns[valueAt];
  const seriesWords = pivot.series.map((k) => table.columns[at(k)].label.toLowerCase()).join(" and ");
  const out: HtmlTable = {
    id: "",
    caption: captionOf(`${table.caption}. A column per ${seriesWords}, each cell its ${value.label.toLowerCase()}`, [...said, ...everyRow, ...(sourcesAt >= 0 && table.rows.length ? ["Sources: those listed under the table"] : [])]),
    head: [],
    rowHeader: 0,
    formats: [],
    columns: [],
    lists: [],
    listedAt: [],
    noData: [],
    marked: [],
  };
  periodCols.forEach((col, k) => {
    if (!shown[k]) return;
    out.head.push(col.c.label);
    out.formats.push(formatOf(col.c));
    out.columns.push(col.values.map(plain));
  });
  for (const s of series) {
    out.head.push(s);
    out.formats.push(formatOf(value));
    out.columns.push(periods.map((p) => plain(cell.get(`${p}\u0000${s}`))));
  }
  const list = sourcesAt >= 0 ? listed({ c: table.columns[sourcesAt], values: table.rows.map((r) => r[sourcesAt]) }, sources).list : null;
  if (list?.items.length) out.lists.push(list);
  return out;
}

/** The HTML table(s) of a drawn table: one, or one per part (the band's phases, then its events). `mark`: the view's
 * marked fiscal year, whose row is marked. */
export function htmlTables(table: DrawnTable, sources: ReadonlyMap<string, SourceName>, mark: number | null = null): HtmlTable[] {
  if (table.pivot) return [pivotTable(table, sources)];
  const parts = table.parts ?? [{ id: "", caption: table.caption, rows: table.rows.length }];
  let first = 0;
  return parts.map((part) => {
    const t = longTable(table, part, first, sources, mark);
    first += part.rows;
    return t;
  });
}
