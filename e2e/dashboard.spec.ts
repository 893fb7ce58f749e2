import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  aidFigure,
  bodyRows,
  collectConsoleErrors,
  dataTable,
  financiersFigure,
  neighboursFigure,
  openStaticFace,
  pinFigure,
  pointAtChart,
  relationsFigure,
  seedFigure,
  shareFigure,
  staticFaceImage,
  waitForLiveFace,
} from "./helpers";

test("each grouping draws the right number of bars, with the table of exactly those numbers", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto("/");
  const fig = await pinFigure(aidFigure(page));
  const bars = async (expectInSrc: RegExp) => {
    const face = await openStaticFace(page, fig, { expectInSrc });
    const n = await face.locator("svg").first().getAttribute("data-bars");
    await face.close();
    return n;
  };
  expect(await bars(/frame=plot/)).toBe("8");
  const table = await dataTable(fig);
  await expect(bodyRows(table)).toHaveCount(8);
  await expect(bodyRows(table).first()).toContainText("1950s");
  // 38,000,000 + 74,768,000 + 63,033,000 + 33,770,000 + 27,887,000
  await expect(bodyRows(table).first()).toContainText("$237,458,000");

  const groupBy = page.getByLabel("Group by");
  // FY1955-2024 is 70 fiscal years; the seed gives 8 periods; relations fall into 10 phases with fiscal years in range
  for (const [value, count] of [["year", 70], ["seed-period", 8], ["relations-phase", 10], ["decade", 8]] as const) {
    await groupBy.selectOption(value);
    await expect(bodyRows(table)).toHaveCount(count);
    expect(await bars(value === "decade" ? /^\/charts\/aid-by-period\.svg\?frame=plot/ : new RegExp(`groupBy=${value}`))).toBe(String(count));
  }
  await page.getByRole("radio", { name: "Seed article" }).check();
  // a row per bar, as the CSV: the seed's 10 stated figures in its 8 periods
  await expect(bodyRows(table)).toHaveCount(10);
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

test("quick changes in a row are never lost: the last view includes every one of them", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Group by").selectOption("year");
  await page.getByLabel("Split bars by").selectOption("form");
  await page.getByLabel("From fiscal year").selectOption("1960");
  await shareFigure(page).getByRole("button", { name: "Amounts" }).click();
  await expect(page).toHaveURL(/\/\?groupBy=year&split=form&from=1960&share=absolute$/);
  await expect(page.getByLabel("Split bars by")).toHaveValue("form");
});

/** Waits until the address shows the view and the page drawn for it has arrived (its chart file names the view). */
async function viewShown(page: Page, url: RegExp) {
  await expect(page).toHaveURL(url);
  const qs = new URL(page.url()).search.slice(1);
  await expect(staticFaceImage(aidFigure(page))).toHaveAttribute("src", `/charts/aid-by-period.svg?${qs ? `${qs}&` : ""}frame=plot&width=960`);
}

test("the URL round-trips every view and the back button steps back through view changes", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Group by").selectOption("year");
  await viewShown(page, /\/\?groupBy=year$/);
  // each change is a navigation to the view's own page; one made before the last has arrived supersedes it, so a
  // reader who waits for each view gets one history entry per view
  await page.getByLabel("Split bars by").selectOption("programme");
  await viewShown(page, /split=programme$/);
  await page.getByLabel("From fiscal year").selectOption("1970");
  await viewShown(page, /from=1970$/);
  await page.getByLabel("To fiscal year").selectOption("1990");
  await viewShown(page, /to=1990$/);
  await page.getByRole("radio", { name: "Average per year" }).check();
  await viewShown(page, /measure=per-year$/);
  await shareFigure(page).getByRole("button", { name: "Amounts" }).click();
  const full = "/?groupBy=year&split=programme&from=1970&to=1990&measure=per-year&share=absolute";
  await expect(page).toHaveURL(full);
  const face = await openStaticFace(page, aidFigure(page), { expectInSrc: /from=1970&to=1990/ });
  await expect(face.locator("svg").first()).toHaveAttribute("data-bars", "21");
  await face.close();

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
      await expect(staticFaceImage(aidFigure(page))).toHaveAttribute("src", /\?groupBy=year&frame=plot/);
    }],
    [/\/$/, async () => expect(page.getByLabel("Group by")).toHaveValue("decade")],
  ];
  for (const [url, check] of steps) {
    await page.goBack();
    await expect(page).toHaveURL(url);
    await check();
  }
});

