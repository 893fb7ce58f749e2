import { expect, test } from "@playwright/test";
import { aidFigure, axeLightAndDark, axeViolations, collectConsoleErrors, pinFigure, schemeRulesBeyondColour, waitForLiveFace } from "./helpers";
import { CHART_SLUGS } from "../lib/charts/registry";

// axe on the dashboard, both themes and widths, tables open: page.spec.ts

test("the dark theme chosen with the toggle is served without a flash on the next load", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await page.getByRole("button", { name: "Dark" }).click();
  await expect(page.locator(".theme-root")).toHaveAttribute("data-theme", "dark");
  // the server renders the chosen theme into the HTML itself
  const html = await (await page.request.get("/")).text();
  expect(html).toContain('data-theme="dark"');
  await page.reload();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe("rgb(18, 20, 23)");
  await page.getByRole("button", { name: "System" }).click();
});

test("keyboard alone reaches every control and the chart's bars", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto("/?dollars=constant");
  const reached = new Set<string>();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return "";
      const label = el.getAttribute("aria-label") ?? el.labels?.[0]?.textContent ?? el.textContent ?? "";
      return `${el.tagName.toLowerCase()}:${label.trim().slice(0, 40)}`;
    });
    reached.add(name);
  }
  const all = [...reached].join("\n");
  for (const want of ["System", "Light", "Dark", "Annual obligations", "Group by", "Split bars by", "From fiscal year", "To fiscal year", "Base year", "Reset view"])
    expect(all, `Tab should reach ${want}`).toContain(want);
  // radios: arrow keys move within a group
  await page.getByLabel("Nominal").focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByLabel("Constant (CPI-U)")).toBeChecked();
  // the live chart takes focus and arrow keys walk its bars with a tooltip
  const fig = await pinFigure(aidFigure(page));
  await waitForLiveFace(fig);
  await fig.locator(".recharts-surface").focus();
  await page.keyboard.press("ArrowRight");
  await expect(fig.locator(".chart-tooltip")).toBeVisible();
  await expect(fig.locator(".chart-tooltip")).toContainText(/1950s|1960s/);
  expect(errors).toEqual([]);
});

test("reduced motion is honoured", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
  const duration = await page.evaluate(() => getComputedStyle(document.querySelector(".chart-figure")!).transitionDuration);
  expect(["0s", "1e-05s"]).toContain(duration);
});

for (const width of [360, 1920]) {
  test(`the dashboard fits a ${width} px screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/?groupBy=year");
    await waitForLiveFace(aidFigure(page));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await aidFigure(page).locator('[data-face="live"] svg.recharts-surface').boundingBox();
    expect(box!.width).toBeGreaterThan(width === 360 ? 280 : 900);
    await expect(page.getByRole("figure")).toHaveCount(CHART_SLUGS.length);
  });
}

test("on a phone every touch target is at least 24 px or spaced enough (axe target-size, WCAG 2.2)", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/", "/?groupBy=year"]) {
    await page.goto(path);
    await waitForLiveFace(aidFigure(page));
    expect(await axeViolations(page, { rules: ["target-size"] }), path).toEqual([]);
  }
});

test("the suite's axe check reports what it should: a low-contrast text, an unnamed button and a page in a frame", async ({ page }) => {
  // axeViolations runs axe in the page itself (e2e/helpers.ts): it must still find what the page gets wrong
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><h1>t</h1><p style="color:#999;background:#aaa">faint words</p><button></button></main></html>');
  const found = await axeViolations(page);
  expect(found.map((v) => v.split(":")[0]).sort()).toEqual(["button-name", "color-contrast"]);
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><h1>t</h1><iframe title="f" srcdoc="<p>x</p>"></iframe></main></html>');
  await expect(page.frameLocator("iframe").locator("p")).toHaveText("x");
  await expect(axeViolations(page)).rejects.toThrow(/a frame in it would go unchecked/);
});

test("the dark scheme's axe run is only the colour rules when the scheme changes colours only; the check says when it does more", async ({ page }) => {
  // axeLightAndDark (e2e/helpers.ts) runs every rule in the light scheme and the colour rules in the dark one, having
  // checked that the dark scheme changes custom properties and nothing else
  const doc = (dark: string) =>
    `<!doctype html><html lang="en"><title>t</title><style>:root{--fg:#111;--bg:#fff} @media (prefers-color-scheme: dark){${dark}} p{color:var(--fg);background:var(--bg)}</style><main><h1>t</h1><p class="x">words</p><button class="b">Go</button></main></html>`;
  await page.setContent(doc(":root{--fg:#777;--bg:#888}"));
  expect(await schemeRulesBeyondColour(page)).toEqual([]);
  // the faint text in the dark scheme is found, and in the dark scheme only
  expect(await axeLightAndDark(page)).toEqual({ light: [], dark: ["color-contrast: p"] });
  // a dark scheme that hides or sizes anything is named
  await page.setContent(doc(".b{display:none} .x{font-size:10px;--fg:#777}"));
  expect((await schemeRulesBeyondColour(page)).sort()).toEqual([".b { display }", ".x { font-size }"]);
  await expect(axeLightAndDark(page)).rejects.toThrow(/custom properties only/);
});
