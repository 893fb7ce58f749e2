// A chart's HTML table, drawn from the chart's drawn table (lib/export/drawn): htmlTables makes the view of its rows
// and columns (what is shown, what the caption says once, what is listed under the table), and this server half
// packs it for the client leaf (drawn-table-leaf.tsx): each shown column's plain values, a column repeating a few
// values as a dictionary, so the page's payload carries the numbers once and the leaf writes them in their formats.
// No chart is special-cased here: the chart's definition built the table.
import { getDataset } from "@/lib/data/get-dataset";
import { htmlTables } from "@/lib/export/drawn/html-table";
import { packColumn } from "@/lib/export/drawn/packed-columns";
import type { DrawnChart } from "@/lib/export/drawn/types";
import { markShown } from "@/lib/view";
import { DrawnTableLeaf } from "./drawn-table-leaf";

export function DrawnTable({ drawn, testId }: { drawn: DrawnChart; testId: string }) {
  const mark = markShown(drawn.view) ? drawn.view.mark : null;
  return htmlTables(drawn.table, getDataset().sourceById, mark).map((t) => (
    <DrawnTableLeaf
      key={t.id}
      testId={t.id ? `${testId}-${t.id}-table` : `${testId}-table`}
      caption={t.caption}
      head={t.head}
      {...(t.rowHeader ? { rowHeader: t.rowHeader } : {})}
      formats={t.formats}
      columns={t.columns.map(packColumn)}
      {...(t.lists.length ? { lists: t.lists } : {})}
      {...(t.listedAt.length ? { listedAt: t.listedAt } : {})}
      {...(t.noData.length ? { noData: t.noData } : {})}
      {...(t.marked.length && mark !== null ? { marked: t.marked, markNote: ` (FY${mark} marked)` } : {})}
      {...(t.stackOnPhone ? { stackOnPhone: true } : {})}
    />
  ));
}
