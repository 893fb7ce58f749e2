import { expect, test } from "@playwright/test";
import { aidFigure, openStaticFace, pinFigure, relationsFigure, staticFaceImage } from "./helpers";
import { CHART_SLUGS } from "../lib/charts/registry";

test.use({ javaScriptEnabled: false });

test("a shared non-default link shows its view without JavaScript", async ({ page }) => {
  await page.goto("/?groupBy=year&from=1960&to=1979&dollars=constant&base=2000");
  const fig = await pinFigure(aidFigure(page));
  await expect(fig).toContainText("constant 2000 US dollars (CPI-U)");
  const face = await openStaticFace(page, fig);
  await expect(face.locator("svg").first()).toHaveAttribute("data-bars", "20");
  // FY1965-69 and FY1976-79 have no records but are known zeros ("$0" on the slot); no year of the range is no data
  await expect(face.locator('[data-placeholder="no-data"]')).toHaveCount(0);
  await expect(face.locator('[data-value-label="fy1966"]')).toHaveText("$0");
  await face.close();
  const band = await openStaticFace(page, relationsFigure(page));
  await expect(band.locator('rect[data-status="severed"]')).toHaveCount(1);
  await band.close();
  // the table is there too, behind a disclosure that works without script
  await fig.getByText("Show data table").click();
  await expect(fig.locator("table tbody tr")).toHaveCount(20);
  // no control that needs script is offered: export, whole-page PowerPoint and print, "Add to briefing"; the CSV
  // links and the way to the briefing are plain links and stay
  await expect(page.getByRole("button", { name: /^Export chart/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Download all as PowerPoint|Print \/ Save as PDF|Add to briefing/ })).toHaveCount(0);
  await expect(fig.getByRole("link", { name: "Download CSV" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Briefing: present these charts/ })).toBeVisible();
});

test("the default view is prerendered, and every chart is painted from its chart file", async ({ page }) => {
  const res = await page.goto("/");
  // built once at build time and served from the cache, not rendered per request
  expect(res?.headers()["x-nextjs-prerender"]).toMatch(/^1\b/);
  expect(res?.headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(page.getByRole("figure")).toHaveCount(CHART_SLUGS.length);
  const images = page.locator("img.chart-file");
  await expect(images).toHaveCount(CHART_SLUGS.length);
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect(img).toHaveJSProperty("complete", true);
    expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth), (await img.getAttribute("src")) ?? "").toBeGreaterThan(0);
    // a real text alternative: what the chart shows, not a file name
    expect((await img.getAttribute("alt"))?.length ?? 0).toBeGreaterThan(40);
  }
});

test("the relations band lines up with chart 1's bars to the pixel when chart 1 shows years", async ({ page }) => {
  await page.goto("/?groupBy=year");
  // Both chart files are drawn 960 px wide with the same plot margins and scaled alike on the page.
  const barImg = await staticFaceImage(aidFigure(page)).boundingBox();
  const bandImg = await staticFaceImage(relationsFigure(page)).boundingBox();
  expect(Math.abs(barImg!.x - bandImg!.x)).toBeLessThanOrEqual(0.5);
  expect(Math.abs(barImg!.width - bandImg!.width)).toBeLessThanOrEqual(0.5);
  // FY1970 runs 1 July 1969 - 30 June 1970; its only bar segment is military. Relations were restored on 2 July
  // 1969, one day into FY1970, so the severed phase must end 1/365 of a band into FY1970's slot.
  const bars = await openStaticFace(page, aidFigure(page), { width: 960 });
  const bar = bars.locator('rect[data-bar="fy1970"][data-part="military"]');
  const x = Number(await bar.getAttribute("x"));
  const w = Number(await bar.getAttribute("width"));
  const bandWidth = w / 0.8; // bars fill 80% of their band (10% gap each side)
  const slotLeft = x - 0.1 * bandWidth;
  const band = await openStaticFace(page, relationsFigure(page), { width: 960 });
  const severed = band.locator('rect[data-status="severed"]').first();
  const end = Number(await severed.getAttribute("x")) + Number(await severed.getAttribute("width"));
  const scale = barImg!.width / 960; // file px to screen px
  expect(Math.abs(end - (slotLeft + bandWidth / 365)) * scale).toBeLessThanOrEqual(1);
});

test("a broken link says which settings could not be read, without JavaScript", async ({ page }) => {
  await page.goto("/?groupBy=week&zoom=3");
  await expect(page.getByTestId("broken-link")).toContainText("Left out: Group by, an unknown setting.");
  const face = await openStaticFace(page, aidFigure(page));
  await expect(face.locator("svg").first()).toHaveAttribute("data-bars", "8");
});
