// The cells of a CompactTable, built on the server: plain data, so they cross into the client leaf as short arrays.
/** Text, a link to a source's entry on the reference page ["a", text, sourceId], a link ["l", text, href], or muted
 * small text ["m", text]. */
export type Segment = string | readonly ["a", string, string] | readonly ["l", string, string] | readonly ["m", string];
/** A cell: plain text or a run of segments. */
export type TableCell = string | readonly Segment[];

export interface TableRow {
  key: string;
  cells: readonly TableCell[];
  /** "no-data" greys the row */
  className?: string;
  /** the row of the chart's marked bar (a timeline link's year): highlighted, and its first cell says so */
  marked?: boolean;
}

/** A row's first cell, saying when the row holds the view's marked fiscal year. */
export function periodCell(label: string, markedYear: number | null): TableCell {
  return markedYear === null ? label : [label, ["m", ` (FY${markedYear} marked)`]];
}

/** Citations as segments: each source named by publisher (by title where two of one publisher are cited), linked. */
export function citeSegments(ids: readonly string[], sources: ReadonlyMap<string, { id: string; title: string; publisher: string }>): Segment[] {
  const out: Segment[] = [];
  ids.forEach((id, i) => {
    const s = sources.get(id);
    const twin = s && ids.some((o) => o !== id && sources.get(o)?.publisher === s.publisher);
    if (i > 0) out.push("; ");
    out.push(["a", s ? (twin ? s.title : s.publisher) : id, id]);
  });
  return out;
}
