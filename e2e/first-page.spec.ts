import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("a reader sees the seed figures checked against the Greenbook, with sources", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("US aid to Cambodia");
  const seed = page.getByRole("table", { name: /Every aid figure in the seed article/ });
  await expect(seed.getByRole("row")).toHaveCount(11); // header + 10 figures
  const grants = seed.getByRole("row").filter({ hasText: "$409.6 million in economic grant aid" });
  await expect(grants).toContainText("$274,002,000");
  await expect(grants).toContainText("-33.1%");
  await expect(page.getByText(/\$500,000,000 \(debt/)).toBeVisible();
  // a citation leads to its source entry
  await grants.getByRole("link", { name: "GlobalSecurity.org" }).click();
  await expect(page).toHaveURL(/#source-seed-globalsecurity$/);
});

test("the annual table shows no-data years as no data and the FY2020/21 change of source", async ({ page }) => {
  await page.goto("/");
  const annual = page.getByRole("table", { name: /by fiscal year/ });
  const fy1966 = annual.getByRole("row", { name: /FY1966/ });
  await expect(fy1966).toContainText("no data (no record)");
  await expect(fy1966).not.toContainText("$0");
  const fy2021 = annual.getByRole("row", { name: /FY2021/ });
  await expect(fy2021).toContainText("source changes here");
  await expect(fy2021).toContainText("no split");
  await expect(fy2021).toContainText("$116,116,913");
  await expect(annual.getByRole("row", { name: /FY2024/ })).toContainText("provisional");
});

test("events show calendar dates at their own precision", async ({ page }) => {
  await page.goto("/");
  const events = page.getByRole("table", { name: /Dated events/ });
  await expect(events.getByRole("row").filter({ hasText: "3 May 1965" }).first()).toBeVisible();
  await expect(events.getByRole("row").filter({ hasText: "early 1960s" }).first()).toBeVisible();
});

test("the first page has no axe violations", async ({ page }) => {
  await page.goto("/");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
