// One table per chart (issue 15): each figure's HTML table and its "Download CSV" are the same table. The same rows in
// the same order; the same columns in the same order (heading i is the reader's label of CSV column i, or the caption
// states that column once, where every row holds the same value); each cell the CSV's value written in its column's
// format ("$1,234,567" for 1234567), an empty value as the column's word for it ("no data"); sources as links to the
// CSV's source ids. The labels, formats and empty words come from the chart's own JSON (/charts/<slug>.json); the
// formats are written out here independently of the page's code.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { parseCsv } from "../tests/csv-read";
import { aidFigure, financiersFigure, neighboursFigure, relationsFigure, seedFigure, shareFigure } from "./helpers";

const FIGURES: { slug: string; figure: (page: Page) => Locator }[] = [
  { slug: "aid-by-period", figure: aidFigure },
  { slug: "relations-band", figure: relationsFigure },
  { slug: "military-share", figure: shareFigure },
  { slug: "seed-vs-greenbook", figure: seedFigure },
  { slug: "neighbours", figure: neighboursFigure },
  { slug: "financiers", figure: financiersFigure },
];

/** Every chart in at least two views: the defaults, then each chart's other settings. */
const VIEWS = [
  "",
  "groupBy=year&measure=per-year&dollars=constant&base=2020&share=absolute&compare=dollars&nbMeasure=per-person&basis=commitment&fgroupBy=year",
  "split=programme&from=1960&to=1999&nbMeasure=cambodia-share&basis=debt-service",
];

interface Column {
  key: string;
  label: string;
  format: string;
  empty?: string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const whole = (n: number) => Math.round(Math.abs(n)).toLocaleString("en-US");

/** A CSV value as a reader reads it in the column's format. */
function written(value: string, c: Column): string {
  if (value === "") return c.empty ?? "";
  const n = Number(value);
  switch (c.format) {
    case "usd":
      return `${n < 0 ? "-" : ""}$${whole(n)}`;
    case "usd-cents":
      return `${n < 0 ? "-" : ""}$${Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    case "usd-signed":
      return `${n > 0 ? "+" : n < 0 ? "-" : ""}$${whole(n)}`;
    case "percent":
      return `${n.toFixed(1)}%`;
    case "percent-signed":
      return `${n > 0 ? "+" : ""}${n.toFixed(n !== 0 && Math.abs(n) < 0.05 ? 2 : 1)}%`;
    case "fraction":
      return `${(n * 100).toFixed(2)}%`;
    case "date": {
      const [y, m, d] = value.split("-").map(Number);
      return d ? `${d} ${MONTHS[m - 1]} ${y}` : m ? `${MONTHS[m - 1]} ${y}` : String(y);
    }
    default:
      // the CSV neutralises a text a spreadsheet would run as a formula with a leading apostrophe; the page has none
      return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
  }
}

async function downloadCsv(page: Page, fig: Locator): Promise<{ header: string[]; rows: Record<string, string>[]; href: string }> {
  const link = fig.getByRole("link", { name: "Download CSV" });
  const href = (await link.getAttribute("href"))!;
  const [dl] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const text = readFileSync((await dl.path())!, "utf8");
  return { header: text.slice(0, text.indexOf("\r\n")).split(","), rows: parseCsv(text), href };
}

for (const qs of VIEWS)
  test(`each chart's HTML table is its CSV: ${qs || "the default view"}`, async ({ page, request }) => {
    test.setTimeout(300_000);
    await page.goto(`/?${qs}`);
    for (const { slug, figure } of FIGURES) {
      const fig = figure(page);
      const csv = await downloadCsv(page, fig);
      expect(csv.href, slug).toMatch(new RegExp(`^/charts/${slug}\\.csv`));
      const json = (await (await request.get(csv.href.replace(/\.csv/, ".json"))).json()) as { table: { columns: Column[] } };
      const columns = json.table.columns;
      expect(columns.map((c) => c.key), `${slug}: the CSV's columns are the drawn table's`).toEqual(csv.header);

      await fig.getByText("Show data table").click();
      const tables = fig.getByRole("table");
      const count = await tables.count();
      expect(count, slug).toBeGreaterThan(0);
      let at = 0;
      for (let t = 0; t < count; t++) {
        const table = tables.nth(t);
        const heads = (await table.getByRole("columnheader").allTextContents()).map((h) => h.trim());
        const caption = ((await table.locator("caption").textContent()) ?? "").replace(/\s+/g, " ");
        const cells = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? "").trim())));
        const links = await table.locator("tbody tr").evaluateAll((trs) =>
          trs.map((tr) => [...tr.children].map((c) => [...c.querySelectorAll("a")].map((a) => decodeURIComponent(a.getAttribute("href") ?? "").replace(/^\/data#source-/, "")))),
        );
        const rows = csv.rows.slice(at, at + cells.length);
        expect(rows.length, `${slug}, table ${t}: a CSV row for every HTML row`).toBe(cells.length);
        // the CSV's columns in order: each is the next heading, or said once in the caption (the same on every row)
        const shown: Column[] = [];
        for (const c of columns) {
          if (heads[shown.length] === c.label) {
            shown.push(c);
            continue;
          }
          const values = new Set(rows.map((r) => r[c.key]));
          expect(values.size, `${slug}, table ${t}: "${c.label}" (${c.key}) is neither a heading nor the same on every row`).toBeLessThanOrEqual(1);
          const v = rows[0]?.[c.key] ?? "";
          expect(caption, `${slug}, table ${t}: the caption states ${c.key}`).toContain(`${c.label}: ${v === "" ? "none" : c.format === "sources" ? "" : written(v, c)}`);
        }
        expect(shown.map((c) => c.label), `${slug}, table ${t}: every heading is a CSV column, in the CSV's order`).toEqual(heads);
        // each cell the CSV's value written in its column's format; a sources cell links to exactly the CSV's ids
        const page_ = cells.map((row, i) => row.map((cell, j) => (shown[j].format === "sources" ? links[i][j].join(" ") : cell)));
        const file = rows.map((r) => shown.map((c) => (c.format === "sources" ? r[c.key] : written(r[c.key], c))));
        expect(page_, `${slug}, table ${t}: the cells`).toEqual(file);
        at += cells.length;
      }
      expect(at, `${slug}: the HTML tables hold every CSV row`).toBe(csv.rows.length);
    }
  });
