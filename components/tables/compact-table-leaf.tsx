"use client";
// The client half of CompactTable (compact-table.tsx): renders the packed rows. Hydrating it needs only those arrays.
// A chart's drawn table travels as its packed columns of the CSV's plain values and is written out here, each value
// in its column's format, so the page shows exactly the CSV's numbers.
import type { CSSProperties } from "react";
import { cellText, isNumeric } from "@/lib/export/drawn/cell-text";
import { decodeIndexes, indexWidth, unpackColumn, type PackedColumn, type PlainValue } from "@/lib/export/drawn/packed-columns";
import type { ColumnFormat } from "@/lib/export/drawn/types";
import { Segments } from "../ui/segments";
import { citeSegments, type Segment, type TableCell } from "./table-cells";

/** A cell as packed for the payload: a source link ["a", text, id] becomes ["a", index into `texts`, id]. */
export type PackedCell = string | readonly (Exclude<Segment, readonly ["a", string, string]> | readonly ["a", number, string])[];

/** A column's format and the word an empty cell reads ("no data"), for a table of plain values. */
export type PackedFormat = ColumnFormat | readonly [ColumnFormat, string];

/** A drawn table's body: its columns, their formats, the sources its cells cite and the marked row's aside. A sources
 * cell names its sources by their places in `cite.ids` (encodeIndexes); each source is named by its publisher, or
 * [publisher, title] where a cell cites two of one publisher (indexes in `texts`). */
export interface PackedDrawn {
  columns: readonly PackedColumn[];
  formats: readonly PackedFormat[];
  cite: { ids: readonly string[]; names: readonly (number | readonly [number, number])[] };
  markNote?: string;
}

function unpack(cell: PackedCell, texts: readonly string[]): TableCell {
  return typeof cell === "string" ? cell : cell.map((seg) => (typeof seg !== "string" && seg[0] === "a" ? (["a", texts[seg[1]], seg[2]] as const) : seg));
}

/** The drawn table's cells, each value written in its column's format; sources as citations. */
function drawnCells(drawn: PackedDrawn, texts: readonly string[], marked: readonly number[]): { cells: TableCell[][]; values: (readonly PlainValue[])[] } {
  const cols = drawn.columns.map(unpackColumn);
  const { ids, names } = drawn.cite;
  const sources = new Map(ids.map((id, k) => [id, { id, publisher: texts[typeof names[k] === "number" ? names[k] : names[k][0]], title: texts[typeof names[k] === "number" ? names[k] : names[k][1]] }]));
  const width = indexWidth(ids.length);
  const write = (v: PlainValue, f: PackedFormat): TableCell => {
    const [format, empty] = typeof f === "string" ? [f, ""] : f;
    return format === "sources" && v !== null && v !== "" ? citeSegments(decodeIndexes(String(v), width).map((k) => ids[k]), sources) : cellText(v, format, empty);
  };
  const values = (cols[0] ?? []).map((_, r) => cols.map((c) => c[r]));
  const cells = values.map((row, r) =>
    row.map((v, i) => {
      const cell = write(v, drawn.formats[i]);
      return i === 0 && drawn.markNote && marked.includes(r) ? [...(typeof cell === "string" ? [cell] : cell), ["m", drawn.markNote] as const] : cell;
    }),
  );
  return { cells, values };
}

export function CompactTableLeaf({
  caption,
  head,
  rows = [],
  drawn,
  texts,
  numeric = drawn ? drawn.formats.flatMap((f, i) => (isNumeric(typeof f === "string" ? f : f[0]) ? [i] : [])) : [],
  noData = [],
  marked = [],
  dittoInPrint = [],
  testId,
  stackOnPhone = false,
}: {
  caption: PackedCell;
  head: readonly string[];
  rows?: readonly (readonly PackedCell[])[];
  /** a chart's drawn table, in place of `rows` */
  drawn?: PackedDrawn;
  texts: readonly string[];
  numeric?: readonly number[];
  /** the rows greyed as having no data */
  noData?: readonly number[];
  /** the row of the chart's marked year (a timeline link) */
  marked?: readonly number[];
  /** columns of long text (coverage, sources) that print "as above" where a row repeats the row above: a by-year
   * table's citations would otherwise take most of its pages */
  dittoInPrint?: readonly number[];
  testId: string;
  stackOnPhone?: boolean;
}) {
  // on a phone a stacked row's cells are labelled by their column's name: one custom property per column on the
  // table (globals.css reads --col-1, --col-2... in ::before), not a data-label attribute on every cell
  const labels = stackOnPhone ? (Object.fromEntries(head.map((h, i) => [`--col-${i + 1}`, JSON.stringify(`${h}: `)])) as CSSProperties) : undefined;
  const body = drawn ? drawnCells(drawn, texts, marked) : { cells: rows.map((r) => r.map((c) => unpack(c, texts))), values: rows };
  const repeats = (r: number, i: number) => dittoInPrint.includes(i) && r > 0 && JSON.stringify(body.values[r][i]) === JSON.stringify(body.values[r - 1][i]);
  return (
    <table className={stackOnPhone ? "data stack-cards col-labels" : "data"} data-testid={testId} style={labels}>
      <caption>
        <Segments cell={unpack(caption, texts)} />
      </caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th scope="col" key={h} className={numeric.includes(i) ? "num" : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {body.cells.map((cells, r) => (
          <tr key={r} className={noData.includes(r) ? "no-data" : undefined} data-marked={marked.includes(r) || undefined}>
            {cells.map((c, i) =>
              i === 0 ? (
                <th scope="row" key={i}>
                  <Segments cell={c} />
                </th>
              ) : (
                <td key={i} className={[numeric.includes(i) ? "num" : "", repeats(r, i) ? "print-ditto" : ""].filter(Boolean).join(" ") || undefined}>
                  <Segments cell={c} />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
