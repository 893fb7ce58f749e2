// Export and share (issue 8), in a real browser: every chart's Export menu by keyboard, every format downloaded from
// every chart and opened (PNG size per preset, SVG parsed, checked safe and rendered by rsvg-convert, CSV against the
// on-page table and the API, .pptx unzipped), copy image and link from the clipboard, cite and embed, the whole-page
// deck, print emulation, the embed page framed by another origin while / refuses, the Open Graph image, a failed
// export said in words, and no Content-Security-Policy violation during any of it.
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { CHART_SLUGS } from "../lib/charts/registry";
import { axeViolations, bodyRows, figure, pinFigure, waitForLiveFace } from "./helpers";

const CHARTS = [
  { slug: "aid-by-period", figure: /^How much/, button: "Export chart: how much (aid by period)" },
  { slug: "relations-band", figure: /State of US-Cambodia relations/, button: "Export chart: state of relations" },
  { slug: "military-share", figure: /^In what form/, button: "Export chart: military versus economic" },
  { slug: "seed-vs-greenbook", figure: /^Seed figures versus the Greenbook/, button: "Export chart: seed figures versus the Greenbook" },
  { slug: "neighbours", figure: /^US aid to Cambodia and its neighbours/, button: "Export chart: Cambodia among its neighbours" },
  { slug: "financiers", figure: /^The United States among Cambodia's financiers/, button: "Export chart: Cambodia's financiers" },
] as const;
type Chart = (typeof CHARTS)[number];

test("every chart of the registry is exported here", () => {
  expect(CHARTS.map((c) => c.slug)).toEqual([...CHART_SLUGS]);
});

/** A view that is not the default: constant 2020 dollars (so names and numbers carry the view). */
const VIEW_QS = "dollars=constant&base=2020";
const VIEW_NAME = "decade-fy1955-2024-constant-2020-usd";
/** The view's words in each chart's file names (lib/charts/registry.ts: fileNameParts). */
const FILE_VIEW: Record<Chart["slug"], string> = {
  "aid-by-period": VIEW_NAME,
  "relations-band": "decade-fy1955-2024",
  "military-share": VIEW_NAME,
  "seed-vs-greenbook": "difference",
  neighbours: "decade-laos-vietnam-thailand-total-constant-2020-usd",
  financiers: "disbursement-decade-constant-2020-usd",
};

/** The "other site" of the framing test: two ports above the suite's server (which uses E2E_PORT and E2E_PORT+1);
 * EXPORT_OTHER_SITE_PORT overrides. */
const OTHER_SITE_PORT = Number(process.env.EXPORT_OTHER_SITE_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 2);

const RSVG = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].find(existsSync);

/** Every CSP violation the page reports, from before its first script, through an exposed function. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction("__exportCspViolation", (v: string) => seen.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__exportCspViolation?.(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return seen;
}

async function openDashboard(page: Page, qs = VIEW_QS): Promise<string[]> {
  const csp = await watchCsp(page);
  await page.goto(qs ? `/?${qs}` : "/");
  return csp;
}

function chartFigure(page: Page, c: Chart): Locator {
  return figure(page, c.figure);
}

/** The export menu's own part of a figure: its button, status line and alert. */
function menuOf(page: Page, c: Chart): Locator {
  return chartFigure(page, c).locator(`[data-export-menu="${c.slug}"]`);
}

async function openMenu(page: Page, c: Chart): Promise<void> {
  const button = (await pinFigure(chartFigure(page, c))).getByRole("button", { name: c.button });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  await expect(page.getByRole("menu")).toBeVisible();
}

async function choose(page: Page, c: Chart, item: string): Promise<void> {
  await openMenu(page, c);
  await page.getByRole("menuitem", { name: item }).click();
}

async function download(page: Page, c: Chart, item: string | RegExp): Promise<{ dl: Download; bytes: Buffer }> {
  await openMenu(page, c);
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: item }).click()]);
  const file = await dl.path();
  return { dl, bytes: readFileSync(file) };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** RFC 4180: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += ch;
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

/** "$1,234" -> "1234"; the page writes whole dollars. */
const dollars = (n: string | number) => `$${Math.round(Number(n)).toLocaleString("en-US")}`;