test("the band shows the 1965-1969 break and the 1975-1991 period without a US mission", async ({ page }) => {
  await page.goto("/?groupBy=year");
  const band = relationsFigure(page);
  const face = await openStaticFace(page, band, { width: 960 });
  const severed = face.locator('rect[data-status="severed"]').first();
  await expect(severed.locator("title")).toHaveText(/3 May 1965.*2 July 1969/);
  const noMission = face.locator('rect[data-status="no-mission"]').first();
  await expect(noMission.locator("title")).toHaveText(/12 April 1975.*11 November 1991/);
  // On chart 1's axis: at 960 px the plot runs from x = 8 + 76 = 84 to 960 - 16 = 944, so each of the 70 fiscal years
  // has 860 / 70 = 12.2857 px. FY1965 (1 July 1964 - 30 June 1965) is the 11th, from 84 + 10 x 12.2857 = 206.857;
  // 3 May 1965 is 306 days into its 365, so the break starts at 206.857 + 306 / 365 x 12.2857 = 217.157.
  expect(Number(await severed.getAttribute("x"))).toBeCloseTo(217.157, 1);
  const table = await dataTable(band);
  await expect(table).toContainText("Severed");
});

test("an event marker's tooltip, on keyboard focus, gives the date, the event and its source", async ({ page }) => {
  await page.goto("/");
  const band = relationsFigure(page);
  // the interactive markers are the band's live face, which loads when the reader points at the band
  await waitForLiveFace(band);
  const marker = band.getByRole("button", { name: /3 May 1965: Cambodia breaks off/ });
  await marker.focus();
  const tip = band.getByRole("tooltip");
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("3 May 1965");
  await expect(tip).toContainText("Office of the Historian");
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
});

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Boxes of SVG elements in their own user units (getBBox), in reading order. */
function boxes(els: Element[]): Box[] {
  return els
    .map((e) => {
      const b = (e as SVGGraphicsElement).getBBox();
      return { x: b.x, y: b.y, w: b.width, h: b.height };
    })
    .sort((a, b) => a.x - b.x || a.y - b.y);
}

/** Marks thinner than this are slivers, which one face may leave out (a stacked segment of almost nothing). */
const SLIVER = 0.75;

/** Each mark of one face that is not a sliver, paired with its own mark of the other face (each used once, the nearest)
 * within a pixel in x, y, width and height; what finds none. The pairing, not a cut by size on both sides: a mark on
 * the cut falls on either side of it by a rounding (the file writes two decimals), and a cut at 1 px once counted 190
 * marks of chart 5 by year at 360 px in the file and 188 in the live face, all within a pixel of each other. */
function unpaired(from: Box[], to: Box[], side: string): string[] {
  const used = new Set<number>();
  const keys = ["x", "y", "w", "h"] as const;
  return from.flatMap((b, i) => {
    if (b.w < SLIVER || b.h < SLIVER) return [];
    let best = -1;
    let bestOff = Infinity;
    to.forEach((c, j) => {
      if (used.has(j) || !keys.every((k) => Math.abs(b[k] - c[k]) <= 1)) return;
      const off = keys.reduce((a, k) => a + Math.abs(b[k] - c[k]), 0);
      if (off < bestOff) [best, bestOff] = [j, off];
    });
    if (best >= 0) {
      used.add(best);
      return [];
    }
    const r = (v: number) => Math.round(v * 100) / 100;
    return [`${side} mark ${i} (x ${r(b.x)}, y ${r(b.y)}, ${r(b.w)} x ${r(b.h)}) has none in the other face within a pixel`];
  });
}

