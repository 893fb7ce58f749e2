import { expect, test } from "@playwright/test";
import { aidFigure, bodyRows, collectConsoleErrors, dataTable, relationsFigure, shareFigure, waitForLiveFace } from "./helpers";

test("each grouping draws the right number of bars, with the table of exactly those numbers", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto("/");
  const fig = aidFigure(page);
  const staticSvg = fig.locator('[data-face="static"] svg');
  await expect(staticSvg).toHaveAttribute("data-bars", "8");
  const table = await dataTable(fig);
  await expect(bodyRows(table)).toHaveCount(8);
  await expect(bodyRows(table).first()).toContainText("1950s");
  // 38,000,000 + 74,768,000 + 63,033,000 + 33,770,000 + 27,887,000
  await expect(bodyRows(table).first()).toContainText("$237,458,000");

  const groupBy = page.getByLabel("Group by");
  // FY1955-2024 is 70 fiscal years; the seed gives 8 periods; relations fall into 10 phases with fiscal years in range
  for (const [value, bars] of [["year", 70], ["seed-period", 8], ["relations-phase", 10], ["decade", 8]] as const) {
    await groupBy.selectOption(value);
    await expect(staticSvg).toHaveAttribute("data-bars", String(bars));
    await expect(bodyRows(table)).toHaveCount(bars);
  }
  await page.getByLabel("Seed article").check();
  await expect(bodyRows(table)).toHaveCount(8);
  await expect(bodyRows(table).filter({ hasText: "1993-2008" })).toContainText("lower-bound");
  expect(errors).toEqual([]);
});

test("constant dollars show the hand-computed values", async ({ page }) => {
  await page.goto("/?groupBy=year&from=1955&to=1956");
  await page.getByLabel("Constant (CPI-U)").check();
  await page.getByLabel("Base year").selectOption("2020");
  await expect(page).toHaveURL(/dollars=constant&base=2020/);
  const table = await dataTable(aidFigure(page));
  // FY1955: 38,000,000 x 258.811 (CPI-U 2020) / 26.8 (CPI-U 1955) = 366,970,820.9
  await expect(bodyRows(table).first()).toContainText("$366,970,821");
  // FY1956 total: 74,768,000 x 258.811 / 27.2 = 711,425,766.5
  await expect(bodyRows(table).nth(1)).toContainText("$711,425,766");
  await expect(aidFigure(page)).toContainText("constant 2020 US dollars (CPI-U)");
});

test("the URL round-trips every view and the back button steps back through view changes", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Group by").selectOption("year");
  await expect(page).toHaveURL(/\/\?groupBy=year$/);
  await page.getByLabel("Split bars by").selectOption("programme");
  await page.getByLabel("From fiscal year").selectOption("1970");
  await page.getByLabel("To fiscal year").selectOption("1990");
  await page.getByRole("radio", { name: "Average per year" }).check();
  await shareFigure(page).getByRole("button", { name: "Amounts" }).click();
  const full = "/?groupBy=year&split=programme&from=1970&to=1990&measure=per-year&share=absolute";
  await expect(page).toHaveURL(full);
  await expect(aidFigure(page).locator('[data-face="static"] svg')).toHaveAttribute("data-bars", "21");

  // the same URL opened afresh (a shared link) shows the same view
  const shared = await page.context().newPage();
  await shared.goto(full);
  await expect(shared.getByLabel("Split bars by")).toHaveValue("programme");
  await expect(shared.getByLabel("From fiscal year")).toHaveValue("1970");
  await expect(shared.getByRole("radio", { name: "Average per year" })).toBeChecked();
  await expect(shareFigure(shared).getByRole("button", { name: "Amounts" })).toHaveAttribute("aria-pressed", "true");
  await shared.close();

  // Back undoes one view change at a time
  const steps: [RegExp, () => Promise<void>][] = [
    [/measure=per-year$/, async () => {
      await expect(page.getByRole("radio", { name: "Average per year" })).toBeChecked();
      await expect(shareFigure(page).getByRole("button", { name: "Shares (100%)" })).toHaveAttribute("aria-pressed", "true");
    }],
    [/to=1990$/, async () => expect(page.getByRole("radio", { name: "Total", exact: true })).toBeChecked()],
    [/from=1970$/, async () => expect(page.getByLabel("To fiscal year")).toHaveValue("2024")],
    [/split=programme$/, async () => expect(page.getByLabel("From fiscal year")).toHaveValue("1955")],
    [/\/\?groupBy=year$/, async () => {
      await expect(page.getByLabel("Split bars by")).toHaveValue("kind");
      await expect(aidFigure(page).locator('[data-face="static"] svg')).toHaveAttribute("data-bars", "70");
    }],
    [/\/$/, async () => expect(page.getByLabel("Group by")).toHaveValue("decade")],
  ];
  for (const [url, check] of steps) {
    await page.goBack();
    await expect(page).toHaveURL(url);
    await check();
  }
});

