// A data table drawn from compact rows. The page's tables are long (a by-year view has 70 rows in each of two
// tables); as a server component each cell would travel twice, once as HTML and again as element JSON in the inline
// RSC payload. This server half packs the rows for the client leaf (compact-table-leaf.tsx), so the payload carries
// each table once more only as short arrays: no row keys (the rows never reorder), greyed rows as a list of
// indexes, and each source link's text once per table (a cell cites it by number). A chart's drawn table travels as
// its columns of the CSV's plain values (lib/export/drawn/packed-columns.ts), written out by the leaf.
import { encodeIndexes, indexWidth, packColumn, type PlainValue } from "@/lib/export/drawn/packed-columns";
import type { SourceRef } from "@/lib/data/schema";
import type { TableCell, TableRow } from "./table-cells";
import { CompactTableLeaf, type PackedCell, type PackedDrawn, type PackedFormat } from "./compact-table-leaf";

/** A chart's drawn table as CompactTable takes it: the CSV's values row by row, each column's format, the sources the
 * "sources" columns cite, and the words after the marked row's first cell. */
export interface DrawnRows {
  values: readonly (readonly PlainValue[])[];
  formats: readonly PackedFormat[];
  sources: ReadonlyMap<string, SourceRef>;
  markNote?: string;
}

/** A drawn table's columns packed, its sources cells as places in one list of the ids they cite, each source named
 * once: by publisher, and by title too where a cell cites two sources of one publisher. */
function packDrawn(d: DrawnRows, textRef: (t: string) => number): PackedDrawn {
  const isSources = d.formats.map((f) => (typeof f === "string" ? f : f[0]) === "sources");
  const cells = d.values.map((r) => r.map((v, i) => (isSources[i] ? String(v ?? "").split(" ").filter(Boolean) : [])));
  const ids = [...new Set(cells.flat(2))];
  const at = new Map(ids.map((id, k) => [id, k]));
  const width = indexWidth(ids.length);
  const twin = (id: string, cell: readonly string[]) => cell.some((o) => o !== id && d.sources.get(o)?.publisher === d.sources.get(id)?.publisher);
  const names = ids.map((id) => {
    const s = d.sources.get(id);
    const publisher = textRef(s?.publisher ?? id);
    return s && cells.some((r) => r.some((cell) => cell.includes(id) && twin(id, cell))) ? ([publisher, textRef(s.title)] as const) : publisher;
  });
  const columns = d.formats.map((_, i) => packColumn(d.values.map((r, k) => (isSources[i] ? encodeIndexes(cells[k][i].map((id) => at.get(id) ?? 0), width) : r[i]))));
  return { columns, formats: d.formats, cite: { ids, names }, ...(d.markNote ? { markNote: d.markNote } : {}) };
}

export function CompactTable({
  caption,
  head,
  rows,
  drawn,
  numeric = [],
  testId,
  stackOnPhone = false,
  dittoInPrint = [],
}: {
  caption: TableCell;
  head: readonly string[];
  /** the rows: each cell text or segments, or (`drawn`) the row's plain values with `cells` empty */
  rows: readonly TableRow[];
  drawn?: DrawnRows;
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
  const textRef = (t: string): number => {
    let i = textIndex.get(t);
    if (i === undefined) {
      i = texts.push(t) - 1;
      textIndex.set(t, i);
    }
    return i;
  };
  const pack = (cell: TableCell): PackedCell =>
    typeof cell === "string" ? cell : cell.map((seg) => (typeof seg === "string" || seg[0] !== "a" ? seg : (["a", textRef(seg[1]), seg[2]] as const)));
  const packedRows = drawn ? undefined : rows.map((r) => r.cells.map(pack));
  const noData = rows.flatMap((r, i) => (r.className === "no-data" ? [i] : []));
  const marked = rows.flatMap((r, i) => (r.marked ? [i] : []));
  return (
    <CompactTableLeaf
      testId={testId}
      caption={pack(caption)}
      head={head}
      {...(packedRows ? { rows: packedRows } : {})}
      {...(drawn ? { drawn: packDrawn(drawn, textRef) } : {})}
      texts={texts}
      {...(numeric.length ? { numeric } : {})}
      {...(noData.length ? { noData } : {})}
      {...(marked.length ? { marked } : {})}
      {...(dittoInPrint.length ? { dittoInPrint } : {})}
      {...(stackOnPhone ? { stackOnPhone } : {})}
    />
  );
}