function expectSameBoxes(file: Box[], live: Box[], what: string) {
  expect(file.filter((b) => b.w >= SLIVER && b.h >= SLIVER).length, `${what}: marks drawn`).toBeGreaterThan(0);
  // every mark in one assertion, each one astray named: an expect() call costs Playwright about 1.5 ms (a step recorded
  // with its stack), and the views below compare thousands of marks
  expect([...unpaired(file, live, "file"), ...unpaired(live, file, "live")], `${what}: marks more than a pixel apart, or missing`).toEqual([]);
}

/** The marks of a figure whose live face is up against its chart file at the live face's width: every bar (charts 1,
 * 3, 4, 5 and 6; for charts 5 and 6 the outlined, dashed and hatched ones are the same kind in both), and the band's
 * phases and event markers, in count, order, x, y, width and height within a pixel. Gives the kinds of bar drawn. */
async function expectSameMarks(page: Page, fig: Locator, what: string): Promise<string[]> {
  const kinds: string[] = [];
  const chart = await fig.locator("[data-chart]").first().getAttribute("data-chart");
  const live = fig.locator('[data-face="live"]');
  const surface = chart === "relations-band" ? live.locator('svg[data-chart="relations-band"]') : live.locator("svg.recharts-surface").first();
  const width = Number(await surface.getAttribute("width"));
  const file = await openStaticFace(page, fig, { width });
  const name = `${what} ${chart} at ${width}`;
  if (chart === "aid" || chart === "share")
    expectSameBoxes(await file.locator("rect[data-part]").evaluateAll(boxes), await live.locator(".recharts-bar-rectangle path").evaluateAll(boxes), name);
  else if (chart === "relations-band") {
    expectSameBoxes(await file.locator('rect[data-part="phase"]').evaluateAll(boxes), await live.locator('rect[data-part="phase"]').evaluateAll(boxes), `${name} phases`);
    // each event marker: the file's circle and the live, focusable marker's circle
    const circles = (els: Element[]) => els.map((e) => Number(e.getAttribute("cx"))).sort((a, b) => a - b);
    const fileMarkers = await file.locator('[data-part="markers"] g[data-event] circle').evaluateAll(circles);
    const liveMarkers = await live.locator('[data-part="live-markers"] g[data-event] circle:not([class])').evaluateAll(circles);
    expect(liveMarkers.length, `${name} markers`).toBe(fileMarkers.length);
    expect(fileMarkers.flatMap((x, i) => (Math.abs(x - liveMarkers[i]) <= 1 ? [] : [`marker ${i}: file ${x}, live ${liveMarkers[i]}`])), `${name} markers more than a pixel apart`).toEqual([]);
  } else {
    expect(["seed-vs-greenbook", "neighbours", "financiers"], `${name}: a chart this test knows`).toContain(chart);
    expectSameBoxes(await file.locator("rect[data-series]").evaluateAll(boxes), await live.locator("rect[data-series]").evaluateAll(boxes), name);
    // charts 5 and 6: the same bars are the same kind in both, outlined (the subject), dashed (net negative), hatched
    // (no data)
    if (chart !== "seed-vs-greenbook")
      for (const kind of ["data-highlight", "data-negative", "data-nodata"]) {
        const n = await live.locator(`rect[data-series][${kind}]`).count();
        expect(n, `${name}: ${kind}`).toBe(await file.locator(`rect[data-series][${kind}]`).count());
        if (n > 0) kinds.push(kind);
      }
  }
  await file.close();
  return kinds;
}