test("a broken shared link says so and shows the default view", async ({ page }) => {
  await page.goto("/?groupBy=week&from=1800");
  const alert = page.getByTestId("broken-link");
  await expect(alert).toContainText("This link could not be read");
  await expect(alert).toContainText("groupBy");
  await expect(alert).toContainText("from");
  await expect(aidFigure(page).locator('[data-face="static"] svg')).toHaveAttribute("data-bars", "8");
});

test("the band shows the 1965-1969 break and the 1975-1991 period without a US mission", async ({ page }) => {
  await page.goto("/?groupBy=year");
  const band = relationsFigure(page);
  const severed = band.locator('rect[data-status="severed"]').first();
  await expect(severed.locator("title")).toHaveText(/3 May 1965.*2 July 1969/);
  const noMission = band.locator('rect[data-status="no-mission"]').first();
  await expect(noMission.locator("title")).toHaveText(/12 April 1975.*11 November 1991/);
  // aligned with chart 1: the break starts inside FY1965's bar, which is the 11th of 70
  const bandBox = await severed.boundingBox();
  const table = await dataTable(band);
  await expect(table).toContainText("Severed");
  expect(bandBox).not.toBeNull();
});

test("an event marker's tooltip, on keyboard focus, gives the date, the event and its source", async ({ page }) => {
  await page.goto("/");
  const band = relationsFigure(page);
  // the interactive markers are mounted when the band nears the viewport
  await band.scrollIntoViewIfNeeded();
  const marker = band.getByRole("button", { name: /^3 May 1965/ });
  await marker.focus();
  const tip = band.getByRole("tooltip");
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("3 May 1965");
  await expect(tip).toContainText("Office of the Historian");
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
});

test("both faces draw the same bars: count, order and heights within a pixel", async ({ page }) => {
  // Recharts animates bars in unless the reader prefers reduced motion; compare the settled geometry
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const url of ["/", "/?groupBy=year", "/?groupBy=relations-phase&split=programme", "/?series=seed"]) {
    await page.goto(url);
    const fig = aidFigure(page);
    await waitForLiveFace(fig);
    const staticRects = await fig.locator('[data-face="static"] rect[data-part]').evaluateAll((els) =>
      els.map((e) => ({ x: Number(e.getAttribute("x")), y: Number(e.getAttribute("y")), h: Number(e.getAttribute("height")) })),
    );
    const liveRects = await fig.locator('[data-face="live"] .recharts-bar-rectangle path').evaluateAll((els) =>
      els.map((e) => {
        const b = (e as SVGGraphicsElement).getBBox();
        return { x: b.x, y: b.y, h: b.height };
      }),
    );
    const visible = <T extends { h: number }>(r: T[]) => r.filter((s) => s.h >= 1);
    const order = <T extends { x: number; y: number }>(r: T[]) => [...r].sort((a, b) => a.x - b.x || b.y - a.y);
    const s = order(visible(staticRects));
    const l = order(visible(liveRects));
    expect(l.length, url).toBe(s.length);
    expect(s.length, url).toBeGreaterThan(0);
    s.forEach((r, i) => {
      expect(Math.abs(r.x - l[i].x), `${url} bar ${i} x`).toBeLessThanOrEqual(1);
      expect(Math.abs(r.h - l[i].h), `${url} bar ${i} height`).toBeLessThanOrEqual(1);
    });
  }
});