async function tableCells(table: Locator): Promise<string[][]> {
  return bodyRows(table).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? "").trim())));
}

test.describe("the export menu", () => {
  test("is a real menu: keyboard opens it, arrows move, Escape closes and focus returns; axe finds nothing", async ({ page }) => {
    const csp = await openDashboard(page);
    const c = CHARTS[0];
    const button = (await pinFigure(chartFigure(page, c))).getByRole("button", { name: c.button });
    await button.focus();
    // the menu loads when the button takes the focus, and the button it brings keeps it
    await expect(chartFigure(page, c).getByRole("button", { name: c.button })).toBeFocused();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu");
    await expect(menu).toBeVisible();
    const items = menu.getByRole("menuitem");
    await expect(items).toHaveText([
      "PNG, as on screen (2x)",
      "PNG, slide 16:9 (1920 x 1080)",
      "PNG, slide 4:3 (1600 x 1200)",
      "PNG, square (1200 x 1200)",
      "SVG (vector)",
      "CSV of the numbers drawn",
      "Copy image",
      "PowerPoint (.pptx)",
      "Copy link",
      "Cite this chart...",
      "Embed...",
    ]);
    await expect(items.first()).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(items.nth(1)).toBeFocused();
    expect(await axeViolations(page, { include: "#aid-figure" })).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(chartFigure(page, c).getByRole("button", { name: c.button })).toBeFocused();
    expect(csp).toEqual([]);
  });
});

