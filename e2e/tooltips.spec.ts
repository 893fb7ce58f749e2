// Tooltips beside the bar, not over it, at a laptop's and a phone's width, pointing at bars across the chart: the
// tooltip's box does not cross the box of the bar pointed at (every segment of that bar), and stays inside the
// viewport. Charts 1 and 3 in every grouping and chart 4 in both views are checked so where numbers.spec.ts brings
// their live faces up (expectTooltipsBeside, helpers.ts); here, charts 1 and 3 over 1990-2024 by year, bars wide
// enough to point at on a phone. A bar as wide as the chart (the whole span as one bar, ?groupBy=span) leaves no room
// beside it: pointed at on its left, middle and right, its tooltip stays inside the viewport and covers neither the
// point pointed at nor the bar's value label.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { aidFigure, expectTooltipsBeside, overlapArea, pinFigure, screenRects, shareFigure, waitForLiveFace } from "./helpers";

/** Point at a bar as wide as the plot at its left, middle and right: the tooltip covers neither the pointer nor any
 * text over the bars (the bar's value label, its callout), and is inside the viewport. */
async function expectClearOfPointer(page: Page, named: Locator, what: string) {
  const fig = await pinFigure(named);
  await waitForLiveFace(fig);
  const bars = fig.locator('[data-face="live"] .recharts-bar-rectangle');
  const boxes = await screenRects(bars);
  const drawn = boxes.filter((b) => b.height >= 3 && b.width >= 3);
  expect(drawn.length, `${what}: bars`).toBeGreaterThan(0);
  // one bar: every segment at the same x and width
  expect(new Set(drawn.map((b) => Math.round(b.x))).size, `${what}: one bar`).toBe(1);
  await fig.locator('[data-face="live"]').scrollIntoViewIfNeeded();
  const texts = fig.locator('[data-face="live"] [data-value-label], [data-face="live"] [data-highlight]');
  expect(await texts.count(), `${what}: the bar's value label`).toBeGreaterThan(0);
  const viewport = page.viewportSize()!;
  const tip = fig.locator(".chart-tooltip").first();
  const segments = (await screenRects(bars)).filter((b) => b.height >= 3);
  const tallest = segments.reduce((a, b) => (b.height > a.height ? b : a));
  for (const fx of [0.08, 0.5, 0.92])
    for (const fy of [0.25, 0.75]) {
      const point = { x: tallest.x + tallest.width * fx, y: tallest.y + tallest.height * fy };
      await page.mouse.move(point.x, point.y, { steps: 2 });
      await expect(tip, `${what}: tooltip at ${fx}, ${fy}`).toBeVisible();
      // the tooltip follows the pointer's last move: polled until it has
      await expect
        .poll(async () => {
          const t = (await tip.boundingBox())!;
          const labels = await screenRects(texts);
          const problems: string[] = [];
          if (t.x < 0 || t.y < 0 || t.x + t.width > viewport.width || t.y + t.height > viewport.height) problems.push(`outside the viewport: ${JSON.stringify(t)}`);
          // the pointer's point, with a few pixels round it
          if (overlapArea(t, { x: point.x - 3, y: point.y - 3, width: 6, height: 6 }) > 0) problems.push(`over the pointer at ${JSON.stringify(point)}: ${JSON.stringify(t)}`);
          for (const l of labels) if (overlapArea(t, l) > 1) problems.push(`over the value label ${JSON.stringify(l)}: ${JSON.stringify(t)}`);
          return problems;
        }, { message: `${what}: pointer at ${fx}, ${fy} of the bar` })
        .toEqual([]);
    }
  await page.mouse.move(0, 0);
}

for (const size of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
])
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: size });
    test("charts 1 and 3 by year over 1990-2024: the tooltip beside the bar", async ({ page }) => {
      await page.goto("/?groupBy=year&from=1990&to=2024");
      await expectTooltipsBeside(page, aidFigure(page), "chart 1 by year");
      await expectTooltipsBeside(page, shareFigure(page), "chart 3 by year");
    });
    test("charts 1 and 3 over the whole span, one bar as wide as the chart: the tooltip clear of the pointer and of the value label", async ({ page }) => {
      await page.goto("/?groupBy=span");
      await expectClearOfPointer(page, aidFigure(page), "chart 1 over the span");
      await expectClearOfPointer(page, shareFigure(page), "chart 3 over the span");
    });
  });
