// When the live faces load: on the reader's first intent to use a chart (pointing, touching, Tabbing to it), never
// merely because the chart is on screen, so the page load keeps a quiet main thread (no Recharts, no chart data, no
// live rendering); and once asked for, each live face works by pointer, touch and keyboard, with every Tab stop it
// offers still reachable.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PHONE, TAP } from "./browsers";
import { aidFigure, collectConsoleErrors, financiersFigure, neighboursFigure, pinFigure, RECHARTS_MARKERS, relationsFigure, seedFigure, shareFigure, waitForLiveFace } from "./helpers";

const CHART_DATA = ["/api/aid", "/api/relations", "/api/events", "/api/reconciliation", "/charts/neighbours.json", "/charts/financiers.json"];

/** Every script the page fetches (with whether it is Recharts) and every chart-data request, from now on. */
function recordLoads(page: Page) {
  const scripts: Promise<{ url: string; recharts: boolean }>[] = [];
  const data: string[] = [];
  page.on("response", (r) => {
    const url = new URL(r.url());
    if (r.request().resourceType() === "script") scripts.push(r.text().then((body) => ({ url: url.pathname, recharts: RECHARTS_MARKERS.every((m) => body.includes(m)) })));
    if (CHART_DATA.includes(url.pathname)) data.push(url.pathname + url.search);
  });
  return {
    rechartsScripts: async () => (await Promise.all(scripts)).filter((s) => s.recharts).map((s) => s.url),
    scriptCount: async () => (await Promise.all(scripts)).length,
    data,
  };
}

/** The load has settled: no request for half a second, after the reader has scrolled to the end and back. */
async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  await page.evaluate(() => window.scrollTo(0, 0));
}

test.describe("on a phone", { tag: TAP }, () => {
  test.use(PHONE);

  test("the page loads and scrolls without Recharts, chart data or any live face: each chart is its file", async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const loads = recordLoads(page);
    await page.goto("/");
    await settle(page);
    expect(await loads.scriptCount(), "the page's own scripts ran").toBeGreaterThan(0);
    expect(await loads.rechartsScripts(), "Recharts fetched during the load").toEqual([]);
    expect(loads.data, "chart data fetched during the load").toEqual([]);
    for (const fig of [aidFigure(page), relationsFigure(page), shareFigure(page), seedFigure(page), neighboursFigure(page), financiersFigure(page)]) {
      // each chart in view in turn, as a reader scrolling through: its file loads, its live face does not
      const file = fig.locator('[data-face="static"] img');
      await file.scrollIntoViewIfNeeded();
      await expect.poll(() => file.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), { message: "the chart file has loaded" }).toBe(true);
    }
    await page.waitForLoadState("networkidle");
    await expect(page.locator('[data-face="live"]')).toHaveCount(0);
    expect(await loads.rechartsScripts(), "Recharts fetched once every chart was in view").toEqual([]);
    expect(loads.data, "chart data fetched once every chart was in view").toEqual([]);
    expect(errors).toEqual([]);
  });

  test("a tap on the band loads its live face, and a tap on a phase shows its tooltip", async ({ page }) => {
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    const band = relationsFigure(page);
    await band.locator('[data-face="static"]').tap();
    await expect(band.locator('[data-face="live"]:not([data-pending])')).toBeVisible();
    await band.getByRole("button", { name: /^Severed/ }).tap();
    await expect(band.getByRole("tooltip")).toContainText("Severed");
    // its sources by publisher and title, never by id (the Greenbook is cited by the phase, not by any event)
    await expect(band.getByRole("tooltip")).toContainText("U.S. Agency for International Development, U.S. Overseas Loans and Grants (Greenbook)");
    await expect(band.getByRole("tooltip")).not.toContainText("usaid-greenbook-2020");
    // chart 1 was not touched: it is still its chart file
    await expect(aidFigure(page).locator('[data-face="live"]')).toHaveCount(0);
  });

  test("the first tap on chart 5 loads its live face, in the file's place, and a tap on a bar shows its period's tooltip", async ({ page }) => {
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    const fig = await pinFigure(neighboursFigure(page));
    const file = fig.locator('[data-face="static"]');
    await file.scrollIntoViewIfNeeded();
    const before = (await file.locator("img").boundingBox())!;
    await file.tap();
    const live = fig.locator('[data-face="live"]:not([data-pending])');
    await expect(live).toBeVisible();
    await expect(file).toBeHidden();
    // laid out at the phone file's width, scaled to the same box
    const svg = live.locator("svg.recharts-surface").first();
    expect(await svg.getAttribute("width")).toBe("360");
    const after = (await svg.boundingBox())!;
    for (const k of ["x", "y", "width", "height"] as const) expect(Math.abs(after[k] - before[k]), k).toBeLessThanOrEqual(1);
    // the 1960s: Cambodia's bar (outlined), tapped once
    await live.locator('rect[data-series="cambodia"][data-category="1"]').tap();
    const tip = fig.getByRole("status").filter({ hasText: "1960s" });
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(/Cambodia: obligations: \$[\d.]+[MB]/);
    await expect(tip).toContainText("Basis: obligation");
    await expect(tip).toContainText("Source: USAID Greenbook");
    // the tooltip stays on the phone's screen
    const t = (await tip.boundingBox())!;
    expect(t.x).toBeGreaterThanOrEqual(0);
    expect(t.x + t.width).toBeLessThanOrEqual(390);
    // only the chart tapped: chart 6 is still its file
    await expect(financiersFigure(page).locator('[data-face="live"]')).toHaveCount(0);
  });
});