for (const c of CHARTS) {
  // one page, every format: each step downloads from the menu and opens the file
  test(`${c.slug}: every format, downloaded from its menu and opened`, async ({ page, request }) => {
    test.setTimeout(180_000);
    const csp = await openDashboard(page);
    await test.step("PNG: the signature and the exact pixel size of each preset, named from chart and view", async () => {
      const screenWidth = await chartFigure(page, c).locator(".chart-body").evaluate((e) => e.clientWidth);
      const presets = [
        { item: "PNG, slide 16:9 (1920 x 1080)", variant: "1920x1080", width: 1920, height: 1080 },
        { item: "PNG, slide 4:3 (1600 x 1200)", variant: "1600x1200", width: 1600, height: 1200 },
        { item: "PNG, square (1200 x 1200)", variant: "1200x1200", width: 1200, height: 1200 },
      ];
      for (const p of presets) {
        const { dl, bytes } = await download(page, c, p.item);
        expect(dl.suggestedFilename()).toBe(`us-cambodia-${c.slug}-${FILE_VIEW[c.slug]}-${p.variant}.png`);
        expect(pngSize(bytes)).toEqual({ width: p.width, height: p.height });
      }
      const { dl, bytes } = await download(page, c, "PNG, as on screen (2x)");
      expect(dl.suggestedFilename()).toMatch(new RegExp(`^us-cambodia-${c.slug}-.*-2x\\.png$`));
      const size = pngSize(bytes);
      expect(size.width).toBe(2 * screenWidth);
      expect(size.height % 2).toBe(0);
      await expect(menuOf(page, c).getByRole("status")).toHaveText(`Downloaded ${dl.suggestedFilename()}.`);
    });

    await test.step("SVG: parses, holds nothing active, carries title, legend and source, renders with rsvg-convert", async () => {
      const fig = chartFigure(page, c);
      const title = (await fig.locator(".chart-title").textContent())!.trim();
      const source = (await fig.locator(".chart-caption p.muted").first().textContent())!.trim();
      // each entry by its full name (a phone shows a shorter one beside it)
      const legend = await fig.locator(".chart-legend li").evaluateAll((lis) => lis.map((li) => ((li.querySelector(".legend-label-full") ?? li).textContent ?? "").trim()).filter(Boolean));
      const { dl, bytes } = await download(page, c, "SVG (vector)");
      expect(dl.suggestedFilename()).toMatch(new RegExp(`^us-cambodia-${c.slug}-.*\\.svg$`));
      const svg = bytes.toString("utf8");
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const all = [...doc.querySelectorAll("*")];
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          root: doc.documentElement.localName,
          active: all.filter((e) => ["script", "foreignObject", "iframe", "style"].includes(e.localName)).length,
          events: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
          jsLinks: all.flatMap((e) => [...e.attributes].filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => a.name)),
          text: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "").join(" ").replace(/\s+/g, " "),
        };
      }, svg);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe("svg");
      expect(parsed.active).toBe(0);
      expect(parsed.events).toEqual([]);
      expect(parsed.jsLinks).toEqual([]);
      // a long title wraps over lines of its own: its words are there, in order
      expect(parsed.text.replace(/ /g, "")).toContain(title.replace(/\s+/g, ""));
      // a legend entry may wrap over lines of its own: its words are there, in order
      for (const entry of legend) expect(parsed.text.replace(/ /g, "")).toContain(entry.replace(/\s+/g, ""));
      // the source line is drawn (it may wrap: each of its words is there, in order)
      expect(parsed.text.replace(/ /g, "")).toContain(source.replace(/\s+/g, ""));
      expect(svg).not.toContain("var(--");
      if (!RSVG) {
        test.info().annotations.push({ type: "skipped part", description: "rsvg-convert is not installed (apt-get install -y librsvg2-bin; .ci/run installs it)" });
      } else {
        const dir = mkdtempSync(path.join(tmpdir(), "export-svg-"));
        writeFileSync(path.join(dir, "chart.svg"), svg);
        execFileSync(RSVG, ["-o", path.join(dir, "chart.png"), path.join(dir, "chart.svg")]);
        const rendered = pngSize(readFileSync(path.join(dir, "chart.png")));
        expect(rendered.width).toBe(Number(/<svg[^>]*\swidth="(\d+)"/.exec(svg)![1]));
      }
    });

    await test.step("CSV: a plain table whose numbers equal the on-page table and the API", async () => {
      const fig = chartFigure(page, c);
      const { dl, bytes } = await download(page, c, "CSV of the numbers drawn");
      expect(dl.suggestedFilename()).toMatch(new RegExp(`^us-cambodia-${c.slug}-.*\\.csv$`));
      const text = bytes.toString("utf8");
      expect(text.split("\r\n")[0]).toMatch(/^[a-z_]+(,[a-z_]+)+$/); // a header row, no preamble
      const csv = parseCsv(text);
      const tables = fig.locator("details.chart-table table");
      if (c.slug === "aid-by-period" || c.slug === "military-share") {
        const api = (await (await request.get(`/api/aid?${VIEW_QS}`)).json()) as { rows: { period: { label: string }; total: number | null; economic: number | null; militaryShare: number | null; parts: { key: string; amount: number | null }[] }[] };
        const page_ = await tableCells(tables.first());
        const head = await tables.first().locator("thead th").allTextContents();
        const col = (name: string) => head.findIndex((h) => h.trim() === name);
        expect(csv.length).toBe(page_.length);
        expect(csv.length).toBe(api.rows.length);
        csv.forEach((r, i) => {
          expect(r.period).toBe(page_[i][0]);
          expect(r.dollars).toBe("constant");
          expect(r.base_year).toBe("2020");
          if (c.slug === "aid-by-period") {
            expect(r.units).toBe("USD");
            expect(r.total_usd === "" ? "no data" : dollars(r.total_usd)).toBe(page_[i][col("Total")]);
            expect(r.total_usd === "" ? null : Number(r.total_usd)).toBe(api.rows[i].total);
            expect(r.economic_usd === "" ? null : Number(r.economic_usd)).toBe(r.status === "no data" ? null : api.rows[i].parts.find((p) => p.key === "economic")!.amount);
          } else {
            expect(r.units).toBe("percent of the period's aid");
            expect(r.economic_usd === "" ? "-" : dollars(r.economic_usd)).toBe(page_[i][col("Economic")]);
            // a share from only some of the period's years is "partial" on the page and in the file
            expect(r.military_share_pct === "" ? "-" : `${Number(r.military_share_pct).toFixed(1)}%`).toBe(page_[i][col("Military share")]);
            expect(r.status).toBe(page_[i][col("Status")]);
            if (r.military_share_pct !== "") expect(Number(r.military_share_pct)).toBeCloseTo(api.rows[i].militaryShare! * 100, 3);
            if (r.economic_drawn !== "") expect(Number(r.economic_drawn) + Number(r.military_drawn)).toBeCloseTo(100, 6);
          }
        });
      } else if (c.slug === "relations-band") {
        const phases = await tableCells(fig.getByTestId("relations-phases-table"));
        const events = await tableCells(fig.getByTestId("relations-events-table"));
        const csvPhases = csv.filter((r) => r.kind !== "event");
        const csvEvents = csv.filter((r) => r.kind === "event");
        expect(csvPhases.length).toBe(phases.length);
        expect(csvEvents.map((r) => r.label)).toEqual(events.map((e) => e[0]));
        for (const p of csvPhases.filter((r) => r.kind === "phase")) expect(phases.map((x) => x[0])).toContain(p.label);
        const api = (await (await request.get("/api/relations")).json()) as { segments: { start: string }[] };
        for (const p of csvPhases.filter((r) => r.kind === "phase")) expect(api.segments.map((s) => s.start)).toContain(p.start);
      } else if (c.slug === "neighbours" || c.slug === "financiers") {
        // the comparison's own columns: a row per period and series, each naming its source, basis and divisor; the
        // page's table a row per period and a column per series
        const rows = await tableCells(tables.first());
        const periods = [...new Set(csv.map((r) => r.period))];
        expect(rows.map((r) => r[0])).toEqual(periods);
        expect(csv.length).toBe(periods.length * new Set(csv.map((r) => r.country_id ?? r.series_id)).size);
        for (const r of csv) {
          expect(r.dollars).toBe("constant");
          expect(r.base_year).toBe("2020");
          expect(r.source_ids).not.toBe("");
          if (c.slug === "financiers") expect(r.basis).toBe("disbursement");
        }
      } else {
        const rows = await tableCells(tables.first());
        const api = (await (await request.get("/api/reconciliation")).json()) as { reconciliations: { figure: { amount: number }; sameKind: { greenbookAmount: number | null } }[] };
        const seedAt = (await tables.first().locator("thead th").allTextContents()).findIndex((h) => h.trim() === "Seed amount");
        expect(csv.length).toBe(rows.length);
        csv.forEach((r, i) => {
          expect(dollars(r.seed_usd)).toBe(rows[i][seedAt]);
          expect(Number(r.seed_usd)).toBe(api.reconciliations[i].figure.amount);
          expect(r.greenbook_usd === "" ? null : Number(r.greenbook_usd)).toBe(api.reconciliations[i].sameKind.greenbookAmount);
        });
      }
    });

    await test.step("PowerPoint: the .pptx unzips to one slide with a native chart of the series drawn, its workbook, and the link in the notes", async () => {
      const { dl, bytes } = await download(page, c, "PowerPoint (.pptx)");
      expect(dl.suggestedFilename()).toMatch(new RegExp(`^us-cambodia-${c.slug}-.*\\.pptx$`));
      const zip = await JSZip.loadAsync(bytes);
      const names = Object.keys(zip.files);
      expect(names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(1);
      expect(names.some((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n))).toBe(true);
      const chart = await zip.file(names.find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!)!.async("string");
      expect(chart).toContain("<c:barChart>");
      const seriesNames = [...chart.matchAll(/<c:ser>[\s\S]*?<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
      expect(seriesNames.length).toBeGreaterThan(0);
      if (c.slug === "aid-by-period" || c.slug === "military-share") expect(seriesNames).toEqual(expect.arrayContaining(["Economic", "Military"]));
      if (c.slug === "relations-band") expect(seriesNames.some((n) => n.startsWith("Severed: "))).toBe(true);
      const notes = await zip.file("ppt/notesSlides/notesSlide1.xml")!.async("string");
      expect(notes).toContain(`View: ${new URL(page.url()).origin}/?dollars=constant&amp;base=2020`);
      expect(notes).toMatch(/Exported: \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d UTC/);
    });
    expect(csp).toEqual([]);
  });
}

