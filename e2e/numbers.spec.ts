// The numbers and charts 1, 3 and 4 as a reader meets them: per-year parts add up in the table, the CSV and the API;
// the divisor is stated and can be chosen; no two texts of a chart print over each other, in the chart files and the
// live faces, on a laptop and a phone; tooltips stay on screen.
import { expect, test, type Locator, type Page } from "@playwright/test";
import type { AidAnswerRow } from "../lib/aid/queries";
import { parseCsv } from "../tests/csv-read";
import { aidFigure, bodyRows, dataTable, expectTooltipsBeside, openStaticFace, pinFigure, seedFigure, shareFigure, staticFaceImage, textOverlaps, waitForLiveFace } from "./helpers";

const SIZES = [
  { name: "laptop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
const GROUPINGS = ["year", "decade", "seed-period", "relations-phase", "span"] as const;
const SPLITS = ["kind", "programme", "form"] as const;

const dollars = (s: string) => (/no data|not stated|^-$/.test(s.trim()) ? 0 : Number(s.replace(/[^0-9-]/g, "")));

function describeOverlaps(list: Awaited<ReturnType<typeof textOverlaps>>): string {
  return list.map(({ a, b }) => `"${a.text}" over "${b.text}"`).join("; ");
}

interface ChartFile {
  chart: string;
  query: string;
  width: number;
  frame: "plot" | "full";
}

/** Chart files at their widths and frames: no text of one prints over another, and none is cut at an edge (the
 * source-change note at the left edge of a phone-wide file). The files are fetched together and laid in one page, each
 * inline at its own size (they carry their own font stack), so the sweep costs one page, not one per file. */
async function expectFilesClear(page: Page, files: ChartFile[]) {
  const urls = files.map((f) => `/charts/${f.chart}.svg?${f.query}${f.query ? "&" : ""}width=${f.width}&frame=${f.frame}`);
  const bodies = await Promise.all(
    urls.map(async (url) => {
      const res = await page.request.get(url);
      expect(res.status(), url).toBe(200);
      return (await res.text()).replace(/^<\?xml[^>]*\?>\s*/, "").replace(/^<!DOCTYPE[^>]*>\s*/i, "");
    }),
  );
  await page.setContent(`<!doctype html><body style="margin:0">${bodies.map((b, i) => `<div data-file="${i}" style="width:max-content">${b}</div>`).join("")}</body>`);
  for (const [i, url] of urls.entries()) {
    const svg = page.locator(`[data-file="${i}"] > svg`);
    await expect(svg, url).toHaveCount(1);
    const overlaps = await textOverlaps(svg);
    expect.soft(overlaps, `${url}: ${describeOverlaps(overlaps)}`).toEqual([]);
    const cut = await svg.evaluate((el) => {
      const root = el as SVGSVGElement;
      const left = root.getBoundingClientRect().left;
      const w = root.viewBox.baseVal.width;
      return [...root.querySelectorAll("text")].flatMap((t) => {
        const r = t.getBoundingClientRect();
        const [l, rt] = [r.left - left, r.right - left];
        return (t.textContent ?? "").trim() && (l < -0.5 || rt > w + 0.5) ? [`"${t.textContent}" ${Math.round(l)}..${Math.round(rt)} of ${w}`] : [];
      });
    });
    expect.soft(cut, `${url}: cut at an edge`).toEqual([]);
  }
}

const WIDTHS_FRAMES = [360, 1280].flatMap((width) => (["plot", "full"] as const).map((frame) => ({ width, frame })));

test.describe("chart files: no text prints over another", () => {
  for (const groupBy of GROUPINGS)
    test(`grouped by ${groupBy}, every split, phone and laptop widths, plot and full frames`, async ({ page }) => {
      test.setTimeout(120_000);
      const queries = [
        ...SPLITS.map((split) => ({ chart: "aid-by-period", query: `groupBy=${groupBy}&split=${split}` })),
        { chart: "aid-by-period", query: `groupBy=${groupBy}&measure=per-year&averageOver=every-year` },
        ...["percent", "absolute"].map((share) => ({ chart: "military-share", query: `groupBy=${groupBy}&share=${share}` })),
      ];
      await expectFilesClear(page, WIDTHS_FRAMES.flatMap((wf) => queries.map((q) => ({ ...q, ...wf }))));
    });

  test("the seed article's figures, and chart 4 in both views", async ({ page }) => {
    test.setTimeout(120_000);
    const queries = [
      { chart: "aid-by-period", query: "series=seed" },
      { chart: "military-share", query: "series=seed" },
      ...["difference", "dollars"].map((compare) => ({ chart: "seed-vs-greenbook", query: `compare=${compare}` })),
    ];
    await expectFilesClear(page, WIDTHS_FRAMES.flatMap((wf) => queries.map((q) => ({ ...q, ...wf }))));
  });
});

/** Every text of a figure's live face, Recharts' and the overlay's alike, clear of every other. */
async function expectLiveClear(named: Locator, what: string) {
  const fig = await pinFigure(named);
  await waitForLiveFace(fig);
  const overlaps = await textOverlaps(fig.locator('[data-face="live"]'));
  expect.soft(overlaps, `${what}: ${describeOverlaps(overlaps)}`).toEqual([]);
}

for (const size of SIZES)
  test.describe(`live faces at ${size.width} x ${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const groupBy of GROUPINGS)
      test(`grouped by ${groupBy}: no text over another in charts 1 and 3, for every split; tooltips on screen`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ reducedMotion: "reduce" });
        for (const split of SPLITS) {
          await page.goto(`/?groupBy=${groupBy}&split=${split}`);
          await expectLiveClear(aidFigure(page), `${size.name} ${groupBy} ${split} chart 1`);
          if (split === "kind") {
            await expectTooltipsBeside(page, aidFigure(page), `${size.name} ${groupBy} chart 1`);
            await expectLiveClear(shareFigure(page), `${size.name} ${groupBy} chart 3`);
            await expectTooltipsBeside(page, shareFigure(page), `${size.name} ${groupBy} chart 3`);
          }
        }
        await page.goto(`/?groupBy=${groupBy}&share=absolute&measure=per-year&averageOver=every-year`);
        await expectLiveClear(aidFigure(page), `${size.name} ${groupBy} per year over every year, chart 1`);
        await expectLiveClear(shareFigure(page), `${size.name} ${groupBy} amounts, chart 3`);
      });

    test("chart 4 in both views and the seed series: no text over another; tooltips on screen", async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ reducedMotion: "reduce" });
      for (const url of ["/", "/?compare=dollars&series=seed"]) {
        await page.goto(url);
        await expectLiveClear(seedFigure(page), `${size.name} ${url} chart 4`);
        await expectTooltipsBeside(page, seedFigure(page), `${size.name} ${url} chart 4`);
      }
      await expectLiveClear(aidFigure(page), `${size.name} seed series chart 1`);
      await expectLiveClear(shareFigure(page), `${size.name} seed series chart 3`);
    });
  });

/** Table, CSV and API of one view: the parts add up to the total in each, and the three agree row by row. */
async function expectPartsAddUp(page: Page, query: string) {
  await page.goto(`/?${query}`);
  const fig = await pinFigure(aidFigure(page));
  const table = await dataTable(fig);
  const head = await table.locator("thead th").allInnerTexts();
  const totalAt = head.indexOf("Total");
  const rows = await bodyRows(table).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => (c as HTMLElement).innerText)));
  // the figure's CSV is the chart's table of the numbers drawn (/charts/aid-by-period.csv), the API's is its record
  const csvHref = await fig.getByRole("link", { name: "Download CSV" }).getAttribute("href");
  expect(csvHref).toMatch(/^\/charts\/aid-by-period\.csv/);
  const csv = parseCsv(await (await page.request.get(csvHref!)).text());
  const api = (await (await page.request.get(`/api/aid?${query}`)).json()) as { rows: AidAnswerRow[] };
  expect(rows).toHaveLength(api.rows.length);
  expect(csv).toHaveLength(api.rows.length);
  // every row's sums in one assertion, each mismatch named (an expect() call costs Playwright about 1.5 ms, and the
  // by-year views have 70 rows of seven checks)
  const n = (row: Record<string, string>, k: string) => (row[k] === "" ? 0 : Number(row[k]));
  const wrong = api.rows.flatMap((r, i) => {
    const cells = rows[i];
    const what = `${query} ${r.period.label}`;
    if (r.total === null) return [];
    // the table: the part columns (between the period's status, or the figure's, and the total) add up to its total
    const parts = cells.slice(head.indexOf(head.includes("Figure") ? "Figure" : "Status") + 1, totalAt).map(dollars);
    // the CSV: one column per part drawn, adding up to the total the bar is labelled with
    const partCols = Object.keys(csv[i]).filter((k) => k.endsWith("_usd") && k !== "total_usd" && !k.includes("_avg_"));
    const checks: [string, number, number][] = [
      ["table parts", parts.reduce((a, b) => a + b, 0), dollars(cells[totalAt])],
      ["table = API", dollars(cells[totalAt]), r.total],
      // the API: parts and kinds
      ["API parts", r.parts.reduce((a, p) => a + (p.amount ?? 0), 0), r.total],
      ["API kinds", (r.economic ?? 0) + (r.military ?? 0) + (r.unsplit ?? 0), r.total],
      ["CSV part columns (at least one)", Math.min(partCols.length, 1), 1],
      ["CSV parts", partCols.reduce((a, k) => a + n(csv[i], k), 0), n(csv[i], "total_usd")],
      ["CSV = API", n(csv[i], "total_usd"), r.total],
    ];
    return checks.filter(([, got, want]) => got !== want).map(([check, got, want]) => `${what} ${check}: ${got}, expected ${want}`);
  });
  expect(wrong).toEqual([]);
  return { rows, head, csv, api };
}

test("per-year parts add up to the total in the table, the CSV and the API, for every split and both divisors", async ({ page }) => {
  test.setTimeout(120_000);
  for (const split of SPLITS)
    for (const over of ["", "&averageOver=every-year"]) await expectPartsAddUp(page, `measure=per-year&split=${split}${over}`);
  for (const split of SPLITS) await expectPartsAddUp(page, `split=${split}`);
  // the issue's 2020s: 127,469,394 / 5 + 532,076 / 5 + 384,196,241 / 5 = 512,197,711 / 5 = 102,439,542, rounded to add up
  const { rows, head, csv } = await expectPartsAddUp(page, "measure=per-year");
  const twenties = rows.find((r) => r[0].startsWith("2020s"))!;
  const parts = head.indexOf(head.includes("Figure") ? "Figure" : "Status") + 1;
  expect([twenties[0], ...twenties.slice(parts, parts + 4)]).toEqual(["2020s (FY2020-2024)", "$25,493,879", "$106,415", "$76,839,248", "$102,439,542"]);
  expect(twenties[head.indexOf("Divided by")]).toBe("per year, over all 5 years, each with records");
  // the average over FY2020 alone (the year with the split) is its own named column, with the years it divides by
  expect(twenties[head.indexOf("Economic, per year with the split")]).toBe("$127,469,394");
  expect(twenties[head.indexOf("Years with the split")]).toBe("1");
  expect(csv.find((r) => r.period.startsWith("2020s"))).toMatchObject({ economic_avg_over_split_years_usd: "127469394", military_avg_over_split_years_usd: "532076" });
});

test("the reader chooses the divisor of per-year averages, and the chart, caption, table and file say so", async ({ page }) => {
  await page.goto("/?measure=per-year");
  const fig = await pinFigure(aidFigure(page));
  const table = await dataTable(fig);
  const sixties = bodyRows(table).filter({ hasText: /^1960s/ });
  const eighties = bodyRows(table).filter({ hasText: /^1980s/ });
  // FY1960-64 have records, 139,605,000 in all; FY1965-69 are known to be $0: 139,605,000 / 10
  await expect(sixties).toContainText("$13,960,500");
  await expect(sixties).toContainText("per year, over the 10 of 10 years with known values (5 known to be $0)");
  // a year known to be $0 says why: the row gives the number of its reason, listed once under the table
  const head = (await table.getByRole("columnheader").allTextContents()).map((h) => h.trim());
  const reason = Number(await sixties.locator("th, td").nth(head.indexOf("Known to be $0")).textContent());
  await expect(fig.getByRole("list", { name: "Known to be $0, by number in the table" }).getByRole("listitem").nth(reason - 1)).toHaveText(
    "FY1965 $0: aid ended at Cambodia's request (November 1963); FY1966-1969 $0: relations severed (May 1965 to July 1969)",
  );
  await expect(fig).toContainText("FY1966-1969: $0, no records because no US aid could flow. Relations were broken off from 3 May 1965 to 2 July 1969");
  // FY1980-88 have records, 66,301,000 in all; FY1989 is no data: 66,301,000 / 9 = 7,366,777.8
  await expect(eighties).toContainText("$7,366,778");
  await expect(eighties).toContainText("per year, over the 9 of 10 years with records");
  await expect(fig).toContainText("average per year over the years with known values");
  const select = page.getByLabel("Average per year over");
  await expect(select).toBeEnabled();
  await select.selectOption("every-year");
  await expect(page).toHaveURL(/\?measure=per-year&averageOver=every-year$/);
  // 66,301,000 / 10; the 1960s stay 139,605,000 / 10 (no year of theirs lacks a known value)
  await expect(eighties).toContainText("$6,630,100");
  await expect(eighties).toContainText("per year, over all 10 years of the period (the 1 without records counted as no aid)");
  await expect(sixties).toContainText("$13,960,500");
  await expect(fig).toContainText("assumption: years without records count as no aid");
  await expect(fig.getByRole("list", { name: "Legend" })).toContainText("Assumption: per-year averages divide by every year of the period");
  const file = await openStaticFace(page, fig, { expectInSrc: /averageOver=every-year/ });
  await file.close();
  const full = await page.request.get("/charts/aid-by-period.svg?measure=per-year&averageOver=every-year");
  expect(await full.text()).toContain("years without records count as no aid");
  // totals have no divisor: the setting is off and left out of the link
  await page.getByLabel("Total", { exact: true }).check();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByLabel("Average per year over")).toBeDisabled();
});

test("chart 3 marks shares from partial years, formats its numbers and follows the view in its captions", async ({ page }) => {
  await page.goto("/");
  const fig = await pinFigure(shareFigure(page));
  // the 2020s share rests on FY2020 alone (1 of 5 years): 532,076 / 128,001,470 = 0.4%, never "0%"
  const face = await openStaticFace(page, fig);
  await expect(face.locator('[data-value-label="2020s"]')).toHaveText("<1%*");
  await expect(face.locator("[data-highlight]")).toHaveText("highest: 64% military (of periods with at least $10M)");
  await face.close();
  await expect(fig).toContainText("Share from only some of the period's years");
  await expect(fig).toContainText("FY2021-2024 have no split");
  const table = await dataTable(fig);
  // the share and its row's status: "partial", where the page's bar label stars it
  await expect(bodyRows(table).filter({ hasText: /^2020s/ })).toContainText("0.4%");
  await expect(bodyRows(table).filter({ hasText: /^2020s/ }).locator("td").nth(2)).toHaveText("partial");
  // the bar's words are the CSV's note (the table shows the row's numbers themselves)
  const csv = parseCsv(await (await page.request.get("/charts/military-share.csv")).text());
  expect(csv.find((r) => r.period.startsWith("2020s"))?.note).toContain("share from the 1 of 5 years with an economic/military split");
  await page.goto("/?to=2010");
  await expect(shareFigure(page)).not.toContainText("no split");
  await expect(shareFigure(page)).not.toContainText("Figure is");
});

test("chart 4 compares each figure once, by a stated rule, counts that comparison and names itself in a sentence", async ({ page }) => {
  await page.goto("/");
  const fig = await pinFigure(seedFigure(page));
  // primary comparisons within 1%: 1970-1975 military, FY2004, FY2005 and FY2006 FMF (their FMF accounts)
  await expect(fig).toContainText("4 of 10 seed figures agree within 1% with the Greenbook by their primary comparison");
  await expect(fig).toContainText("Each bar is one comparison, chosen by one rule");
  await expect(fig).not.toContainText("absolute only");
  const table = await dataTable(fig);
  await expect(bodyRows(table).filter({ hasText: "FY2010 USAID" })).toContainText("USAID accounts");
  await expect(bodyRows(table).filter({ hasText: "FY2005 FMF" })).toContainText("FMF: agrees exactly; all military aid: +33.7%");
  const alt = await staticFaceImage(fig).getAttribute("alt");
  expect(alt).toMatch(/^Seed figures versus the Greenbook\. Of 10 seed figures, each compared once .*, 4 agree with the Greenbook within 1%, 4 differ by more/);
  expect(alt).not.toContain("FY2005 FMF:");
});

test("textOverlaps finds texts printed over each other, across rotation, and passes texts that only touch", async ({ page }) => {
  await page.setContent(`<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" font-size="12">
    <text x="10" y="20">27% 25%</text><text x="30" y="22">highest: 64% military</text>
    <text x="10" y="60">left</text><text x="200" y="60">right</text>
    <text x="150" y="95" transform="rotate(-90 150 95)">upright label</text><text x="140" y="50">x</text>
    <text x="10" y="90"> </text></svg>`);
  const found = await textOverlaps(page.locator("svg"));
  expect(found.map(({ a, b }) => [a.text, b.text])).toEqual([
    ["27% 25%", "highest: 64% military"],
    ["upright label", "x"],
  ]);
});
