// A data table drawn from rows of cells (table-cells.ts), each cell plain text or segments with links to sources: the
// summary table of the dashboard's eras. A server component: nothing in it is interactive.
import type { CSSProperties } from "react";
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
  // on a phone a stacked row's cells are labelled by their column's name: one custom property per column on the
  // table (globals.css reads --col-1, --col-2... in ::before), not a data-label attribute on every cell
  const labels = stackOnPhone ? (Object.fromEntries(head.map((h, i) => [`--col-${i + 1}`, JSON.stringify(`${h}: `)])) as CSSProperties) : undefined;
  return (
    <table className={stackOnPhone ? "data stack-cards col-labels" : "data"} data-testid={testId} style={labels}>
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
        {rows.map(({ cells, className, marked }, r) => (
          <tr key={r} className={className === "no-data" ? "no-data" : undefined} data-marked={marked || undefined}>
            {cells.map((c, i) =>
              i === 0 ? (
                <th scope="row" key={i}>
                  <Segments cell={c} />
                </th>
              ) : (
                <td
                  key={i}
                  className={[numeric.includes(i) ? "num" : "", dittoInPrint.includes(i) && r > 0 && JSON.stringify(c) === JSON.stringify(rows[r - 1].cells[i]) ? "print-ditto" : ""].filter(Boolean).join(" ") || undefined}
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