test.describe("copy, cite and embed", () => {
  test("Copy image puts a PNG on the clipboard; Copy link the view's address", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const csp = await openDashboard(page);
    const c = CHARTS[2];
    await choose(page, c, "Copy image");
    await expect(menuOf(page, c).getByRole("status")).toHaveText("Image copied: paste it into a slide or a document.");
    const clip = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const blob = await items[0].getType("image/png");
      return { types: items[0].types, head: [...new Uint8Array(await blob.slice(0, 8).arrayBuffer())], size: blob.size };
    });
    expect(clip.types).toContain("image/png");
    expect(clip.head).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(clip.size).toBeGreaterThan(1000);
    await choose(page, c, "Copy link");
    await expect(menuOf(page, c).getByRole("status")).toHaveText("Link to this view copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(page.url()).origin}/?dollars=constant&base=2020`);
    expect(csp).toEqual([]);
  });

  test("where the browser refuses to copy the image, the alert says so and offers the download", async ({ page }) => {
    const csp = await openDashboard(page);
    // a browser that refuses: the clipboard write is rejected as a real refusal is
    await page.evaluate(() => {
      navigator.clipboard.write = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
    });
    const c = CHARTS[0];
    await choose(page, c, "Copy image");
    const alert = menuOf(page, c).getByRole("alert");
    await expect(alert).toHaveText("Copy image failed: the browser refused to copy the image (Write permission denied.). Download the PNG instead");
    const [dl] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: "Download the PNG instead" }).click()]);
    expect(dl.suggestedFilename()).toBe(`us-cambodia-aid-by-period-${VIEW_NAME}-2x.png`);
    pngSize(readFileSync(await dl.path()));
    expect(csp).toEqual([]);
  });

  test("Cite gives plain text and BibTeX with title, publisher, data version, access date and link; Escape returns focus", async ({ page }) => {
    const csp = await openDashboard(page);
    const c = CHARTS[0];
    await choose(page, c, "Cite this chart...");
    const dialog = page.getByRole("dialog", { name: "Cite this chart" });
    await expect(dialog).toBeVisible();
    const plain = dialog.getByLabel("Citation");
    await expect(plain).toHaveValue(/US aid to Cambodia by decade, FY1955-2024, constant 2020 dollars/);
    const link = `${new URL(page.url()).origin}/?dollars=constant&base=2020`;
    const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    const text = await plain.inputValue();
    expect(text).toContain("US aid to Cambodia: aid and relations dashboard");
    expect(text).toContain("Data version: U.S. Agency for International Development U.S. Overseas Loans and Grants (Greenbook)");
    expect(text).toContain("FY1946-2020 edition");
    expect(text).toContain(link);
    expect(text).toContain(`(accessed ${today})`);
    const bib = await dialog.getByLabel("BibTeX").inputValue();
    expect(bib).toMatch(/^@misc\{us-cambodia-aid-aid-by-period-\d{8},/);
    expect(bib).toContain(`url = {${link}}`);
    expect(bib).toContain(`urldate = {${new Date().toISOString().slice(0, 10)}}`);
    expect(await axeViolations(page, { include: ".export-dialog" })).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(chartFigure(page, c).getByRole("button", { name: c.button })).toBeFocused();
    expect(csp).toEqual([]);
  });

  test("Embed gives an iframe snippet for /embed/<chart> with the view's query", async ({ page }) => {
    const csp = await openDashboard(page);
    const c = CHARTS[1];
    await choose(page, c, "Embed...");
    const snippet = await page.getByRole("dialog", { name: "Embed this chart" }).getByLabel("Embed code").inputValue();
    expect(snippet).toMatch(new RegExp(`^<iframe src="${new URL(page.url()).origin}/embed/relations-band\\?dollars=constant&amp;base=2020" title="[^"]+" width="960" height="\\d+"`));
    expect(csp).toEqual([]);
  });
});

