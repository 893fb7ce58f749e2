// Tooltips beside the bar, not over it: on every Recharts face (charts 1 and 3 by decade and by year, chart 4 as
// differences and in dollars), at a laptop's and a phone's width, pointing at bars across the chart, the tooltip's box
// does not cross the box of the bar pointed at (every segment of that bar), and stays inside the viewport.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { aidFigure, figure, shareFigure, waitForLiveFace } from "./helpers";

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

async function expectBeside(page: Page, fig: Locator, what: string) {
  await waitForLiveFace(fig);
  const bars = fig.locator('[data-face="live"] .recharts-bar-rectangle');
  const boxes = await bars.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  const tall = boxes.map((b, i) => (b.height >= 3 && b.width >= 3 ? i : -1)).filter((i) => i >= 0);
  expect(tall.length, `${what}: bars`).toBeGreaterThan(0);
  const viewport = page.viewportSize()!;
  const picks = [...new Set([tall[0], tall[Math.floor(tall.length / 3)], tall[Math.floor((2 * tall.length) / 3)], tall[tall.length - 1]])];
  for (const k of picks) {
    await bars.nth(k).scrollIntoViewIfNeeded();
    const b = (await bars.nth(k).boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height * 0.75);
    const tip = fig.locator(".chart-tooltip").first();
    await expect(tip, `${what}: tooltip of bar ${k}`).toBeVisible();
    // the bar pointed at, with the other segments stacked on it (same x, same width)
    const same = (await bars.evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; })))
      .filter((o) => Math.abs(o.x - b.x) < 1 && Math.abs(o.width - b.width) < 1 && o.height > 0);
    const t = (await tip.boundingBox())!;
    for (const s of same) expect(overlap(t, s), `${what}: tooltip over bar ${k} (${JSON.stringify(t)} vs ${JSON.stringify(s)})`).toBeLessThanOrEqual(1);
    expect(t.x).toBeGreaterThanOrEqual(0);
    expect(t.x + t.width).toBeLessThanOrEqual(viewport.width);
  }
  await page.mouse.move(0, 0);
}

for (const size of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
])
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: size });
    for (const [qs, label] of [
      ["", "by decade"],
      ["groupBy=year&from=1990&to=2024", "by year"],
    ] as const)
      test(`charts 1 and 3 ${label}: the tooltip beside the bar`, async ({ page }) => {
        await page.goto(`/?${qs}`);
        await expectBeside(page, aidFigure(page), `chart 1 ${label}`);
        await expectBeside(page, shareFigure(page), `chart 3 ${label}`);
      });
    for (const compare of ["difference", "dollars"])
      test(`chart 4 (${compare}): the tooltip beside the figure's bars`, async ({ page }) => {
        await page.goto(compare === "dollars" ? "/?compare=dollars" : "/");
        await expectBeside(page, figure(page, /^Seed figures versus the Greenbook/), `chart 4 ${compare}`);
      });
  });
