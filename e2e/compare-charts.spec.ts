// Charts 5 and 6 on the dashboard: countries picked by keyboard and by touch on a 390 px phone, the choice in the
// address and the chart file redrawn for it; the basis switch; the chart's CSV from the export menu read with a CSV
// parser; the forms without JavaScript; axe clean on the section, light and dark.
import { expect, test, type Page } from "@playwright/test";
import { TAP } from "./browsers";
import { readFileSync } from "node:fs";
import { parseCsv } from "../tests/csv-read";
import { PALETTE } from "../lib/charts/palette";
import { axeViolations, waitForLiveFace } from "./helpers";

const neighbours = (page: Page) => page.getByRole("figure", { name: /^US aid to Cambodia and its neighbours/ });
const financiers = (page: Page) => page.getByRole("figure", { name: /^The United States among Cambodia's financiers/ });
const chartSrc = (page: Page, fig: (p: Page) => ReturnType<typeof neighbours>) =>
  fig(page).locator("img.chart-file").evaluate((i: HTMLImageElement) => decodeURIComponent(i.currentSrc));
const chosen = (page: Page) => new Set(new URL(page.url()).searchParams.getAll("countries").flatMap((c) => c.split(",")));

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("countries picked by keyboard: the address and the chart change; Cambodia cannot be removed", async ({ page }) => {
    await page.goto("/");
    const fig = neighbours(page);
    await expect(fig.getByRole("checkbox", { name: /^Cambodia/ })).toBeChecked();
    await expect(fig.getByRole("checkbox", { name: /^Cambodia/ })).toBeDisabled();
    expect(await chartSrc(page, neighbours)).not.toContain("myanmar");
    const box = fig.getByRole("checkbox", { name: "Myanmar (Burma)" });
    await box.focus();
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
    const show = fig.getByRole("button", { name: "Show countries" });
    for (let i = 0; i < 12 && !(await show.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(show).toBeFocused();
    await page.keyboard.press("Enter");
    await page.waitForURL(/countries=/);
    expect(chosen(page)).toEqual(new Set(["cambodia", "laos", "vietnam", "thailand", "myanmar"]));
    await neighbours(page).locator("img.chart-file").scrollIntoViewIfNeeded();
    await expect.poll(() => chartSrc(page, neighbours)).toContain("countries=cambodia,laos,vietnam,thailand,myanmar");
    await expect(neighbours(page).locator(".chart-legend li", { hasText: "Myanmar (Burma)" })).toHaveCount(1);
    // the table (a row per period, a column per country) gains Myanmar's column
    await expect(neighbours(page).getByRole("columnheader", { name: "Myanmar (Burma)", includeHidden: true })).toHaveCount(1);
  });

  test.describe("by touch", { tag: TAP }, () => {
    test.use({ hasTouch: true, isMobile: true });

    test("countries picked by tapping, first tap; the page never scrolls sideways", async ({ page }) => {
      await page.goto("/");
      const fig = neighbours(page);
      await fig.getByRole("checkbox", { name: "Laos" }).tap();
      await fig.getByRole("checkbox", { name: "Indonesia" }).tap();
      await fig.getByRole("checkbox", { name: /^Cambodia/ }).tap({ force: true });
      await fig.getByRole("button", { name: "Show countries" }).tap();
      await page.waitForURL(/countries=/);
      expect(chosen(page)).toEqual(new Set(["cambodia", "vietnam", "thailand", "indonesia"]));
      // the picture loads lazily: its source is chosen once it nears the screen
      await neighbours(page).locator("img.chart-file").scrollIntoViewIfNeeded();
      await expect.poll(() => chartSrc(page, neighbours)).toContain("countries=cambodia,vietnam,thailand,indonesia");
      expect(await chartSrc(page, neighbours)).toContain("width=360");
      await expect(neighbours(page).getByRole("checkbox", { name: /^Cambodia/ })).toBeChecked();
      await expect(neighbours(page).locator(".chart-legend li", { hasText: "Laos" })).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});

test("the basis switch: by keyboard to commitments, only AidData's series, named with its basis", async ({ page }) => {
  await page.goto("/");
  const fig = financiers(page);
  const legend = fig.locator(".chart-legend li[data-legend-kind=series]");
  for (const t of await legend.allTextContents()) expect(t).toMatch(/(grants|loans) disbursed$/);
  await fig.getByRole("radio", { name: "Money paid out (disbursements)" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(fig.getByRole("radio", { name: "Money agreed (commitments)" })).toBeChecked();
  const show = fig.getByRole("button", { name: "Show basis" });
  for (let i = 0; i < 4 && !(await show.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForURL(/basis=commitment/);
  await financiers(page).locator("img.chart-file").scrollIntoViewIfNeeded();
  await expect(financiers(page).locator(".chart-legend li[data-legend-kind=series]")).toHaveText(["China: official finance committed (v3.0, loans and grants together) (commitment)"]);
  await expect.poll(() => chartSrc(page, financiers)).toContain("basis=commitment");
  await expect(financiers(page).getByRole("heading", { level: 3 })).toHaveText(/money agreed \(commitments\)/);
});

test("the export menu's CSV of chart 5 reads back with a CSV parser: Laos FY1960-69 per person", async ({ page }) => {
  await page.goto("/?countries=cambodia,laos&nbMeasure=per-person");
  const fig = neighbours(page);
  await fig.getByRole("button", { name: "Export chart: Cambodia among its neighbours" }).click();
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: "CSV of the numbers drawn" }).click()]);
  expect(dl.suggestedFilename()).toBe("us-cambodia-neighbours-decade-laos-per-person-nominal-usd.csv");
  const rows = parseCsv(readFileSync((await dl.path())!, "utf8"));
  expect(new Set(rows.map((r) => r.country_id))).toEqual(new Set(["cambodia", "laos"]));
  // tests/compare-charts.test.ts works the sum: $421.67 per person over FY1960-69
  expect(rows.find((r) => r.country_id === "laos" && r.period === "1960s")).toMatchObject({ total: "421.67", units: "USD per person", measure: "per-person", population_series: "laos" });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the picker and the switch are plain forms; each keeps the other's choice", async ({ page }) => {
    await page.goto("/");
    await neighbours(page).getByRole("checkbox", { name: "Philippines" }).check();
    await neighbours(page).getByRole("button", { name: "Show countries" }).click();
    await page.waitForURL(/philippines/);
    expect(await neighbours(page).locator("img.chart-file").getAttribute("src")).toContain("philippines");
    await financiers(page).getByRole("radio", { name: "Debt service Cambodia paid" }).check();
    await financiers(page).getByRole("button", { name: "Show basis" }).click();
    await page.waitForURL(/basis=debt-service/);
    expect(chosen(page)).toContain("philippines");
    expect(await financiers(page).locator("img.chart-file").getAttribute("src")).toContain("basis=debt-service");
  });
});

// axe on the section as first painted (chart files), both themes and widths: page.spec.ts
// light, then dark on the same load: the theme follows the system through CSS alone (e2e/helpers.ts, axeLightAndDark)
test("axe reports no violations in the section with charts 5 and 6, their live faces up and a tooltip open, light and dark", async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/?countries=cambodia,laos,myanmar&basis=debt-service");
  // the live faces, each with a tooltip open by keyboard
  for (const fig of [neighbours(page), financiers(page)]) {
    await fig.scrollIntoViewIfNeeded();
    await waitForLiveFace(fig);
    await fig.getByRole("application").focus();
    await page.keyboard.press("ArrowRight");
    await expect(fig.locator(".chart-tooltip")).toBeVisible();
  }
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // the live face follows the theme: Cambodia's bar in this scheme's colour, outlined in its foreground
    const bar = neighbours(page).locator('[data-face="live"] rect[data-series="cambodia"]:not([data-nodata])').first();
    const painted = await bar.evaluate((e) => ({ fill: getComputedStyle(e).fill, stroke: getComputedStyle(e).stroke }));
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
    expect(painted, scheme).toEqual({ fill: rgb(PALETTE[scheme]["--chart-military"]), stroke: rgb(PALETTE[scheme]["--fg"]) });
    await expect(financiers(page).locator(".chart-tooltip"), `${scheme}: the tooltip is still open`).toBeVisible();
    expect(await axeViolations(page, { include: "#compare" }), scheme).toEqual([]);
  }
});