test("Download all as PowerPoint: title slide, one native chart per chart, sources slide, notes with the link on each", async ({ page }) => {
  const csp = await openDashboard(page);
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download all as PowerPoint" }).click()]);
  expect(dl.suggestedFilename()).toBe(`us-cambodia-all-charts-${VIEW_NAME}.pptx`);
  const zip = await JSZip.loadAsync(readFileSync(await dl.path()));
  const names = Object.keys(zip.files);
  const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(/\d+/.exec(a)) - Number(/\d+/.exec(b)));
  expect(names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(CHART_SLUGS.length);
  expect(names.filter((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n))).toHaveLength(CHART_SLUGS.length);
  expect(await zip.file(slides[0])!.async("string")).toContain("US aid to Cambodia, 1955-2024, and the state of relations");
  expect(await zip.file(slides.at(-1)!)!.async("string")).toContain("Sources");
  const notes = names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
  expect(notes).toHaveLength(slides.length);
  for (const n of notes) expect(await zip.file(n)!.async("string")).toContain("/?dollars=constant&amp;base=2020");
  await expect(page.locator("[data-page-actions]").getByRole("status")).toHaveText(`Downloaded ${dl.suggestedFilename()}.`);
  expect(csp).toEqual([]);
});

test("print: every chart with its caption, the view's link, the print date and its table open; no export controls", async ({ page }) => {
  const csp = await openDashboard(page);
  // print uses each chart's file even after its live face has taken over on screen, and the light file whatever the
  // screen's theme
  const aid = chartFigure(page, CHARTS[0]);
  await waitForLiveFace(aid);
  await expect(aid.locator('[data-face="static"]')).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(aid.locator('[data-face="static"] img')).toBeVisible();
  expect(await aid.locator('[data-face="static"] img').evaluate((i: HTMLImageElement) => i.currentSrc)).not.toContain("theme=dark");
  await expect(aid.locator('[data-face="live"]')).toBeHidden();
  await expect(page.getByRole("button", { name: "Reset view" })).toBeHidden();
  for (const c of CHARTS) {
    const fig = chartFigure(page, c);
    await expect(fig.locator("img.chart-file")).toBeVisible();
    await expect(fig.locator(".chart-caption")).toBeVisible();
    await expect(fig.locator("[data-print-line]")).toBeVisible();
    await expect(fig.locator("[data-print-line]")).toHaveText(/^View: http:\/\/[^ ]+\/\?dollars=constant&base=2020 · Printed \d{1,2} [A-Z][a-z]+ \d{4}$/);
    const table = fig.locator("details.chart-table table").first();
    await expect(table).toBeVisible();
    expect((await table.boundingBox())!.height).toBeGreaterThan(40);
    await expect(fig.getByText("Show data table")).toBeHidden();
    await expect(fig.getByRole("button", { name: c.button })).toBeHidden();
    for (const a of await fig.locator("a[download]").all()) await expect(a).toBeHidden();
    // each chart begins a page, but the first, which follows the page's title and finding on the first page
    expect(await fig.evaluate((f) => getComputedStyle(f).breakBefore)).toBe(c === CHARTS[0] ? "auto" : "page");
  }
  await expect(page.getByRole("button", { name: "Download all as PowerPoint" })).toBeHidden();
  expect(csp).toEqual([]);
});

