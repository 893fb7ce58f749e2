// One table per chart (issue 15): each figure's HTML table is a view of its "Download CSV", never a second computation.
// Written out here independently of the page's code (docs/charts.md, "One table per chart"):
// - the CSV's columns in order: each is the next heading, or the caption says it once (the same value on every row, or
//   "the same as" a shown number column equal to it on every row), or it is text the table leaves to the CSV (an id,
//   words restating the row); a number column is never left out;
// - each cell is the CSV's value written in its column's format ("$1,234,567" for 1234567), an empty value as the
//   column's word for it ("no data"); a sources cell gives numbers into the list under the table, whose links name
//   exactly the CSV's source ids; a listed long text the same;
// - charts 5 and 6 show their long rows as a row per period and a column per series: each cell is the value of the CSV
//   row of that period and series, and the cells with a value are as many as the CSV rows with one.
// The labels, formats and empty words come from the chart's own JSON (/charts/<slug>.json).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { parseCsv } from "../tests/csv-read";
import { aidFigure, financiersFigure, neighboursFigure, pinFigure, relationsFigure, seedFigure, shareFigure } from "./helpers";

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
  listed?: boolean;
  csvOnly?: boolean;
}

interface TableMeta {
  columns: Column[];
  parts?: { id: string; rows: number; csvOnly?: string[] }[];
  pivot?: { period: string; series: string[]; value: string; perPeriod: string[] };
}

const NUMERIC = ["number", "usd", "usd-cents", "usd-signed", "percent", "percent-signed", "fraction"];
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

/** What a caption says of a column the same on every row. */
function stated(value: string, c: Column): string {
  if (value === "") return c.empty ?? "none";
  return c.format === "sources" ? "those listed under the table" : written(value, c);
}

async function downloadCsv(page: Page, fig: Locator): Promise<{ header: string[]; rows: Record<string, string>[]; href: string }> {
  const link = fig.getByRole("link", { name: "Download CSV" });
  const href = (await link.getAttribute("href"))!;
  const [dl] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const text = readFileSync((await dl.path())!, "utf8");
  return { header: text.slice(0, text.indexOf("\r\n")).split(","), rows: parseCsv(text), href };
}

interface Shown {
  heads: string[];
  caption: string;
  cells: string[][];
  /** the numbered lists under the table: each item's text and the source ids its links name */
  lists: Map<string, { text: string; ids: string[] }[]>;
}

