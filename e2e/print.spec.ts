// Print / Save as PDF of the dashboard, read back as a reader's tools read it: Chromium's own print to PDF (the print
// media, A4 landscape from the page's CSS), pdfinfo for the pages and pdftotext for what each page says. The first
// page carries the page's opening and the first chart (not a near-empty sheet), the by-year table runs over two pages
// or fewer, and every chart prints its title, drawing and caption (sources and notes) on one page. Every figure on the
// page is checked, so a chart added to the registry is covered.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

const squash = (t: string) => t.replace(/\s+/g, "");

/** The page printed to PDF; its page count and each page's text. */
async function printed(page: Page): Promise<{ pages: string[] }> {
  await page.emulateMedia({ media: "print" });
  const dir = mkdtempSync(path.join(tmpdir(), "print-"));
  try {
    const file = path.join(dir, "page.pdf");
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString())![1]);
    const pages = Array.from({ length: count }, (_, i) => execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", file, "-"]).toString("utf8"));
    return { pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each figure's title, its caption's source line and first note, and its table's first and last row headers. */
async function figures(page: Page) {
  return page.locator("figure.chart-figure").evaluateAll((figs) =>
    figs.map((f) => {
      const text = (sel: string) => f.querySelector(sel)?.textContent?.trim() ?? "";
      const rows = [...f.querySelectorAll("details.chart-table tbody tr")];
      const rowText = (r: Element | undefined) => (r?.querySelector("th, td")?.textContent ?? "").trim();
      return {
        title: text(".chart-title"),
        source: text(".chart-caption p.muted"),
        note: text(".chart-caption .chart-notes li"),
        rows: rows.length,
        firstRow: rowText(rows[0]),
        lastRow: rowText(rows[rows.length - 1]),
      };
    }),
  );
}

/** The first page whose text holds `words` (spaces ignored: pdftotext lays lines out with its own). */
const pageOf = (pages: string[], words: string, from = 0) => pages.findIndex((p, i) => i >= from && squash(p).includes(squash(words)));

test("print: the first page is not near-empty, the by-year table fits two pages, each chart prints with its caption", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/?groupBy=year");
  const figs = await figures(page);
  expect(figs.length).toBeGreaterThanOrEqual(4);
  const { pages } = await printed(page);
  console.log(`printed /?groupBy=year: ${pages.length} pages; lines a page: ${pages.map((p) => p.split("\n").filter((l) => l.trim()).length).join(", ")}`);

  // the first page: the page's opening and the first chart's title and drawing, not a sheet with a heading alone
  const firstLines = pages[0].split("\n").filter((l) => l.trim()).length;
  expect(firstLines, pages[0]).toBeGreaterThan(20);
  expect(squash(pages[0])).toContain(squash(figs[0].title));

  for (const f of figs) {
    const at = pageOf(pages, f.title);
    expect(at, `"${f.title}" printed`).toBeGreaterThanOrEqual(0);
    // the caption (its source line, and its first note where it has notes) on the page of its title
    expect(squash(pages[at]), `${f.title}: source line on page ${at + 1}`).toContain(squash(f.source.slice(0, 80)));
    if (f.note) expect(squash(pages[at]), `${f.title}: first note on page ${at + 1}`).toContain(squash(f.note.slice(0, 60)));
  }

  // chart 1's by-year table (70 rows): from its first row to its last in two pages or fewer
  const aid = figs[0];
  expect(aid.rows).toBeGreaterThanOrEqual(70);
  const titlePage = pageOf(pages, aid.title);
  const first = pageOf(pages, aid.firstRow, titlePage);
  const last = pageOf(pages, aid.lastRow, first);
  expect(first, "the table's first row printed").toBeGreaterThanOrEqual(0);
  expect(last - first + 1, `by-year table on pages ${first + 1}-${last + 1}`).toBeLessThanOrEqual(2);
});