test("Save as PDF: A4 landscape pages, and each chart drawn on the page that carries its title", async ({ page, request }) => {
  const csp = await openDashboard(page);
  await expect(chartFigure(page, CHARTS[3]).locator("img.chart-file")).toBeVisible();
  // the texts each chart file draws (axis ticks, category and value labels, legend), from the file the page shows
  const drawn: { title: string; texts: string[] }[] = [];
  for (const c of CHARTS) {
    const fig = chartFigure(page, c);
    const src = await fig.locator("img.chart-file").first().getAttribute("src");
    const svg = await (await request.get(src!)).text();
    const texts = [...svg.matchAll(/<text\b[^>]*>([^<]+)<\/text>/g)].map((m) => m[1].replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim()).filter((t) => t.length > 1);
    expect(texts.length, c.slug).toBeGreaterThan(8);
    drawn.push({ title: (await fig.locator(".chart-title").textContent())!, texts });
  }
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const p = await doc.getPage(i);
    const { width, height } = p.getViewport({ scale: 1 });
    // A4 landscape: 297 x 210 mm = 842 x 595 points
    expect([Math.round(width), Math.round(height)], `page ${i}`).toEqual([842, 595]);
    const items = (await p.getTextContent()).items;
    pages.push(items.map((t) => ("str" in t ? t.str : "")).join(" ").replace(/\s+/g, " "));
  }
  expect(pages[0]).toContain("US aid to Cambodia, 1955-2024");
  const squash = (t: string) => t.replace(/\s+/g, "");
  for (const { title, texts } of drawn) {
    const at = pages.findIndex((p) => squash(p).includes(squash(title)));
    // chart 1 follows the page's title and finding on the first page; the others start pages of their own
    expect(at, title).toBeGreaterThanOrEqual(title === drawn[0].title ? 0 : 1);
    // the drawing is on its title's page: nearly every text the chart file draws is found there
    const here = texts.filter((t) => squash(pages[at]).includes(squash(t)));
    expect(here.length / texts.length, `${title}: on page ${at + 1}, missing ${texts.filter((t) => !here.includes(t)).slice(0, 5).join(" | ")}`).toBeGreaterThan(0.9);
  }
  expect(csp).toEqual([]);
});