async function read(table: Locator): Promise<Shown> {
  // the words shown (a sortable header is its button; its data-label is shown only where no script runs)
  const heads = (await table.getByRole("columnheader").allInnerTexts()).map((h) => h.trim());
  const caption = ((await table.locator("caption").textContent()) ?? "").replace(/\s+/g, " ");
  const cells = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? "").trim())));
  // the lists that follow this table, up to the next table (the band's phases, then its events)
  const lists = await table.evaluate((t) => {
    const out: [string, { text: string; ids: string[] }[]][] = [];
    for (let el = t.nextElementSibling; el && el.tagName !== "TABLE"; el = el.nextElementSibling)
      for (const ol of el.querySelectorAll("ol"))
        out.push([
          ol.getAttribute("aria-label") ?? "",
          [...ol.querySelectorAll("li")].map((li) => ({
            text: (li.textContent ?? "").trim(),
            ids: [...li.querySelectorAll("a")].map((a) => decodeURIComponent(a.getAttribute("href") ?? "").replace(/^\/data#source-/, "")),
          })),
        ]);
    return out;
  });
  return { heads, caption, cells, lists: new Map(lists) };
}

const isNumeric = (c: Column) => NUMERIC.includes(c.format);
const listName = (c: Column) => `${c.label}, by number in the table`;

/** A listed cell ("1, 3") as the CSV writes it: the source ids its numbers name, or the listed text. */
function resolve(cell: string, c: Column, shown: Shown, where: string): string {
  const list = shown.lists.get(listName(c));
  expect(list, `${where}: the list "${listName(c)}" under the table`).toBeDefined();
  if (cell === (c.empty ?? "")) return "";
  const items = cell.split(", ").map((n) => list![Number(n) - 1]);
  expect(items.every(Boolean), `${where}: "${cell}" names items of the list`).toBe(true);
  return c.format === "sources" ? items.map((it) => it.ids.join(" ")).join(" ") : items.map((it) => it.text).join("");
}

/** A long table: the CSV's rows `rows`, its columns each shown, said once in the caption, or left to the CSV. */
function checkLong(where: string, columns: Column[], rows: Record<string, string>[], shown: Shown, csvOnly: readonly string[]) {
  const { heads, caption, cells } = shown;
  const at: { c: Column; j: number }[] = [];
  for (const c of columns) {
    if (heads[at.length] === c.label) {
      at.push({ c, j: at.length });
      continue;
    }
    const values = rows.map((r) => r[c.key]);
    if (c.csvOnly || csvOnly.includes(c.key)) {
      expect(isNumeric(c), `${where}: the number column ${c.key} is on the page`).toBe(false);
      continue;
    }
    const sameAs = new RegExp(`${c.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: the same as ([^;.]+)[;.]`).exec(caption);
    if (sameAs) {
      const other = columns.find((o) => o.label === sameAs[1]);
      expect(other && heads.includes(other.label), `${where}: ${c.key} is "the same as" a shown column`).toBe(true);
      expect(isNumeric(c) && other!.format === c.format, `${where}: ${c.key} and ${other!.key} are numbers of one format`).toBe(true);
      expect(values, `${where}: ${c.key} equals ${other!.key} on every row`).toEqual(rows.map((r) => r[other!.key]));
      continue;
    }
    expect(new Set(values).size, `${where}: "${c.label}" (${c.key}) is neither a heading nor the same on every row`).toBeLessThanOrEqual(1);
    expect(caption, `${where}: the caption states ${c.key}`).toContain(`${c.label}: ${stated(values[0] ?? "", c)}`);
    // sources the same on every row are listed under the table all the same
    if (c.format === "sources" && values[0]) expect(shown.lists.get(listName(c))!.flatMap((it) => it.ids)).toEqual(values[0].split(" "));
  }
  expect(at.map(({ c }) => c.label), `${where}: every heading is a CSV column, in the CSV's order`).toEqual(heads);
  const page = cells.map((row, i) => row.map((cell, j) => (at[j].c.format === "sources" || at[j].c.listed ? resolve(cell, at[j].c, shown, `${where}, row ${i}`) : cell)));
  const file = rows.map((r) => at.map(({ c }) => (c.format === "sources" || c.listed ? r[c.key] : written(r[c.key], c))));
  expect(page, `${where}: the cells`).toEqual(file);
}

/** A pivot: a row per period, its columns, then a column per series; each series cell the value of that CSV row. */
function checkPivot(where: string, meta: TableMeta, rows: Record<string, string>[], shown: Shown) {
  const pivot = meta.pivot!;
  const col = (key: string) => meta.columns.find((c) => c.key === key)!;
  const seriesOf = (r: Record<string, string>) => pivot.series.map((k) => r[k]).join(", ");
  const periods = [...new Set(rows.map((r) => r[pivot.period]))];
  const series = [...new Set(rows.map(seriesOf))];
  const { heads, cells, caption } = shown;
  expect(cells.map((r) => r[0]), `${where}: a row per period, in order`).toEqual(periods);
  expect(heads.slice(-series.length), `${where}: a column per series`).toEqual(series);
  const periodHeads = heads.slice(0, heads.length - series.length);
  expect(periodHeads[0]).toBe(col(pivot.period).label);
  // the period's own columns: each shown, or said once (the same for every period, or the same as another)
  const firstOf = periods.map((p) => rows.find((r) => r[pivot.period] === p)!);
  for (const key of pivot.perPeriod) {
    const c = col(key);
    for (const p of periods) expect(new Set(rows.filter((r) => r[pivot.period] === p).map((r) => r[key])).size, `${where}: ${key} is one value a period`).toBe(1);
    const j = periodHeads.indexOf(c.label);
    if (j > 0) expect(cells.map((r) => r[j]), `${where}: ${key}`).toEqual(firstOf.map((r) => written(r[key], c)));
    else expect(caption, `${where}: the caption states ${key}`).toMatch(new RegExp(`${c.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
  }
  const value = col(pivot.value);
  let filled = 0;
  periods.forEach((p, i) =>
    series.forEach((s, k) => {
      const r = rows.find((x) => x[pivot.period] === p && seriesOf(x) === s);
      const cell = cells[i][periodHeads.length + k];
      expect(cell, `${where}: ${p}, ${s}`).toBe(written(r?.[pivot.value] ?? "", value));
      if (r && r[pivot.value] !== "") filled++;
    }),
  );
  const withValue = cells.flatMap((r) => r.slice(periodHeads.length)).filter((c) => c !== (value.empty ?? "")).length;
  expect(withValue, `${where}: a cell with a value for each CSV row with one`).toBe(rows.filter((r) => r[pivot.value] !== "").length);
  expect(filled).toBe(withValue);
  // the sources: every one the CSV cites, listed once under the table
  const sources = meta.columns.find((c) => c.format === "sources");
  if (sources) expect(shown.lists.get(listName(sources))!.flatMap((it) => it.ids).sort()).toEqual([...new Set(rows.flatMap((r) => r[sources.key].split(" ").filter(Boolean)))].sort());
}

for (const qs of VIEWS)
  test(`each chart's HTML table is its CSV: ${qs || "the default view"}`, async ({ page, request }) => {
    test.setTimeout(300_000);
    await page.goto(`/?${qs}`);
    for (const { slug, figure } of FIGURES) {
      const fig = figure(page);
      const csv = await downloadCsv(page, fig);
      expect(csv.href, slug).toMatch(new RegExp(`^/charts/${slug}\\.csv`));
      const meta = ((await (await request.get(csv.href.replace(/\.csv/, ".json"))).json()) as { table: TableMeta }).table;
      expect(meta.columns.map((c) => c.key), `${slug}: the CSV's columns are the drawn table's`).toEqual(csv.header);
      expect(meta.columns.filter((c) => c.csvOnly && isNumeric(c)), `${slug}: no number column is left to the CSV`).toEqual([]);

      await fig.getByText("Show data table").click();
      const tables = fig.getByRole("table");
      const count = await tables.count();
      if (meta.pivot) {
        expect(count, slug).toBe(1);
        checkPivot(slug, meta, csv.rows, await read(tables.first()));
        continue;
      }
      const parts = meta.parts ?? [{ id: "", rows: csv.rows.length }];
      expect(count, `${slug}: a table per part`).toBe(parts.length);
      let at = 0;
      for (let t = 0; t < count; t++) {
        const rows = csv.rows.slice(at, at + parts[t].rows);
        const shown = await read(tables.nth(t));
        expect(shown.cells.length, `${slug}, table ${t}: a row for every CSV row`).toBe(rows.length);
        checkLong(`${slug}, table ${t}`, meta.columns, rows, shown, parts[t].csvOnly ?? []);
        at += rows.length;
      }
      expect(at, `${slug}: the HTML tables hold every CSV row`).toBe(csv.rows.length);
    }
  });

// A reader sorts a chart's table by a column's header, by pointer or keyboard (lib/export/drawn/sort-rows.ts): the
// rows are the CSV's rows, reordered; empty cells go last; a third press gives back the CSV's order. Without
// JavaScript the headers are plain words, not buttons that would do nothing there.
test("a table sorts by a column's header, by pointer and keyboard, and its rows stay the CSV's", async ({ page, browser }) => {
  await page.goto("/");
  const fig = await pinFigure(aidFigure(page));
  await fig.getByText("Show data table").click();
  const table = fig.locator("details.chart-table table").first();
  const periods = () => table.locator("tbody tr > th").allInnerTexts();
  const head = await table.locator("thead th").allInnerTexts();
  const totalAt = head.indexOf("Total");
  const totals = async () =>
    (await table.locator(`tbody tr > :nth-child(${totalAt + 1})`).allInnerTexts()).map((t) => (/\d/.test(t) ? Number(t.replace(/[^0-9-]/g, "")) : null));
  const csv = parseCsv(await (await page.request.get((await fig.getByRole("link", { name: "Download CSV" }).getAttribute("href"))!)).text());
  const own = await periods();
  expect(own.map((p) => p.split(" ")[0]), "the table's own order is the CSV's").toEqual(csv.map((r) => r.period.split(" ")[0]));
  // the CSV's largest total, worked out here from the file
  const largest = csv.reduce((a, r) => (Number(r.total_usd) > Number(a.total_usd) ? r : a));

  // every column sorts but those whose cells are numbers into a list under the table (the sources, the reasons a year
  // is known to be $0)
  const button = table.getByRole("button", { name: "Total", exact: true });
  await expect(button).toBeVisible();
  expect(await table.locator("thead th:not(:has(button))").allInnerTexts()).toEqual(["Known to be $0", "Sources"]);
  await button.click();
  const th = table.locator("thead th").nth(totalAt);
  await expect(th).toHaveAttribute("aria-sort", "descending");
  await expect(fig.getByRole("status").filter({ hasText: "Rows sorted by Total, largest first." })).toBeAttached();
  const down = await totals();
  const shown = down.filter((v): v is number => v !== null);
  expect(shown, "largest first").toEqual([...shown].sort((a, b) => b - a));
  expect(down.slice(shown.length).every((v) => v === null), "empty totals last").toBe(true);
  expect((await periods())[0].split(" ")[0]).toBe(largest.period.split(" ")[0]);
  expect([...(await periods())].sort(), "the same rows").toEqual([...own].sort());

  // the keyboard: focus stays on the header's button, Enter sorts the other way, Space back to the CSV's order
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(th).toHaveAttribute("aria-sort", "ascending");
  const up = (await totals()).filter((v): v is number => v !== null);
  expect(up, "smallest first").toEqual([...up].sort((a, b) => a - b));
  await page.keyboard.press("Space");
  await expect(th).not.toHaveAttribute("aria-sort");
  await expect(fig.getByRole("status").filter({ hasText: "Rows in the table's own order." })).toBeAttached();
  expect(await periods()).toEqual(own);
  await expect(button).toBeFocused();

  // without JavaScript: the same headers, as words, and no button that would do nothing
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(page.url());
  const plainFig = plain.locator("#aid-figure");
  await plainFig.getByText("Show data table").click();
  const plainTable = plainFig.locator("details.chart-table table").first();
  await expect(plainTable.getByRole("button")).toHaveCount(0);
  const plainHeads = plainTable.getByRole("columnheader");
  await expect(plainHeads).toHaveCount(head.length);
  for (const [i, words] of head.entries()) await expect(plainHeads.nth(i), "the header's words, shown").toHaveAccessibleName(words);
  expect(await plainHeads.evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width > 0)), "each header shows something").not.toContain(false);
  await noJs.close();
});
