// A data table drawn from compact rows. The page's tables are long (a by-year view has 70 rows in each of two
// tables); as a server component each cell would travel twice, once as HTML and again as element JSON in the inline
// RSC payload. This server half packs the rows for the client leaf (compact-table-leaf.tsx), so the payload carries
// each table once more only as short arrays: no row keys (the rows never reorder), greyed rows as a list of
// indexes, and each source link's text once per table (a cell cites it by number).
import type { TableCell, TableRow } from "./table-cells";
import { CompactTableLeaf, type PackedCell } from "./compact-table-leaf";

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
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const pack = (cell: TableCell): PackedCell =>
    typeof cell === "string"
      ? cell
      : cell.map((seg) => {
          if (typeof seg === "string" || seg[0] !== "a") return seg;
          let i = textIndex.get(seg[1]);
          if (i === undefined) {
            i = texts.push(seg[1]) - 1;
            textIndex.set(seg[1], i);
          }
          return ["a", i, seg[2]] as const;
        });
  const packedRows = rows.map((r) => r.cells.map(pack));
  const noData = rows.flatMap((r, i) => (r.className === "no-data" ? [i] : []));
  const marked = rows.flatMap((r, i) => (r.marked ? [i] : []));
  return (
    <CompactTableLeaf
      testId={testId}
      caption={pack(caption)}
      head={head}
      rows={packedRows}
      texts={texts}
      {...(numeric.length ? { numeric } : {})}
      {...(noData.length ? { noData } : {})}
      {...(marked.length ? { marked } : {})}
      {...(dittoInPrint.length ? { dittoInPrint } : {})}
      {...(stackOnPhone ? { stackOnPhone } : {})}
    />
  );
}