test("the embed page renders inside an iframe of another origin, while / refuses to be framed", async ({ page, baseURL }) => {
  // another site: a page served from another origin on this machine (localhost on the ad hoc port, not the app's
  // 127.0.0.1), holding two frames of the app
  const body = `<!doctype html><title>Article</title><iframe name="embed" title="chart" src="${baseURL}/embed/aid-by-period?groupBy=year" width="960" height="700"></iframe><iframe name="home" title="home" src="${baseURL}/" width="400" height="300"></iframe>`;
  const other = createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end(body));
  await new Promise<void>((done) => other.listen(OTHER_SITE_PORT, "localhost", done));
  const host = `http://localhost:${OTHER_SITE_PORT}/article.html`;
  await page.goto(host);
  const embed = page.frameLocator('iframe[name="embed"]');
  await expect(embed.getByRole("heading", { name: /^How much: US aid to Cambodia by fiscal year/ })).toBeVisible();
  await expect(embed.getByRole("link", { name: /See this chart/ })).toHaveAttribute("href", "/?groupBy=year");
  await expect.poll(() => embed.locator("img.chart-file").evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
  await expect(embed.getByText(/^Source/)).toBeVisible();
  // the dashboard's frame-ancestors 'none': the browser shows an error page in its place, never the dashboard
  await expect.poll(() => page.frame({ name: "home" })?.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe[name="home"]').getByRole("heading", { name: /US aid to Cambodia, 1955-2024/ })).toHaveCount(0);
  await new Promise<void>((done) => other.close(() => done()));
});

test("each embed page is accessible on its own, and an unknown chart is a 404", async ({ page }) => {
  // an axe run per chart of the registry
  test.setTimeout(120_000);
  for (const c of CHARTS) {
    await page.goto(`/embed/${c.slug}?from=1970&to=1990`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: /See this chart/ })).toHaveAttribute("href", "/?from=1970&to=1990");
    expect(await axeViolations(page), c.slug).toEqual([]);
  }
  expect((await page.goto("/embed/no-such-chart"))!.status()).toBe(404);
});

test("a view's Open Graph image is the aid chart's PNG for that view, of its declared size", async ({ page, request }) => {
  await page.goto(`/?${VIEW_QS}`);
  const meta = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute("content");
  const image = (await meta("og:image"))!;
  expect(new URL(image).pathname).toBe("/charts/aid-by-period.png");
  expect(new URL(image).searchParams.get("dollars")).toBe("constant");
  expect(new URL(image).searchParams.get("base")).toBe("2020");
  expect(await page.locator('meta[name="twitter:image"]').getAttribute("content")).toBe(image);
  const res = await request.get(new URL(image).pathname + new URL(image).search);
  expect(res.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await res.body())).toEqual({ width: Number(await meta("og:image:width")), height: Number(await meta("og:image:height")) });
});

test("a failed export says so in words and the page keeps working", async ({ page }) => {
  const csp = await openDashboard(page);
  await page.route("**/charts/*.png*", (route) =>
    route.fulfill({ status: 503, json: { error: { code: "busy", message: "Too many chart images are being drawn right now; try again in a few seconds." } } }),
  );
  const c = CHARTS[0];
  await choose(page, c, "PNG, square (1200 x 1200)");
  await expect(menuOf(page, c).getByRole("alert")).toHaveText(
    "PNG, square (1200 x 1200) failed: Too many chart images are being drawn right now; try again in a few seconds.",
  );
  await page.unroute("**/charts/*.png*");
  const { dl } = await download(page, c, "SVG (vector)");
  expect(dl.suggestedFilename()).toMatch(/\.svg$/);
  await expect(menuOf(page, c).locator('[role="alert"]')).toHaveText("");
  expect(csp).toEqual([]);
});
