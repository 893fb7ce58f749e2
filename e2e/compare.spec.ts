// The comparison section: picking countries by keyboard and by touch, the basis switch, the projects table's search,
// sort and CSV, without JavaScript too, axe-clean, and a 360 px phone without sideways scrolling of the page.
import { expect, test, type Page } from "@playwright/test";
import { PHONE, TAP } from "./browsers";
import { readFileSync } from "node:fs";
import { axeViolations } from "./helpers";

const section = (page: Page) => page.getByTestId("compare-section");
const neighbours = (page: Page) => page.getByTestId("neighbours-table");

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r") continue;
    else if (ch === "\n") row.push(field), rows.push(row), (row = []), (field = "");
    else field += ch;
  }
  return rows;
}

test("the dashboard's section after the four charts opens on its computed sentence", async ({ page }) => {
  await page.goto("/");
  await expect(section(page).getByRole("heading", { level: 2 })).toHaveText(/Cambodia among its neighbours/);
  // 1970s per person (tests/compare.test.ts works the numbers): Cambodia $273.65, Laos $454.72
  await expect(page.getByTestId("compare-finding")).toContainText("$273.65 per person to Cambodia");
  await expect(page.getByTestId("compare-finding")).toContainText("$454.72 in Laos");
  await expect(page.getByTestId("china-claim")).toContainText("borne out");
  await page.getByRole("link", { name: /Compare any of eight countries/ }).click();
  await page.waitForURL(/\/compare#neighbours$/);
  const headers = await neighbours(page).locator("thead th").allTextContents();
  expect(headers.slice(1, 5)).toEqual(["Cambodia", "Laos", "Vietnam", "Thailand"]);
});

test("countries picked by keyboard: the choice is in the address and the table gains the column", async ({ page }) => {
  await page.goto("/compare");
  const box = page.getByRole("checkbox", { name: "Myanmar (Burma)" });
  await box.focus();
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
  // Tab on to the form's button and press Enter
  const show = page.locator("#neighbours").getByRole("button", { name: "Show" });
  for (let i = 0; i < 12 && !(await show.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(show).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(/countries=/);
  expect(new URL(page.url()).searchParams.getAll("countries")).toContain("myanmar");
  await expect(neighbours(page).locator("thead th", { hasText: "Myanmar (Burma)" })).toHaveCount(1);
});

test.describe("on a phone", { tag: TAP }, () => {
  test.use({ ...PHONE, viewport: { width: 360, height: 740 } });

  test("countries picked by touch, first tap; the page never scrolls sideways at 360 px", async ({ page }) => {
    await page.goto("/compare");
    await page.getByRole("checkbox", { name: "Laos" }).tap();
    await page.getByRole("checkbox", { name: "Indonesia" }).tap();
    await page.locator("#neighbours").getByRole("button", { name: "Show" }).tap();
    await page.waitForURL(/countries=/);
    const chosen = new URL(page.url()).searchParams.getAll("countries");
    expect(chosen).toContain("indonesia");
    expect(chosen).not.toContain("laos");
    await expect(neighbours(page).locator("tbody tr").first().locator("[data-country=indonesia]")).toHaveCount(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("the basis switch shows only series of the chosen basis, each naming it", async ({ page }) => {
  await page.goto("/compare#financiers");
  const rows = page.getByTestId("financiers-table").locator("tbody tr");
  // the default: disbursements
  for (const b of await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-basis")))) expect(b).toBe("disbursement");
  await page.getByRole("radio", { name: "Committed" }).check();
  await page.locator("#financiers").getByRole("button", { name: "Show" }).click();
  await page.waitForURL(/basis=commitment/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-series", "china-commitments");
  await expect(rows.first().locator("th")).toContainText("commitment");
  await expect(page.getByTestId("china-claim")).toContainText("Borne out");
});

test("projects: search, sort by a column heading, and the CSV of exactly those rows", async ({ page }) => {
  await page.goto("/compare#china-projects");
  await expect(page.getByTestId("projects-count")).toContainText("168 records");
  await page.getByRole("searchbox", { name: /Search titles/ }).fill("bridge");
  await page.getByRole("button", { name: "Search" }).press("Enter");
  await page.waitForURL(/q=bridge/);
  const titles = await page.getByTestId("projects-table").locator("tbody th").allTextContents();
  expect(titles.length).toBeGreaterThan(3);
  for (const t of titles) expect(t.toLowerCase()).toContain("bridge");
  await page.getByRole("link", { name: /^Year/ }).click();
  await page.waitForURL(/sort=-year/);
  await expect(page.getByRole("columnheader", { name: /Year/ })).toHaveAttribute("aria-sort", "descending");
  const years = (await page.getByTestId("projects-table").locator("tbody td[data-label=Year]").allTextContents()).map((y) => Number.parseInt(y, 10));
  expect(years).toEqual([...years].sort((a, b) => b - a));
  const sorted = await page.getByTestId("projects-table").locator("tbody th").allTextContents();
  expect([...sorted].sort()).toEqual([...titles].sort());
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV of these records" }).click()]);
  const csv = parseCsv(readFileSync((await download.path())!, "utf8"));
  expect(csv[0].slice(0, 4)).toEqual(["project_id", "year", "year_uncertain", "title"]);
  expect(csv.slice(1).map((r) => r[3])).toEqual(sorted);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the pickers, search and sort work as plain forms and links", async ({ page }) => {
    await page.goto("/compare");
    await page.getByRole("checkbox", { name: "Philippines" }).check();
    await page.locator("#neighbours").getByRole("button", { name: "Show" }).click();
    await expect(neighbours(page).locator("thead th", { hasText: "Philippines" })).toHaveCount(1);
    await page.getByRole("radio", { name: "Debt service" }).check();
    await page.locator("#financiers").getByRole("button", { name: "Show" }).click();
    // the neighbours choice is kept while the basis changes
    await expect(neighbours(page).locator("thead th", { hasText: "Philippines" })).toHaveCount(1);
    for (const b of await page.getByTestId("financiers-table").locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-basis")))) expect(b).toBe("debt-service");
  });
});

// axe on /compare in its busiest view (every basis, by decade), both themes and widths: pages.spec.ts

test("on a phone every touch target of /compare is at least 24 px or spaced enough", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/compare");
  expect(await axeViolations(page, { rules: ["target-size"] })).toEqual([]);
});
