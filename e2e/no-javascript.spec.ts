import { expect, test } from "@playwright/test";
import { aidFigure, relationsFigure } from "./helpers";

test.use({ javaScriptEnabled: false });

test("a shared non-default link shows its view without JavaScript", async ({ page }) => {
  await page.goto("/?groupBy=year&from=1960&to=1979&dollars=constant&base=2000");
  const fig = aidFigure(page);
  await expect(fig.locator('[data-face="static"] svg')).toHaveAttribute("data-bars", "20");
  await expect(fig).toContainText("constant 2000 US dollars (CPI-U)");
  await expect(fig.locator('[data-placeholder="no-data"]')).toHaveCount(5 + 4); // FY1965-69 and FY1976-79
  await expect(relationsFigure(page).locator('rect[data-status="severed"]')).toHaveCount(1);
  // the table is there too, behind a disclosure that works without script
  await fig.getByText("Show data table").click();
  await expect(fig.locator("table tbody tr")).toHaveCount(20);
});

test("the default view is prerendered with every chart's static face", async ({ page }) => {
  const res = await page.goto("/");
  expect(res?.headers()["x-nextjs-cache"] ?? res?.headers()["x-nextjs-prerender"] ?? "").not.toBe("MISS-DYNAMIC");
  // charts 1, 2 and 4 have a static face; the relations band is a static SVG itself
  await expect(page.locator('[data-face="static"] svg, .static-face svg')).toHaveCount(3);
  await expect(page.getByRole("figure")).toHaveCount(4);
});

test("the relations band lines up with chart 1's bars to the pixel when chart 1 shows years", async ({ page }) => {
  await page.goto("/?groupBy=year");
  // FY1970 runs 1 July 1969 - 30 June 1970; its only bar segment is military. Relations were restored on 2 July
  // 1969, one day into FY1970, so the severed phase must end 1/365 of a band into FY1970's slot.
  const bar = await aidFigure(page).locator('[data-face="static"] rect[data-bar="fy1970"][data-part="military"]').boundingBox();
  const severed = await relationsFigure(page).locator('rect[data-status="severed"]').first().boundingBox();
  expect(bar && severed).toBeTruthy();
  const band = bar!.width / 0.8; // bars fill 80% of their band (10% gap each side)
  const slotLeft = bar!.x - 0.1 * band;
  expect(Math.abs(severed!.x + severed!.width - (slotLeft + band / 365))).toBeLessThanOrEqual(1);
});

test("a broken link says which settings could not be read, without JavaScript", async ({ page }) => {
  await page.goto("/?groupBy=week&zoom=3");
  await expect(page.getByTestId("broken-link")).toContainText("Settings that could not be read: groupBy, an unknown setting.");
  await expect(aidFigure(page).locator('[data-face="static"] svg')).toHaveAttribute("data-bars", "8");
});