test("military share labels the highest share and shows FY2021-2024 as no split available", async ({ page }) => {
  await page.goto("/");
  await expect(shareFigure(page)).toContainText("largest share was 64% in 1970s");
  // in amounts, a bar's label is its height: economic + military (2010s: the decade's split total)
  await page.goto("/?share=absolute");
  await expect(shareFigure(page).locator('[data-face="static"] [data-value-label="1990s"]')).toHaveText("$239M");
  await page.goto("/?groupBy=year&from=2018&to=2024");
  const table = await dataTable(shareFigure(page));
  await expect(bodyRows(table).filter({ hasText: "FY2022" })).toContainText("no split available");
});

test("a chart says what happened when its data cannot load or there is none", async ({ page }) => {
  await page.goto("/");
  await page.route("**/api/aid?*", (route) =>
    route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { code: "unavailable", message: "the data service is down" } }) }),
  );
  await page.getByLabel("Group by").selectOption("year");
  const fig = aidFigure(page);
  await expect(fig.getByRole("alert")).toContainText("The chart could not be drawn: the data service is down");
  // the previous view's bars stay on screen rather than a blank box
  await expect(fig.locator('[data-face="static"] svg')).toHaveAttribute("data-bars", "8");
  await page.unroute("**/api/aid?*");

  await page.goto("/?groupBy=year&from=1966&to=1969");
  await expect(aidFigure(page)).toContainText("No data available for this selection");
});

test("seed figures are set against the Greenbook, with the debt kept apart and 'over' figures drawn differently", async ({ page }) => {
  await page.goto("/");
  const fig = page.getByRole("figure", { name: /Seed figures versus the Greenbook/ });
  await expect(fig).toContainText("33.1% lower in the Greenbook");
  await expect(fig).toContainText("$500,000,000 (debt");
  const staticFace = fig.locator('[data-face="static"]');
  const lowerBound = staticFace.locator('rect[data-series="difference"][data-precision="lower-bound"]');
  const exact = staticFace.locator('rect[data-series="difference"][data-precision="exact"]').first();
  await expect(lowerBound).toHaveCount(1);
  // an "over" figure is an outline with a faint fill; an exact one is solid
  await expect(lowerBound).toHaveAttribute("fill-opacity", "0.1");
  await expect(lowerBound).toHaveAttribute("stroke-width", "2");
  expect(await exact.getAttribute("fill-opacity")).toBeNull();
  const table = await dataTable(fig);
  await expect(bodyRows(table)).toHaveCount(10);
  await expect(bodyRows(table).filter({ hasText: "$409.6 million" })).toContainText("$274,002,000");
  await fig.getByRole("button", { name: "Dollars" }).click();
  await expect(fig.getByRole("button", { name: "Dollars" })).toHaveAttribute("aria-pressed", "true");
  await expect(fig.locator('div[data-chart="seed-vs-greenbook"]')).toHaveAttribute("data-mode", "absolute");
  await expect(page).toHaveURL(/\?compare=dollars$/);
  await page.goBack();
  await expect(fig.getByRole("button", { name: "Difference (%)" })).toHaveAttribute("aria-pressed", "true");
});

