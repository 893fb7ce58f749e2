// Each chart's HTML table is a view of its drawn table (lib/export/drawn/html-table.ts): whatever it leaves out of its
// columns, the caption says, or it is text the CSV keeps (never a number); a pivot has a cell per period and series.
// The browser test (e2e/table-csv.spec.ts) checks every cell against the downloaded CSV; this holds the rules for
// every chart in more views, in Node.
import { describe, expect, it } from "vitest";
import { CHART_SLUGS } from "@/lib/charts/registry";
import { drawnChart } from "@/lib/charts/definitions";
import { isNumeric } from "@/lib/export/drawn/cell-text";
import { htmlTables } from "@/lib/export/drawn/html-table";
import { parseView } from "@/lib/view";
import { realDataset } from "./helpers";

const VIEWS = ["", "groupBy=year&dollars=constant&base=2000", "measure=per-year&split=programme", "series=seed&share=percent&compare=dollars", "nbMeasure=cambodia-share&fgroupBy=year&basis=commitment", "from=1975&to=1990", "series=seed&from=1960&to=1960"];

describe("each chart's HTML table shows or states every column of its CSV that is a number", () => {
  for (const slug of CHART_SLUGS)
    for (const qs of VIEWS)
      it(`${slug}: ${qs || "the default view"}`, () => {
        const ds = realDataset();
        const { table } = drawnChart(ds, slug, parseView(new URLSearchParams(qs)).view);
        expect(table.columns.filter((c) => c.csvOnly && isNumeric(c.format)), "no number column is left to the CSV").toEqual([]);
        const shown = htmlTables(table, ds.sourceById);
        for (const t of shown) {
          for (const l of t.lists) expect(l.items.length, "no empty list").toBeGreaterThan(0);
          for (const col of t.columns) expect(col.length, "every column a value a row").toBe(t.columns[0].length);
          expect(t.head.length).toBe(t.columns.length);
        }
        if (table.pivot) {
          const value = table.header.indexOf(table.pivot.value);
          const [t] = shown;
          const cells = t.columns.slice(t.head.length - new Set(table.rows.map((r) => table.pivot!.series.map((k) => r[table.header.indexOf(k)]).join(", "))).size);
          expect(cells.flat().filter((v) => v !== null && v !== "").length, "a cell with a value per CSV row with one").toBe(table.rows.filter((r) => r[value] !== null && r[value] !== "").length);
          return;
        }
        for (const [k, t] of shown.entries()) {
          const leftOut = table.parts?.[k]?.csvOnly ?? [];
          for (const c of table.columns.filter((x) => isNumeric(x.format) && !leftOut.includes(x.key)))
            expect(t.head.includes(c.label) || t.caption.includes(`${c.label}: `), `${t.id || slug}: ${c.key} shown or stated`).toBe(true);
        }
      });
});
