"use client";
// The client half of CompactTable (compact-table.tsx): renders the packed rows. Hydrating it needs only those arrays.
import type { CSSProperties } from "react";
import { Segments } from "../ui/segments";
import type { Segment, TableCell } from "./table-cells";

/** A cell as packed for the payload: a source link ["a", text, id] becomes ["a", index into `texts`, id]. */
export type PackedCell = string | readonly (Exclude<Segment, readonly ["a", string, string]> | readonly ["a", number, string])[];

function unpack(cell: PackedCell, texts: readonly string[]): TableCell {
  return typeof cell === "string" ? cell : cell.map((seg) => (typeof seg !== "string" && seg[0] === "a" ? (["a", texts[seg[1]], seg[2]] as const) : seg));
}

export function CompactTableLeaf({
  caption,
  head,
  rows,
  texts,
  numeric = [],
  noData = [],
  marked = [],
  dittoInPrint = [],
  testId,
  stackOnPhone = false,
}: {
  caption: PackedCell;
  head: readonly string[];
  rows: readonly (readonly PackedCell[])[];
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
        {rows.map((cells, r) => (
          <tr key={r} className={noData.includes(r) ? "no-data" : undefined} data-marked={marked.includes(r) || undefined}>
            {cells.map((c, i) =>
              i === 0 ? (
                <th scope="row" key={i}>
                  <Segments cell={unpack(c, texts)} />
                </th>
              ) : (
                <td
                  key={i}
                  className={[numeric.includes(i) ? "num" : "", dittoInPrint.includes(i) && r > 0 && JSON.stringify(c) === JSON.stringify(rows[r - 1][i]) ? "print-ditto" : ""].filter(Boolean).join(" ") || undefined}
                >
                  <Segments cell={unpack(c, texts)} />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
