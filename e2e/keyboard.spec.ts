// The keyboard alone, for every control: a setting change keeps focus on the control that made it once the new view
// has arrived and announces the view; arrow keys on a select or in a radio group browse without loading a view per
// key (Enter, or leaving the control, applies; Escape goes back); no Tab stop is dead.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { CHART_SLUGS } from "../lib/charts/registry";

const announcement = (page: Page) => page.getByTestId("view-announcement");
const controls = (page: Page) => page.getByRole("region", { name: "View settings" });

/** Presses Tab (from wherever focus is) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60, key = "Tab") {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/** The page is drawn for the view in the address (the server's page for it arrived, not just the address changed). */
async function expectView(page: Page, search: string) {
  await expect(page).toHaveURL((u) => u.search === search);
  await expect(page.locator(`[data-served-view="${search.replace(/^\?/, "")}"]`)).toHaveCount(1);
}

/** Counts navigations to a new view (document or RSC requests for a view's page). */
function countViewLoads(page: Page): () => number {
  let n = 0;
  page.on("request", (r) => {
    const u = new URL(r.url());
    if ((r.resourceType() === "document" || r.headers()["rsc"] === "1") && (u.pathname === "/" || u.pathname.startsWith("/v/") || u.pathname.startsWith("/r/"))) n++;
  });
  return () => n;
}

test.describe("the view controls with the keyboard alone", () => {
  test("arrow keys on a select browse, Enter applies once, focus stays on the select and the view is announced", async ({ page }) => {
    await page.goto("/");
    const loads = countViewLoads(page);
    const groupBy = controls(page).getByLabel("Group by");
    await page.keyboard.press("Tab");
    await tabTo(page, groupBy);
    // decade -> seed-period -> relations-phase: two steps, no view loaded yet
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(groupBy).toHaveValue("relations-phase");
    await expect(controls(page).getByText("Enter to apply")).toBeVisible();
    await page.waitForTimeout(300);
    expect(loads(), "no view loaded while browsing").toBe(0);
    await expect(page).toHaveURL((u) => u.search === "");
    await page.keyboard.press("Enter");
    await expectView(page, "?groupBy=relations-phase");
    await expect(groupBy).toBeFocused();
    await expect(announcement(page)).toHaveText(/^Showing by phase of relations, economic and military, current dollars, totals, FY1955-2024$/);
    expect(loads(), "one view loaded").toBeLessThanOrEqual(2);
    // the next Tab goes on to the next setting, not back to the top of the page
    await page.keyboard.press("Tab");
    await expect(controls(page).getByLabel("Split bars by")).toBeFocused();
  });

  test("leaving a select applies its draft and focus goes where the reader went; Escape goes back", async ({ page }) => {
    await page.goto("/");
    const split = controls(page).getByLabel("Split bars by");
    await page.keyboard.press("Tab");
    await tabTo(page, split);
    await page.keyboard.press("ArrowDown");
    await expect(split).toHaveValue("programme");
    await page.keyboard.press("Escape");
    await expect(split).toHaveValue("kind");
    await expect(controls(page).getByText("Enter to apply")).toHaveCount(0);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await expectView(page, "?split=programme");
    await expect(controls(page).getByLabel("From fiscal year")).toBeFocused();
  });

  test("arrow keys in a radio group browse, Enter applies; Space applies too", async ({ page }) => {
    await page.goto("/");
    const nominal = controls(page).getByRole("radio", { name: "Nominal" });
    const constant = controls(page).getByRole("radio", { name: "Constant (CPI-U)" });
    await page.keyboard.press("Tab");
    await tabTo(page, nominal);
    await page.keyboard.press("ArrowRight");
    await expect(constant).toBeChecked();
    await expect(constant).toBeFocused();
    await page.waitForTimeout(300);
    await expect(page).toHaveURL((u) => u.search === "");
    await page.keyboard.press("Enter");
    await expectView(page, "?dollars=constant");
    await expect(constant).toBeFocused();
    await expect(announcement(page)).toHaveText(/constant 2025 dollars/);
    // the base year is now enabled and next in Tab order
    await page.keyboard.press("Tab");
    const base = controls(page).getByLabel("Base year");
    await expect(base).toBeFocused();
    await page.keyboard.press("ArrowDown"); // 2025 -> 2024
    await page.keyboard.press("Enter");
    await expectView(page, "?dollars=constant&base=2024");
    await expect(base).toBeFocused();
    // Measure: Space on the radio the arrows moved to applies it
    const total = controls(page).getByRole("radio", { name: "Total", exact: true });
    await page.keyboard.press("Tab");
    await tabTo(page, total);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press(" ");
    await expectView(page, "?dollars=constant&base=2024&measure=per-year");
    await expect(controls(page).getByRole("radio", { name: "Average per year" })).toBeFocused();
  });

  test("every control: a change by keyboard keeps focus on it and is announced", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/?measure=per-year");
    await page.keyboard.press("Tab");
    const annual = controls(page).getByRole("radio", { name: "Annual obligations" });
    const seed = controls(page).getByRole("radio", { name: "Seed article" });
    // a radio group's focus ends on the radio chosen (`after`)
    const steps: { control: Locator; after?: Locator; keys: string[]; search: string; words: RegExp }[] = [
      { control: annual, after: seed, keys: ["ArrowRight", "Enter"], search: "?series=seed&measure=per-year", words: /the seed article's figures/ },
      { control: seed, after: annual, keys: ["ArrowLeft", "Enter"], search: "?measure=per-year", words: /by decade/ },
      { control: controls(page).getByLabel("Group by"), keys: ["ArrowUp", "Enter"], search: "?groupBy=year&measure=per-year", words: /by year/ },
      { control: controls(page).getByLabel("Split bars by"), keys: ["End", "Enter"], search: "?groupBy=year&split=form&measure=per-year", words: /grants and loans/ },
      { control: controls(page).getByLabel("From fiscal year"), keys: ["2", "Enter"], search: "?groupBy=year&split=form&from=2000&measure=per-year", words: /FY2000-2024/ },
      { control: controls(page).getByLabel("To fiscal year"), keys: ["ArrowUp", "Enter"], search: "?groupBy=year&split=form&from=2000&to=2023&measure=per-year", words: /FY2000-2023/ },
      { control: controls(page).getByLabel("Average per year over"), keys: ["ArrowDown", "Enter"], search: "?groupBy=year&split=form&from=2000&to=2023&measure=per-year&averageOver=every-year", words: /per year over every year of each period/ },
      { control: controls(page).getByRole("button", { name: "Reset view" }), keys: ["Enter"], search: "", words: /by decade, economic and military, current dollars, totals, FY1955-2024$/ },
    ];
    for (const s of steps) {
      await tabTo(page, s.control);
      for (const k of s.keys) await page.keyboard.press(k);
      await expectView(page, s.search);
      await expect(s.after ?? s.control, `focus after ${s.search || "reset"}`).toBeFocused();
      await expect(announcement(page)).toHaveText(s.words);
    }
    // the charts' own toggles: chart 3's amounts, chart 4's dollars
    for (const [group, name, search, words] of [
      ["Show military versus economic as", "Amounts", "?share=absolute", /military share in amounts/],
      ["Chart view", "Dollars", "?share=absolute&compare=dollars", /seed comparison in dollars/],
    ] as const) {
      const button = page.getByRole("group", { name: group }).getByRole("button", { name });
      await tabTo(page, button);
      await page.keyboard.press("Enter");
      await expectView(page, search);
      await expect(button).toBeFocused();
      await expect(button).toHaveAttribute("aria-pressed", "true");
      await expect(announcement(page)).toHaveText(words);
    }
  });

  test("the theme switch keeps focus on the button pressed", async ({ page }) => {
    await page.goto("/");
    const dark = page.getByRole("group", { name: "Colour theme" }).getByRole("button", { name: "Dark" });
    await page.keyboard.press("Tab");
    await tabTo(page, dark);
    await page.keyboard.press("Enter");
    await expect(dark).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator(".theme-root")).toHaveAttribute("data-theme", "dark");
    await page.waitForLoadState("networkidle");
    await expect(dark).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).not.toHaveCount(0);
  });

  test("the folded settings on a phone stay open and focused across a change", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    const toggle = page.getByRole("button", { name: /^View settings/ });
    await page.keyboard.press("Tab");
    await tabTo(page, toggle);
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    const groupBy = controls(page).getByLabel("Group by");
    await page.keyboard.press("Tab");
    await tabTo(page, groupBy);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expectView(page, "?groupBy=year");
    await expect(groupBy).toBeVisible();
    await expect(groupBy).toBeFocused();
  });
});