test("pointing at chart 1 loads its live face (Recharts and its data) and a bar's tooltip gives the period's figures", async ({ page }) => {
  const loads = recordLoads(page);
  await page.goto("/");
  await settle(page);
  expect(await loads.rechartsScripts()).toEqual([]);
  const fig = await pinFigure(aidFigure(page));
  await waitForLiveFace(fig);
  expect(await loads.rechartsScripts(), "Recharts is fetched once the reader points at the chart").not.toEqual([]);
  expect(loads.data.filter((u) => u.startsWith("/api/aid"))).toHaveLength(1);
  const chart = fig.getByRole("application", { name: /Use the arrow keys to move between bars/ });
  await expect(chart).toBeVisible();
  // the 1960s bar, by the tooltip it shows (the default view: decades, economic and military, current dollars)
  const bars = fig.locator('[data-face="live"] .recharts-bar-rectangle');
  const box = (await bars.nth(1).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tip = fig.getByRole("status").filter({ hasText: "1960s" });
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(/Economic: \$[\d.]+M/);
  // only the chart pointed at: the band and the charts below are still their files
  for (const other of [relationsFigure(page), shareFigure(page), seedFigure(page)]) await expect(other.locator('[data-face="live"]')).toHaveCount(0);
});

test("pointing at chart 6 loads its live face (Recharts and its table file) and a period's tooltip, beside its bars, names each value, its basis and source", async ({ page }) => {
  const loads = recordLoads(page);
  await page.goto("/");
  await settle(page);
  const fig = await pinFigure(financiersFigure(page));
  await fig.scrollIntoViewIfNeeded();
  await waitForLiveFace(fig);
  expect(await loads.rechartsScripts(), "Recharts is fetched once the reader points at the chart").not.toEqual([]);
  expect(loads.data.filter((u) => u.startsWith("/charts/financiers.json"))).toHaveLength(1);
  expect(loads.data.filter((u) => u.startsWith("/charts/neighbours.json")), "chart 5 was not pointed at").toHaveLength(0);
  const live = fig.locator('[data-face="live"]');
  await expect(fig.getByRole("application", { name: /Use the arrow keys to move between periods/ })).toBeVisible();
  // the United States' bar of the 2000s (the default view: decades, disbursements), outlined
  const us = live.locator('rect[data-series^="us-"][data-category="0"]');
  await expect(us).toHaveAttribute("data-highlight", "true");
  const bar = (await us.boundingBox())!;
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  const tip = fig.getByRole("status").filter({ hasText: "2000s" });
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(/United States: grants disbursed: \$[\d.]+M \(OECD DAC\)/);
  await expect(tip).toContainText(/China: loans disbursed: \$[\d.]+M \(World Bank\)/);
  await expect(tip).toContainText("Basis: disbursement");
  // a period without records says so, never $0
  await expect(tip).toContainText("no data (not zero)");
  // beside the period's bars, never over them
  const cluster = await live.locator('rect[data-series][data-category="0"]').evaluateAll((els) => {
    const r = els.map((e) => e.getBoundingClientRect());
    return { left: Math.min(...r.map((b) => b.left)), right: Math.max(...r.map((b) => b.right)) };
  });
  const t = (await tip.boundingBox())!;
  expect(t.x >= cluster.right || t.x + t.width <= cluster.left, `tooltip ${t.x}-${t.x + t.width} beside ${cluster.left}-${cluster.right}`).toBe(true);
});

/** From the Tab stop before a chart's drawing, Tab: the chart file is one Tab stop until the live face takes over, then
 * focus is on the live chart; ArrowRight shows the first period's tooltip, which it returns. */
async function tabIntoLiveFace(fig: Locator, before: Locator, moves: RegExp): Promise<Locator> {
  await before.focus();
  await fig.page().keyboard.press("Tab");
  const chart = fig.getByRole("application", { name: new RegExp(`Use the arrow keys to move ${moves.source}`) });
  await expect(chart).toBeFocused();
  await fig.page().keyboard.press("ArrowRight");
  const tip = fig.locator(".chart-tooltip");
  await expect(tip).toContainText(/1950s|1960s/);
  return tip;
}

test("Tabbing to chart 5's file hands focus on to its live face; the arrow keys move its tooltip from period to period", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  const fig = await pinFigure(neighboursFigure(page));
  // the last Tab stop before the drawing: the picker's button, then the chart file
  const tip = await tabIntoLiveFace(fig, fig.getByRole("button", { name: "Show countries" }), /between periods/);
  await expect(tip).toContainText("Basis: obligation");
  await expect(tip).toContainText("Source: USAID Greenbook");
  const first = await tip.locator("p").first().textContent();
  await page.keyboard.press("ArrowRight");
  await expect(tip.locator("p").first()).not.toHaveText(first ?? "");
});

