// A chart's HTML table, drawn from the chart's drawn table (lib/export/drawn): the CSV's rows in order and its columns
// in order, each under a reader's heading and written in its column's format by the client leaf. A column stated once
// (units, dollars, base year, measure: the same on every row; a divisor no row has) is said in the caption instead of
// on every row, never dropped. Sources are links; the row of a timeline link's year is marked; rows without data are
// greyed. No chart is special-cased here: the chart's definition built the table.
import { getDataset } from "@/lib/data/get-dataset";
import { csvCell, type CsvCell } from "@/lib/export/csv";
import { cellText } from "@/lib/export/drawn/cell-text";
import type { DrawnChart, DrawnColumn, DrawnTablePart } from "@/lib/export/drawn/types";
import { markShown } from "@/lib/view";
import { CompactTable } from "./compact-table";
import { citeSegments, type Segment } from "./table-cells";

const isEmpty = (v: CsvCell) => v === null || v === undefined || v === "";

/** Whether a column is said once in the caption for these rows. */
function statedOnce(c: DrawnColumn, values: readonly CsvCell[]): boolean {
  if (!c.once || values.length === 0) return false;
  if (c.once === "empty") return values.every(isEmpty);
  return values.every((v) => csvCell(v) === csvCell(values[0]));
}

export function DrawnTable({ drawn, testId }: { drawn: DrawnChart; testId: string }) {
  const { table } = drawn;
  const sources = getDataset().sourceById;
  const mark = markShown(drawn.view) ? drawn.view.mark : null;
  const span = table.span && { from: table.header.indexOf(table.span.from), to: table.header.indexOf(table.span.to) };
  const parts: DrawnTablePart[] = table.parts ?? [{ id: "", caption: table.caption, rows: table.rows.length }];
  let start = 0;
  return parts.map((part) => {
    const first = start;
    start += part.rows;
    const rows = table.rows.slice(first, start);
    const once = table.columns.map((c, i) => statedOnce(c, rows.map((r) => r[i])));
    const shown = table.columns.flatMap((c, i) => (once[i] ? [] : [{ c, i }]));
    // "<caption>. For every row: Units: USD; Dollars: constant; Base year: 2020; Measure: total."
    const stated = table.columns.flatMap((c, i): Segment[][] => {
      if (!once[i]) return [];
      const v = rows[0][i];
      return [[`${c.label}: `, ...(isEmpty(v) ? ["none"] : c.format === "sources" ? citeSegments(String(v).split(" "), sources) : [cellText(v, c.format)])]];
    });
    const caption: Segment[] = [part.caption, ...(stated.length ? [". For every row: ", ...stated.flatMap((s, k) => (k > 0 ? ["; ", ...s] : s)), "."] : [])];
    return (
      <CompactTable
        key={part.id}
        testId={part.id ? `${testId}-${part.id}-table` : `${testId}-table`}
        caption={caption}
        head={shown.map(({ c }) => c.label)}
        dittoInPrint={shown.flatMap(({ c }, n) => (c.ditto ? [n] : []))}
        stackOnPhone={part.stackOnPhone}
        rows={rows.map((r, k) => ({
          key: String(k),
          cells: [],
          className: table.noData?.includes(first + k) ? "no-data" : undefined,
          marked: (mark !== null && span !== undefined && Number(r[span.from]) <= mark && mark <= Number(r[span.to])) || undefined,
        }))}
        drawn={{
          values: rows.map((r) => shown.map(({ i }) => r[i] ?? null)),
          formats: shown.map(({ c }) => (c.empty ? ([c.format, c.empty] as const) : c.format)),
          sources,
          ...(mark !== null ? { markNote: ` (FY${mark} marked)` } : {}),
        }}
      />
    );
  });
}