test.describe("no dead Tab stops", () => {
  test("every Tab stop of the page is a visible control with a name, and Export follows each chart's links", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/");
    const stops: { tag: string; name: string; visible: boolean; inExport: boolean; chart: string | null; last: boolean }[] = [];
    for (let i = 0; i < 140; i++) {
      await page.keyboard.press("Tab");
      // a stop that hands focus on (a chart file to its live face, once that has loaded) is not where the reader
      // stays: what they meet is what focus lands on after it (a chart file that keeps focus fails here)
      await page
        .waitForFunction(() => !document.activeElement?.closest('[data-face="static"]'), null, { timeout: 10_000 })
        .catch(() => {
          throw new Error(`Tab stop ${i + 1}: a chart file kept focus instead of handing it to its live face`);
        });
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { tag: "body", name: "", visible: false, inExport: false, chart: null, last: false };
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const labelled = el.getAttribute("aria-labelledby") || (el.id && document.querySelector(`label[for="${el.id}"]`)) || el.closest("label");
        const name = (el.getAttribute("aria-label") ?? el.innerText ?? "").trim() || (labelled ? "labelled" : "");
        return {
          tag: el.tagName.toLowerCase(),
          name: name.slice(0, 60),
          visible: r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.display !== "none",
          inExport: el.classList.contains("export-trigger"),
          chart: el.closest("[data-chart-actions]")?.getAttribute("data-chart-actions") ?? null,
          last: el.tagName === "A" && (el.innerText ?? "").startsWith("Sources, every dated event"),
        };
      });
      stops.push(stop);
      if (stop.last) break;
    }
    expect(stops.at(-1)?.last, "Tab reaches the link to the data page at the foot of the page").toBe(true);
    const dead = stops.map((s, i) => ({ ...s, i })).filter((s) => !s.visible || !s.name);
    expect(dead, JSON.stringify(dead)).toEqual([]);
    // in each chart's actions, the stop right before Export is the chart's own link or toggle (no empty stop between)
    for (const chart of CHART_SLUGS) {
      const i = stops.findIndex((s) => s.chart === chart && s.inExport);
      expect(i, `${chart}: Export is a Tab stop`).toBeGreaterThan(0);
      expect(stops[i].name).toMatch(/^Export chart/);
      expect(stops[i - 1].chart, `${chart}: the stop before Export`).toBe(chart);
      expect(stops[i + 1].name, `${chart}: the stop after Export`).toBe("Add to briefing");
    }
  });
});