test("Tabbing to a chart file loads its live face and hands focus on to it: chart 1's bars, then the band's phases and markers", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  const fig = await pinFigure(aidFigure(page));
  // chart 1's last Tab stop before its drawing: the last of its actions, in its head
  await tabIntoLiveFace(fig, fig.getByRole("button", { name: "Add to briefing" }), /between bars/);
  // the next Tab stop is the band's chart file, which hands focus on to the first phase
  await page.keyboard.press("Tab");
  const band = relationsFigure(page);
  await expect(band.getByRole("button", { name: /^Full relations/ }).first()).toBeFocused();
  await expect(band.getByRole("tooltip")).toContainText("Full relations");
  await page.keyboard.press("Tab");
  await expect(band.locator('[data-part="live-markers"] [role="button"]').first()).toBeFocused();
  await expect(band.getByRole("tooltip")).toBeVisible();
});

test("Shift+Tab back into the band lands on its last Tab stop, the event markers", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  const band = relationsFigure(page);
  // the band's head (its disclosures) follows its drawing
  await band.getByText("Sources and notes").focus();
  await page.keyboard.press("Shift+Tab");
  await expect(band.locator('[data-part="live-markers"] [tabindex="0"]')).toBeFocused();
  await expect(band.getByRole("tooltip")).toBeVisible();
});

test("keyboard alone, from the top of the page, reaches every live face's Tab stops", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  const want = ["aid:application", "relations-band:phase", "relations-band:marker", "share:application", "seed-vs-greenbook:application", "neighbours:application", "financiers:application"];
  const reached = new Set<string>();
  for (let i = 0; i < 400 && !want.every((w) => reached.has(w)); i++) {
    await page.keyboard.press("Tab");
    // a chart file hands focus on once its live face has painted: wait for that before the next Tab
    await page.waitForFunction(() => !document.activeElement?.matches('[data-face="static"]'), undefined, { timeout: 10_000 });
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      const live = el?.closest('[data-face="live"]');
      if (!el || !live) return null;
      const chart = live.closest("[data-chart]")?.getAttribute("data-chart");
      const what = el.closest('[data-part="live-phases"]') ? "phase" : el.closest('[data-part="live-markers"]') ? "marker" : el.getAttribute("role") === "application" || el.closest('[role="application"]') ? "application" : el.tagName;
      return `${chart}:${what}`;
    });
    if (at) reached.add(at);
  }
  expect([...reached].sort()).toEqual(expect.arrayContaining(want));
});

test("a timeline link's marked year stays marked, at the same place, when chart 1's live face takes over", async ({ page }) => {
  await page.goto("/?groupBy=year&from=1969&to=1979&mark=1974");
  const fig = await pinFigure(aidFigure(page));
  // the file's mark, measured in page pixels before the swap: FY1974's label above its bar
  const img = fig.locator('[data-face="static"] img');
  await expect(img).toHaveAttribute("src", /mark=1974/);
  const fileBox = (await img.boundingBox())!;
  await waitForLiveFace(fig);
  const label = fig.locator('[data-face="live"] [data-mark-label="1974"]');
  await expect(label).toHaveText("FY1974, from the timeline");
  // the live face is the file's size and the label sits over FY1974's slot: the 6th of 11 years, so near the middle
  const l = (await label.boundingBox())!;
  const mid = l.x + l.width / 2 - fileBox.x;
  expect(mid / fileBox.width).toBeGreaterThan(0.45);
  expect(mid / fileBox.width).toBeLessThan(0.7);
});

// Recharts measures text in a hidden <span>, each measure a forced layout of the whole page. A live face is drawn from
// its chart's spec, ticks included, so it has no tick label to measure: on the by-year view, before NO_GRID_LINES
// (components/charts/pixel-axis.ts), each of charts 1 and 3 measured all 70 year labels to place grid lines it does
// not draw (46 measures for chart 1 alone at 1280 px; 6 since, for the y labels' words).
test("a live face measures no tick labels: the spec placed them", async ({ page }) => {
  await page.addInitScript(() => {
    const measured: string[] = [];
    window.measured = measured;
    const rect = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      if (this.id === "recharts_measurement_span") measured.push(this.textContent ?? "");
      return rect.call(this);
    };
  });
  await page.goto("/?groupBy=year");
  for (const fig of [aidFigure(page), shareFigure(page)]) await waitForLiveFace(fig);
  const measured = await page.evaluate(() => window.measured ?? null);
  if (measured === null) throw new Error("the page ran no counter (addInitScript)");
  const years = await aidFigure(page).locator('[data-face="live"] .recharts-xAxis .recharts-cartesian-axis-tick').count();
  expect(years, "chart 1's year ticks").toBeGreaterThan(60);
  expect(measured.length, `texts measured for two live faces: ${measured.join(", ")}`).toBeLessThanOrEqual(16);
});
