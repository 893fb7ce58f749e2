"use client";
// The client half of DrawnTable (drawn-table.tsx): writes a chart's table from its packed columns, each value in its
// column's format (cellText, as the server's caption does), so the page shows exactly the CSV's values; the lists of
// sources and long text under it, each item once, numbered as the cells cite them. Hydrating it needs only those
// arrays. Numeric columns align right by a class on the table (n2: the second column), not one on every cell.
// A reader sorts the rows by a column from its header (sort-rows.ts): the rows are written in the CSV's order, and
// a page without scripts shows the headers as plain words, not buttons that would do nothing, so the table the server
// sends, prints and shows without JavaScript is the CSV's order.
import { useState, type CSSProperties } from "react";
import { sourceHref } from "@/lib/pages/source-href";
import { cellText, isNumeric } from "@/lib/export/drawn/cell-text";
import type { HtmlFormat, HtmlList } from "@/lib/export/drawn/html-table";
import { unpackColumn, type PackedColumn } from "@/lib/export/drawn/packed-columns";
import { nextSort, sortAnnouncement, sortedRows, sortKind, type SortKind, type SortState } from "@/lib/export/drawn/sort-rows";

export function DrawnTableLeaf({
  caption,
  head,
  rowHeader = 0,
  formats,
  columns,
  lists = [],
  listedAt = [],
  noData = [],
  marked = [],
  markNote,
  testId,
  stackOnPhone = false,
}: {
  caption: string;
  head: readonly string[];
  /** the column whose cells head their rows */
  rowHeader?: number;
  formats: readonly HtmlFormat[];
  columns: readonly PackedColumn[];
  lists?: readonly HtmlList[];
  /** the columns whose cells are numbers into a list: not sortable */
  listedAt?: readonly number[];
  /** the rows greyed as having no data */
  noData?: readonly number[];
  /** the row of the chart's marked year (a timeline link), and the words after its heading */
  marked?: readonly number[];
  markNote?: string;
  testId: string;
  /** on a phone, each row a card whose cells carry their column's name */
  stackOnPhone?: boolean;
}) {
  const cols = columns.map(unpackColumn);
  const formatted = formats.map((f) => (typeof f === "string" ? ([f, ""] as const) : f));
  const text = cols.map((col, i) => col.map((v) => cellText(v, formatted[i][0], formatted[i][1])));
  const kinds = formatted.map(([format], i) => (listedAt.includes(i) ? null : sortKind(format)));
  // undefined until the reader first sorts: then the status line says the order
  const [sort, setSort] = useState<SortState | null | undefined>(undefined);
  const order = sortedRows(cols, text[0]?.length ?? 0, sort ?? null);
  const told = sort === undefined ? "" : sortAnnouncement(head, sort, sort ? (kinds[sort.column] ?? "text") : "text");
  const numeric = formatted.flatMap(([format], i) => (isNumeric(format) ? [`n${i + 1}`] : []));
  // on a phone a stacked row's cells are labelled by their column's name: one custom property per column on the
  // table (globals.css reads --col-1, --col-2... in ::before), not a label on every cell
  const labels = stackOnPhone ? (Object.fromEntries(head.map((h, i) => [`--col-${i + 1}`, JSON.stringify(`${h}: `)])) as CSSProperties) : undefined;
  return (
    <>
      <table className={["data", ...(stackOnPhone ? ["stack-cards", "col-labels"] : []), ...numeric].join(" ")} data-testid={testId} style={labels}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <SortableHeader key={h} label={h} kind={kinds[i]} sorted={sort?.column === i ? sort.direction : undefined} onPress={(kind) => setSort(nextSort(sort ?? null, i, kind))} />
            ))}
          </tr>
        </thead>
        <tbody>
          {order.map((r) => (
            <tr key={r} className={noData.includes(r) ? "no-data" : undefined} data-marked={marked.includes(r) || undefined}>
              {text.map((col, i) =>
                i === rowHeader ? (
                  <th scope="row" key={i}>
                    {col[r]}
                    {markNote && marked.includes(r) && <span className="muted text-xs">{markNote}</span>}
                  </th>
                ) : (
                  <td key={i}>{col[r]}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className="sr-only">
        {told}
      </p>
      {lists.map((l) => (
        <div className="table-list" key={l.label}>
          <p>{l.label}, by number in the table:</p>
          <ol aria-label={`${l.label}, by number in the table`}>
            {l.items.map((it, k) => (
              <li key={k}>{typeof it === "string" ? it : <a href={sourceHref(it[1])}>{it[0]}</a>}</li>
            ))}
          </ol>
        </div>
      ))}
    </>
  );
}

/** A column's header: a button that sorts the rows by it. Where no script runs the button is hidden and the header
 * shows its words from `data-label` (globals.css, the scripting media feature), so the server's HTML is what hydrates,
 * unchanged: rendering the buttons only after hydration had doubled Lighthouse's total blocking time on / (about 700
 * -> 1,700 ms, three runs each), and a second copy of the words would be read twice by anything reading the text. */
function SortableHeader({ label, kind, sorted, onPress }: { label: string; kind: SortKind | null; sorted: "ascending" | "descending" | undefined; onPress: (kind: SortKind) => void }) {
  return (
    <th scope="col" aria-sort={sorted} data-label={kind ? label : undefined}>
      {kind ? (
        <button type="button" className="sort-button" onClick={() => onPress(kind)}>
          {label}
        </button>
      ) : (
        label
      )}
    </th>
  );
}
