// Fixture data whose texts hold script and markup (scripts/hostile-fixture.mjs), served by a second server from the
// same build: a view rendered per request, its tables, the band's live tooltips and the API show the payloads as
// text, and none of them runs.
import { expect, test } from "@playwright/test";
import { dataTable, relationsFigure, waitForLiveFace } from "./helpers";

const HOSTILE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 1}`;
test.use({ baseURL: HOSTILE });

const SHORT = `<img src=x onerror="window.__xss=4">`;

test("script and markup in the data are shown as text in the page, its tables and tooltips, and run nowhere", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
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
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // the band's chart file for this view draws the payload as escaped text
  const svg = await (await page.request.get("/charts/relations-band.svg?groupBy=year&from=1960&to=1980")).text();
  expect(svg).toContain("&lt;script&gt;window.__xss=1&lt;/script&gt;");
  for (const tag of svg.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/^<\/?(script|img)\b|\son[a-z]+\s*=/i);
});
