// Fixture data whose texts hold script and markup (scripts/hostile-fixture.mjs), served by a second server from the
// same build: a view rendered per request, its tables, the band's live tooltips and the API show the payloads as
// text, and none of them runs.
import { expect, test, type Page } from "@playwright/test";
import { aidFigure, dataTable, figure, relationsFigure, waitForLiveFace } from "./helpers";

const HOSTILE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 1}`;
test.use({ baseURL: HOSTILE });

const SHORT = `<img src=x onerror="window.__xss=4">`;

/** Every alert, confirm or prompt a payload might open, dismissed and recorded. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

test("script and markup in the data are shown as text in the page, its tables and tooltips, and run nowhere", async ({ page }) => {
  const dialogs = watchDialogs(page);
  // a view that is rendered for its request, so it reads the fixture data
  await page.goto("/?groupBy=year&from=1960&to=1980");
  const band = relationsFigure(page);
  const table = await dataTable(band);
  await expect(table.getByRole("row").filter({ hasText: "Severed" })).toContainText("<script>window.__xss=1</script>");
  await expect(page.getByTestId("relations-events-table")).toContainText(SHORT);
  // the band's live face: a marker's accessible name and tooltip carry the payload as text
  await waitForLiveFace(band);
  const marker = band.getByRole("button", { name: /window\.__xss=4/ }).first();
  await marker.focus();
  await expect(band.getByRole("tooltip")).toContainText(SHORT);
  // nothing of it became markup: no such element, no handler ran
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // the band's chart file for this view draws the payload as escaped text
  const svg = await (await page.request.get("/charts/relations-band.svg?groupBy=year&from=1960&to=1980")).text();
  expect(svg).toContain("&lt;script&gt;window.__xss=1&lt;/script&gt;");
  expect((svg.match(/<[^>]*>/g) ?? []).filter((tag) => /^<\/?(script|img)\b|\son[a-z]+\s*=/i.test(tag)), "tags that run script").toEqual([]);
});

test("script and markup in the seed's figures, source citations and programme names stay text in charts 1 and 4 and the CSV", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto("/?split=programme&from=1960&to=1990");
  const aid = aidFigure(page);
  // the live face draws this data too, and nothing of it runs
  await waitForLiveFace(aid);
  // the table's sources, listed under it, are named by the fixture's publishers
  await dataTable(aid);
  await expect(aid.getByRole("list", { name: "Sources, by number in the table" })).toContainText("<script>window.__xss=1</script>");
  // chart 4: the seed's own words, shown as the seed states them, here with the payload in front
  const seed = figure(page, /^Seed figures versus the Greenbook/);
  const seedTable = await dataTable(seed);
  await expect(seedTable).toContainText("<script>window.__xss=1</script>");
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // the chart files of this view draw the names as escaped text
  for (const file of ["aid-by-period.svg?split=programme&from=1960&to=1990", "seed-vs-greenbook.svg"]) {
    const svg = await (await page.request.get(`/charts/${file}`)).text();
    expect(svg, file).toContain("&lt;");
    expect((svg.match(/<[^>]*>/g) ?? []).filter((tag) => /^<\/?(script|img)\b|\son[a-z]+\s*=/i.test(tag)), `${file}: tags that run script`).toEqual([]);
  }
  // the programmes' CSV: a name that starts like a formula is neutralised, its markup kept as plain text
  const csv = await (await page.request.get("/api/programmes?format=csv")).text();
  expect(csv).toContain(`'=1+1 ${SHORT.replace(/"/g, '""')} Economic Support Fund`);
  expect(csv).not.toMatch(/(^|,)"?=1\+1/m);
});
