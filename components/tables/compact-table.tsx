"use client";
// A data table drawn from compact rows. The page's tables are long (a by-year view has 70 rows in each of two
// tables); as a server component each cell would travel twice, once as HTML and again as element JSON in the inline
// RSC payload. As this leaf, the rows travel once more only as the short arrays below.
import { Segments } from "../ui/segments";
import type { TableCell, TableRow } from "./table-cells";

export function CompactTable({
  caption,
  head,
  rows,
  numeric = [],
  testId,
  stackOnPhone = false,
  dittoInPrint = [],
}: {
  caption: TableCell;
  head: readonly string[];
  rows: readonly TableRow[];
  /** columns whose figures align right */
  numeric?: readonly number[];
  testId: string;
  /** on a phone, each row becomes a card whose cells carry their column's name */
  stackOnPhone?: boolean;
  /** columns of long text (coverage, sources) that print "as above" where a row repeats the row above: a by-year
   * table's citations would otherwise take most of its pages */
  dittoInPrint?: readonly number[];
}) {
  const same = (a: TableCell, b: TableCell | undefined) => b !== undefined && JSON.stringify(a) === JSON.stringify(b);
  return (
    <table className={stackOnPhone ? "data stack-cards" : "data"} data-testid={testId}>
      <caption>
        <Segments cell={caption} />
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
        {rows.map((r, k) => (
          <tr key={r.key} className={r.className}>
            {r.cells.map((c, i) =>
              i === 0 ? (
                <th scope="row" key={i} data-label={stackOnPhone ? head[i] : undefined}>
                  <Segments cell={c} />
                </th>
              ) : (
                <td
                  key={i}
                  className={[numeric.includes(i) ? "num" : "", dittoInPrint.includes(i) && same(c, rows[k - 1]?.cells[i]) ? "print-ditto" : ""].filter(Boolean).join(" ") || undefined}
                  data-label={stackOnPhone ? head[i] : undefined}
                >
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