test("every dated event, every source and every fiscal year are one click away, and citations lead to their source", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Sources, every dated event and every fiscal year" }).click();
  await expect(page).toHaveURL(/\/data$/);
  const table = page.getByRole("table", { name: /Dated events in US-Cambodia relations/ });
  // the first event is US recognition on 7 February 1950, before the first fiscal year with aid (FY1955)
  await expect(bodyRows(table).first()).toContainText("7 February 1950");
  await expect(bodyRows(table).filter({ hasText: "29 November 1989" })).toContainText("seed paragraph 5");
  await expect(bodyRows(table).filter({ hasText: "unconfirmed" })).toHaveCount(1);
  const annual = page.getByRole("table", { name: /by fiscal year/ });
  await expect(annual.getByRole("row", { name: /FY1966/ })).toContainText("no data (no record)");
  await expect(annual.getByRole("row", { name: /FY2021/ })).toContainText("$104,701,276");
  // a citation in a chart's table leads to the source's entry
  await page.goto("/");
  const seed = page.getByRole("figure", { name: /Seed figures versus the Greenbook/ });
  await (await dataTable(seed)).getByRole("link", { name: "GlobalSecurity.org" }).first().click();
  await expect(page).toHaveURL(/\/data#source-seed-globalsecurity$/);
  await expect(page.locator("#source-seed-globalsecurity")).toContainText("Page last modified 31 July 2018");
});

test("a chart whose data arrives malformed says so, and the rest of the page keeps working", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto("/");
  await page.route("**/api/aid?*", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ rows: "not rows" }) }));
  await page.getByLabel("Group by").selectOption("year");
  await expect(page.getByRole("figure", { name: /^How much/ }).getByRole("alert")).toContainText(
    "The chart could not be drawn: the server sent data in a form this page cannot read",
  );
  // the controls and the other charts are still there and still work
  await page.unroute("**/api/aid?*");
  await page.getByRole("button", { name: "Reset view" }).click();
  await expect(aidFigure(page).locator('[data-face="static"] svg')).toHaveAttribute("data-bars", "8");
  await expect(page.getByRole("figure", { name: /Seed figures versus the Greenbook/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test("the controls keep what the reader chose: range ends move together, the series switch remembers the grouping", async ({ page }) => {
  await page.goto("/?groupBy=year&split=programme&to=1990");
  await page.getByLabel("From fiscal year").selectOption("2000");
  await expect(page).toHaveURL(/from=2000&to=2000$/);
  await page.getByLabel("To fiscal year").selectOption("1960");
  await expect(page).toHaveURL(/from=1960&to=1960$/);
  await page.getByRole("radio", { name: "Seed article" }).check();
  await expect(page).toHaveURL(/\?series=seed&from=1960&to=1960$/);
  await page.getByRole("radio", { name: "Annual obligations" }).check();
  await expect(page).toHaveURL(/\?groupBy=year&split=programme&from=1960&to=1960$/);
});

test("FY2024 is marked provisional and the change of source is noted in every grouping", async ({ page }) => {
  await page.goto("/");
  const fig = aidFigure(page);
  await expect(fig).toContainText("FY2024 is provisional");
  await expect(fig).toContainText("Change of source after FY2020");
  await page.goto("/?groupBy=year&from=2015&to=2024");
  await expect(fig.locator('[data-face="static"] rect[data-bar="fy2024"]')).toHaveAttribute("stroke-dasharray", "5 3");
  await expect(fig.locator('[data-face="static"] rect[data-bar="fy2023"]')).not.toHaveAttribute("stroke-dasharray", "5 3");
  await expect(fig).toContainText("Dashed outline: includes provisional FY2024");
});

test("a shared view's page title says what it shows", async ({ page }) => {
  await page.goto("/?groupBy=year&from=2000&to=2000&dollars=constant&base=2010");
  await expect(page).toHaveTitle("US aid to Cambodia by fiscal year, FY2000, constant 2010 dollars | US aid to Cambodia dashboard");
});

test("the broken-link notice goes away once the reader picks a view", async ({ page }) => {
  await page.goto("/?groupBy=bogus");
  await expect(page.getByTestId("broken-link")).toBeVisible();
  await page.getByLabel("Group by").selectOption("year");
  await expect(page.getByTestId("broken-link")).toHaveCount(0);
});
