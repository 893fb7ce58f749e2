// /timeline: search and filter by keyboard, by touch and without JavaScript; each event shows the relations status and
// its fiscal year's aid and links to the dashboard around that year; axe at phone and laptop widths in both schemes.
import { expect, test, type Page } from "@playwright/test";
import { PHONE, TAP } from "./browsers";
import { axeViolations } from "./helpers";

const count = (page: Page) => page.getByTestId("results-count");
const items = (page: Page) => page.locator("ol.timeline-list > li");

test.describe("by keyboard", () => {
  test("search, category and decade from the keyboard; the URL holds the filters; the link lands on the dashboard at that year", async ({ page }) => {
    await page.goto("/timeline");
    await expect(count(page)).toContainText(/^All \d+ events, oldest first\.$/);
    const all = await items(page).count();
    expect(all).toBeGreaterThan(150);

    const search = page.getByRole("searchbox", { name: "Search the events" });
    await search.focus();
    await page.keyboard.type("bombing");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/timeline\?q=bombing/);
    // the 1969 order, the 1973 cut-off law and the end of the bombing (and none without the word)
    await expect(count(page)).toContainText(/^\d+ of \d+ events: matching "bombing"\.$/);
    const titles = await items(page).locator("h2").allTextContents();
    expect(titles).toEqual(expect.arrayContaining(["Nixon orders the first secret B-52 strike in Cambodia", "US bombing of Cambodia ends"]));
    await page.getByRole("checkbox", { name: "Military" }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("combobox", { name: "Decade" }).focus();
    await page.getByRole("combobox", { name: "Decade" }).selectOption("1970s");
    await page.getByRole("button", { name: "Show events" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=bombing&category=military&decade=1970s/);
    await expect(count(page)).toHaveText(/^1 of \d+ events: military, in the 1970s, matching "bombing"\.$/);
    const item = items(page).first();
    await expect(item.locator("h2")).toHaveText("US bombing of Cambodia ends");
    await expect(item.getByTestId("relations-status")).toContainText("Full relations");
    // 15 August 1973 falls in FY1974 (1 July 1973 - 30 June 1974): $653.1M obligated (data/annual-aid.json FY1974 total 653,097,000)
    await expect(item.getByTestId("fy-aid")).toHaveText("$653.1M obligated");
    const link = item.getByTestId("dashboard-link");
    await expect(link).toContainText("FY1974 on the dashboard");
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/\?groupBy=year&from=1969&to=1979&mark=1974#aid-figure$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("US aid to Cambodia");
    // FY1974's bar is marked in chart 1's file and its table row says so; no other row is marked
    const figure = page.getByTestId("aid-figure");
    await expect(figure.locator('img[src*="mark=1974"]').first()).toBeVisible();
    const marked = page.getByTestId("aid-table").locator("tr[data-marked]");
    await expect(marked).toHaveCount(1);
    // the table sits in a closed disclosure: read its text
    await expect(marked.locator("th")).toHaveText("FY1974 (FY1974 marked)");
  });

  test("newest first, and a year without records reads 'no data', not $0", async ({ page }) => {
    await page.goto("/timeline?order=newest");
    await expect(count(page)).toHaveText(/newest first/);
    const first = await items(page).first().locator("time").first().getAttribute("datetime");
    const last = await items(page).last().locator("time").first().getAttribute("datetime");
    expect(first! > last!).toBe(true);
    // 25-27 February 1989 is in FY1989 (October 1988 - September 1989), which has no Greenbook records
    await page.goto("/timeline?q=Bush+meets+Sihanouk+in+Beijing");
    await expect(items(page)).toHaveCount(1);
    await expect(items(page).first().getByTestId("fy-aid")).toHaveText("no data (no records, not $0)");
    // 7 January 1979 is in FY1979, a known zero: $0 with its reason
    await page.goto("/timeline?q=Vietnamese+forces+take+Phnom+Penh");
    await expect(items(page).first().getByTestId("fy-aid")).toContainText("$0, a known zero:");
  });
});

test.describe("by touch", { tag: TAP }, () => {
  test.use(PHONE);
  test("tap a category and the confidence, submit, and follow the dashboard link", async ({ page }) => {
    await page.goto("/timeline");
    await page.getByRole("checkbox", { name: "Political" }).tap();
    await page.getByRole("combobox", { name: "Confidence" }).selectOption("medium");
    await page.getByRole("button", { name: "Show events" }).tap();
    await expect(page).toHaveURL(/category=political&confidence=medium/);
    await expect(count(page)).toContainText("political, of medium confidence");
    const deposed = items(page).filter({ hasText: "Sihanouk removed as head of state" });
    await expect(deposed).toHaveCount(1);
    // 18 March 1970 is in FY1970 (July 1969 - June 1970); relations had been restored on 2 July 1969
    await expect(deposed.getByTestId("relations-status")).toContainText("Full relations");
    await deposed.getByTestId("dashboard-link").tap();
    await expect(page).toHaveURL(/\/\?groupBy=year&from=1965&to=1975&mark=1970#aid-figure$/);
    await expect(page.getByTestId("share-table").locator("tr[data-marked] th")).toHaveText("FY1970 (FY1970 marked)");
  });

  test("the phone menu opens by tap and closes with Escape, focus back on its button", async ({ page }) => {
    await page.goto("/timeline");
    const menu = page.locator(".nav-phone summary");
    await menu.tap();
    const methods = page.locator(".nav-phone").getByRole("link", { name: "Methods" });
    await expect(methods).toBeVisible();
    await expect(page.locator(".nav-phone").getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "page");
    await page.keyboard.press("Escape");
    await expect(methods).toBeHidden();
    await expect(menu).toBeFocused();
    await menu.tap();
    await methods.tap();
    await expect(page).toHaveURL(/\/methods$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the same filters work as a plain form, and a bad value is named", async ({ page }) => {
    await page.goto("/timeline");
    await page.getByRole("searchbox", { name: "Search the events" }).fill("Mayaguez");
    await page.getByRole("button", { name: "Show events" }).click();
    await expect(page).toHaveURL(/q=Mayaguez/);
    await expect(count(page)).toHaveText(/^1 of \d+ events: matching "Mayaguez"\.$/);
    const item = items(page).first();
    // a span of dates drawn as one: both ends and the range mark
    await expect(item.locator(".when-range time")).toHaveText(["12 May 1975", "15 May 1975"]);
    await expect(item.getByTestId("relations-status")).toContainText("No mission");

    await page.goto("/timeline?category=diplomatic&decade=1950s&confidence=high");
    await expect(count(page)).toContainText("diplomatic, in the 1950s, of high confidence");
    // the disputed 1952 upgrade shows both dates with their sources
    const upgrade = items(page).filter({ hasText: "Phnom Penh legation upgraded to an embassy" });
    await expect(upgrade.getByTestId("alternative-dates")).toContainText("24 June 1952");
    await expect(upgrade.getByTestId("alternative-dates")).toContainText("25 June 1952");
    // the year before the aid series: no dashboard link, said so
    await expect(upgrade).toContainText("no dashboard year: the aid series covers FY1955-2024.");

    await page.goto("/timeline?category=weather&decade=1800s");
    await expect(page.getByTestId("timeline-issues")).toContainText('Category: "weather" is not one of diplomatic, aid, military, legislative, political, economic.');
    await expect(page.getByTestId("timeline-issues")).toContainText('Decade: "1800s" is not one of');
    await expect(count(page)).toHaveText(/^All \d+ events/);
  });
});

test.describe("accessibility", () => {
  for (const width of [390, 1280])
    for (const scheme of ["light", "dark"] as const)
      test(`axe finds nothing on /timeline at ${width} px, ${scheme}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto("/timeline?decade=1970s");
        expect(await axeViolations(page)).toEqual([]);
        // nothing wider than the screen
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });

  test("prints without the filters and the menu", async ({ page }) => {
    await page.goto("/timeline?decade=1960s");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("form.filters")).toBeHidden();
    await expect(page.locator(".site-nav")).toBeHidden();
    await expect(items(page).first()).toBeVisible();
  });
});