// Both faces of every chart in the default view and by year, at 360, 768 and 1280 px: the tests below ("neither
// hydration nor the swap ... moves anything") compare every mark there; this one the views that change the rest.
test("both faces of every chart draw the same marks: count, order, x, y, width and height within a pixel", async ({ page }) => {
  test.setTimeout(180_000);
  // charts 5 and 6: what their bars showed across the views (a bar below zero, a no-data stub), so both kinds are compared
  const clusteredKinds = new Set<string>();
  // Recharts animates bars in unless the reader prefers reduced motion; compare the settled geometry
  await page.emulateMedia({ reducedMotion: "reduce" });
  // each view with the charts it changes (charts 1 and 3 change with every one; chart 4 with its comparison; chart 5
  // with the grouping and series; chart 6 with its own grouping)
  const views: [string, Locator[]][] = [
    ["/?groupBy=relations-phase&split=programme", [neighboursFigure(page)]],
    ["/?series=seed", [neighboursFigure(page)]],
    ["/?share=absolute&compare=dollars&fgroupBy=year", [seedFigure(page), financiersFigure(page)]],
  ];
  for (const [url, charts] of views) {
    await page.goto(url);
    for (const named of [aidFigure(page), shareFigure(page), ...charts]) {
      const fig = await pinFigure(named);
      await fig.scrollIntoViewIfNeeded();
      await waitForLiveFace(fig);
      for (const kind of await expectSameMarks(page, fig, url)) clusteredKinds.add(kind);
    }
  }
  // no period from FY1955 on is net negative in the data (Burma's FY1952 is, before the dashboard's years): the dashed
  // bars are compared whenever a view draws one; the outlined bars and the no-data stubs are drawn here
  expect([...clusteredKinds].sort(), "charts 5 and 6 drew outlined bars and no-data stubs in these views").toEqual(["data-highlight", "data-nodata"]);
});

test("switching chart 2 between shares and amounts refetches nothing: its data are keyed by the request", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const aidRequests: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/aid") aidRequests.push(r.url());
  });
  await page.goto("/");
  const fig = await pinFigure(shareFigure(page));
  await waitForLiveFace(fig);
  const before = aidRequests.length;
  expect(before).toBeGreaterThan(0);
  await fig.getByRole("button", { name: "Amounts" }).click();
  await viewShown(page, /\?share=absolute$/);
  await waitForLiveFace(shareFigure(page));
  await expect(shareFigure(page).getByRole("button", { name: "Amounts" })).toHaveAttribute("aria-pressed", "true");
  expect(aidRequests.slice(before)).toEqual([]);
});

test("military share labels the highest share and shows FY2021-2024 as no split available", async ({ page }) => {
  await page.goto("/");
  await expect(shareFigure(page)).toContainText("largest share was 64% in 1970s");
  // in amounts, a bar's label is its height: economic + military (2010s: the decade's split total)
  await page.goto("/?share=absolute");
  const face = await openStaticFace(page, shareFigure(page));
  await expect(face.locator('[data-value-label="1990s"]')).toHaveText("$239M");
  await face.close();
  await page.goto("/?groupBy=year&from=2018&to=2024");
  const table = await dataTable(shareFigure(page));
  await expect(bodyRows(table).filter({ hasText: "FY2022" })).toContainText("no split available");
});

test("a chart says what happened when its data cannot load or there is none", async ({ page }) => {
  await page.route("**/api/aid?*", (route) =>
    route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { code: "unavailable", message: "the data service is down" } }) }),
  );
  await page.goto("/?groupBy=year");
  const fig = await pinFigure(aidFigure(page));
  await pointAtChart(fig);
  await expect(fig.getByRole("alert")).toContainText("The chart could not be drawn: the data service is down");
  // the server's drawing of the view stays on screen rather than a blank box, and the table has the numbers
  await expect(staticFaceImage(fig)).toBeVisible();
  expect(await staticFaceImage(fig).evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(0);
  await expect(bodyRows(await dataTable(fig))).toHaveCount(70);
  await page.unroute("**/api/aid?*");

  // FY1989: no records and nothing that rules aid out
  await page.goto("/?groupBy=year&from=1989&to=1989");
  await expect(aidFigure(page)).toContainText("No data available for this selection");
  // FY1966-1969: no records, but relations were severed: $0, with the reason, not "no data"
  await page.goto("/?groupBy=year&from=1966&to=1969");
  await expect(aidFigure(page)).not.toContainText("No data available for this selection");
  await expect(aidFigure(page)).toContainText("No US aid could flow in FY1966-1969: each year is a known $0.");
});

