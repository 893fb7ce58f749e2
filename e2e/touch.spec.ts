// Touch alone on a 390 px phone (taps, not clicks): every menu and disclosure of the dashboard opens on the first tap,
// including an Export menu whose code another chart's menu has already loaded (the tap that used to do nothing).
import { expect, test, type Page } from "@playwright/test";
import { PHONE, TAP } from "./browsers";
import { CHART_SLUGS } from "../lib/charts/registry";

test.use(PHONE);

const exportButtons = (page: Page) => page.getByRole("button", { name: /^Export chart: / });
const openMenu = (page: Page) => page.getByRole("menu");

/** Taps somewhere that is no control: the page's main heading. */
async function tapOutside(page: Page) {
  await page.getByRole("heading", { level: 1 }).tap();
}

test("each chart's Export menu opens on the first tap, after another one was opened and dismissed", { tag: TAP }, async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/");
  await expect(exportButtons(page)).toHaveCount(CHART_SLUGS.length);
  for (let i = 0; i < CHART_SLUGS.length; i++) {
    const button = exportButtons(page).nth(i);
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    await expect(openMenu(page), `chart ${i + 1}: the first tap opens its menu`).toBeVisible();
    await expect(openMenu(page).getByRole("menuitem").first()).toBeVisible();
    await tapOutside(page);
    await expect(openMenu(page)).toHaveCount(0);
  }
  // and a second round, every menu's code loaded: still one tap each, and straight from one menu to the next
  await exportButtons(page).nth(0).scrollIntoViewIfNeeded();
  await exportButtons(page).nth(0).tap();
  await expect(openMenu(page)).toBeVisible();
  await exportButtons(page).nth(1).scrollIntoViewIfNeeded();
  await exportButtons(page).nth(1).tap();
  await expect(openMenu(page)).toHaveCount(1);
  await expect(exportButtons(page).nth(1)).toHaveAttribute("aria-expanded", "true");
});

test("a menu item works by tap: Copy link says what it did", { tag: TAP }, async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?groupBy=year");
  const button = exportButtons(page).nth(1);
  await button.scrollIntoViewIfNeeded();
  await button.tap();
  await openMenu(page).getByRole("menuitem", { name: /Copy link/ }).tap();
  await expect(openMenu(page)).toHaveCount(0);
  await expect(page.locator("[data-export-menu='relations-band']")).toContainText("Link to this view copied.");
});

test("the folded view settings, the disclosures, a long table's sort and Add to briefing each answer the first tap", { tag: TAP }, async ({ page }) => {
  await page.goto("/");
  const settings = page.getByRole("button", { name: /^View settings/ });
  await settings.tap();
  await expect(settings).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("region", { name: "View settings" }).getByLabel("Group by")).toBeVisible();
  await settings.tap();
  await expect(settings).toHaveAttribute("aria-expanded", "false");
  for (const name of ["Sources and notes", "Show data table"]) {
    const summary = page.getByText(name, { exact: true }).first();
    await summary.scrollIntoViewIfNeeded();
    await summary.tap();
    await expect(summary.locator("xpath=..")).toHaveAttribute("open", "");
    await summary.tap();
    await expect(summary.locator("xpath=..")).not.toHaveAttribute("open", "");
  }
  // a long table shown as cards on a phone sorts by tap: its headers are a "Sort by:" line of buttons
  const band = page.locator("#relations-figure");
  await band.getByText("Show data table", { exact: true }).tap();
  const events = band.getByTestId("relations-events-table");
  const byName = events.getByRole("button", { name: "Phase or event", exact: true });
  await byName.scrollIntoViewIfNeeded();
  await expect(byName).toBeVisible();
  const headers = await events.locator("thead .sort-button").evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, height: r.height })));
  expect(headers.length, "a button for every column but the sources").toBe(6);
  expect(headers.every((r) => r.height >= 24 && r.left >= 0 && r.right <= 390), `${JSON.stringify(headers)}: each a target on screen`).toBe(true);
  // and each card fits the phone's width: no sideways scrolling to read one (the open table was once as wide as the
  // band's other, unstacked table)
  const card = await events.locator("tbody tr").first().boundingBox();
  expect(card!.x >= 0 && card!.x + card!.width <= 390, `the first card: ${JSON.stringify(card)}`).toBe(true);
  const names = () => events.locator("tbody tr > th").allInnerTexts();
  const own = await names();
  await byName.tap();
  await expect(events.locator("thead th").first()).toHaveAttribute("aria-sort", "ascending");
  const sorted = await names();
  expect(sorted).toEqual([...own].sort(new Intl.Collator("en", { numeric: true, sensitivity: "base" }).compare));
  expect(sorted).not.toEqual(own);
  const add = page.getByRole("button", { name: "Add to briefing" }).first();
  await add.scrollIntoViewIfNeeded();
  await add.tap();
  await expect(page.getByText(/^Added as chart slide 1 of/)).toBeVisible();
});

test("a setting changed by tap applies at once (no draft), and the theme switch answers a tap", { tag: TAP }, async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: /^View settings/ }).tap();
  await page.getByRole("region", { name: "View settings" }).getByText("Constant (CPI-U)").tap();
  await expect(page).toHaveURL(/\?dollars=constant$/);
  const dark = page.getByRole("group", { name: "Colour theme" }).getByRole("button", { name: "Dark" });
  await dark.tap();
  await expect(dark).toHaveAttribute("aria-pressed", "true");
});