test("seed figures are set against the Greenbook, with the debt kept apart and 'over' figures drawn differently", async ({ page }) => {
  await page.goto("/");
  const fig = seedFigure(page);
  // the summary counts each figure's primary comparison: FY2010 names USAID, whose accounts are 64.7% below "about $70M"
  await expect(fig).toContainText("the largest gap is FY2010 USAID, 64.7% lower in USAID accounts");
  await expect(fig).toContainText("$500,000,000 (debt");
  const staticFace = await openStaticFace(page, fig);
  const lowerBound = staticFace.locator('rect[data-series="difference"][data-precision="lower-bound"]');
  const exact = staticFace.locator('rect[data-series="difference"][data-precision="exact"]').first();
  await expect(lowerBound).toHaveCount(1);
  // an "over" figure is an outline with a faint fill; an exact one is solid
  await expect(lowerBound).toHaveAttribute("fill-opacity", "0.1");
  await expect(lowerBound).toHaveAttribute("stroke-width", "2");
  expect(await exact.getAttribute("fill-opacity")).toBeNull();
  await staticFace.close();
  const table = await dataTable(fig);
  await expect(bodyRows(table)).toHaveCount(10);
  await expect(bodyRows(table).filter({ hasText: "$409.6 million" })).toContainText("$274,002,000");
  await fig.getByRole("button", { name: "Dollars" }).click();
  await expect(fig.getByRole("button", { name: "Dollars" })).toHaveAttribute("aria-pressed", "true");
  await expect(fig.getByTestId("seed-vs-greenbook-chart")).toHaveAttribute("data-mode", "absolute");
  await expect(staticFaceImage(fig)).toHaveAttribute("src", /compare=dollars/);
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
  // FY1966: no records, but relations were severed: a known zero with its reason; FY1989: no data
  await expect(annual.getByRole("row", { name: /FY1966/ })).toContainText("known zero: relations severed (May 1965 to July 1969). Relations were broken off from 3 May 1965 to 2 July 1969");
  await expect(annual.getByRole("row", { name: /FY1966/ })).toContainText("$0");
  await expect(annual.getByRole("row", { name: /FY1989/ })).toContainText("no data (no record)");
  await expect(annual.getByRole("row", { name: /FY2021/ })).toContainText("$104,701,276");
  // a citation in a chart's table leads to the source's entry
  await page.goto("/");
  const seed = seedFigure(page);
  // the table's sources, each once in the list under it
  await dataTable(seed);
  await seed.getByRole("list", { name: "Sources, by number in the table" }).getByRole("link", { name: "GlobalSecurity.org" }).click();
  await expect(page).toHaveURL(/\/data#source-seed-globalsecurity$/);
  await expect(page.locator("#source-seed-globalsecurity")).toContainText("Page last modified 31 July 2018");
});

test("a chart whose data arrives malformed says so, and the rest of the page keeps working", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.route("**/api/aid?*", (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify({ rows: "not rows" }) }));
  await page.goto("/?groupBy=year");
  const fig = await pinFigure(aidFigure(page));
  await pointAtChart(fig);
  await expect(fig.getByRole("alert")).toContainText("The chart could not be drawn: the server sent data in a form this page cannot read");
  // the controls and the other charts are still there and still work
  await page.unroute("**/api/aid?*");
  await page.getByRole("button", { name: "Reset view" }).click();
  await expect(page).toHaveURL(/\/$/);
  const face = await openStaticFace(page, aidFigure(page), { expectInSrc: /^\/charts\/aid-by-period\.svg\?frame=plot/ });
  await expect(face.locator("svg").first()).toHaveAttribute("data-bars", "8");
  await face.close();
  await expect(seedFigure(page)).toBeVisible();
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
  const fig = await pinFigure(aidFigure(page));
  await expect(fig).toContainText("FY2024 is provisional");
  await expect(fig).toContainText("Change of source after FY2020");
  await page.goto("/?groupBy=year&from=2015&to=2024");
  const face = await openStaticFace(page, fig);
  await expect(face.locator('rect[data-bar="fy2024"]')).toHaveAttribute("stroke-dasharray", "5 3");
  await expect(face.locator('rect[data-bar="fy2023"]')).not.toHaveAttribute("stroke-dasharray", "5 3");
  await face.close();
  await expect(fig).toContainText("Dashed outline: includes provisional FY2024");
});

test("a shared view's page title says what it shows", async ({ page }) => {
  await page.goto("/?groupBy=year&from=2000&to=2000&dollars=constant&base=2010");
  await expect(page).toHaveTitle("US aid to Cambodia by fiscal year, FY2000, constant 2010 dollars | US aid to Cambodia dashboard");
  // its link preview is the aid chart's PNG for exactly this view
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toMatch(/\/charts\/aid-by-period\.png\?groupBy=year&from=2000&to=2000&dollars=constant&base=2010&width=1200&height=630$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const png = await page.request.get(new URL(og!).pathname + new URL(og!).search);
  expect(png.headers()["content-type"]).toBe("image/png");
  const bytes = await png.body();
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
});

// The issue this answers: at 768 px on ?groupBy=year, pointing at chart 1 made it grow 102 px and shift 15 px, and the
// band under it (still a file) then stood 1.6 years out of line. The swap from the chart file to the live face must
// move nothing: each chart's box, and its drawing's box, where they were, within a pixel, and inside the drawing every
// mark (expectSameMarks) where the chart file drew it.
// And found by CI under load: the swap test measured the page before it hydrated, and "Add to briefing" (which needs
// script) then appeared and pushed every chart 40 px down at 360 px. Hydration must move nothing either: with the page's
// scripts blocked (the page as first painted, scripting on, so no <noscript> content) and with them run, every chart's
// box sits at the same place on the page.
for (const width of [360, 768, 1280])
  test(`at ${width} px neither hydration nor the swap from chart file to live face moves anything, in every chart`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ reducedMotion: "reduce" });
    const chartBoxes = (p: Page) =>
      p.locator("figure[data-testid]:has([data-chart-actions]) > :last-child").evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { chart: e.closest("figure")!.getAttribute("data-testid"), y: Math.round(r.y + scrollY), height: Math.round(r.height) };
        }),
      );
    for (const url of ["/?groupBy=year", "/"]) {
      // the first paint: the same page with its scripts blocked
      const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: "reduce" });
      const first = await context.newPage();
      await first.route(/\/_next\/static\/.*\.js(\?|$)/, (r) => r.abort());
      await first.goto(url);
      await expect(first.locator("[data-chart-actions]").first()).toBeVisible();
      const painted = await chartBoxes(first);
      await context.close();
      expect(painted.length, url).toBeGreaterThanOrEqual(6);
      // hydrated: every chart where the first paint put it
      await page.goto(url);
      await expect(page.getByRole("button", { name: "Add to briefing" }).first()).toBeVisible();
      expect(await chartBoxes(page), `${url}: after hydration`).toEqual(painted);
      for (const named of [aidFigure(page), relationsFigure(page), shareFigure(page), seedFigure(page), neighboursFigure(page), financiersFigure(page)]) {
        const fig = await pinFigure(named);
        const name = `${url} ${width}px ${await fig.getAttribute("data-testid")}`;
        await fig.scrollIntoViewIfNeeded();
        const onPage = async (l: ReturnType<typeof fig.locator>) =>
          l.evaluate((e) => {
            const r = e.getBoundingClientRect();
            return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
          });
        const box = fig.locator(".face-switch");
        const before = await onPage(box);
        const drawing = await onPage(fig.locator('[data-face="static"] img'));
        await waitForLiveFace(fig);
        const after = await onPage(box);
        const live = await onPage(fig.locator('[data-face="live"] svg').first());
        for (const k of ["x", "y", "width", "height"] as const) {
          expect(Math.abs(after[k] - before[k]), `${name}: the chart's box ${k}`).toBeLessThanOrEqual(1);
          expect(Math.abs(live[k] - drawing[k]), `${name}: the drawing's ${k}`).toBeLessThanOrEqual(1);
        }
        // and inside the drawing, every bar (and the band's every phase and marker) where the file drew it
        await expectSameMarks(page, fig, `${url} ${width}px`);
      }
    }
  });
