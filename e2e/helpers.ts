// Shared steps for the browser tests: find charts the way a reader does, and collect console errors.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export function figure(page: Page, name: RegExp | string): Locator {
  return page.getByRole("figure", { name });
}

export const aidFigure = (page: Page) => figure(page, /^How much/);
export const shareFigure = (page: Page) => figure(page, /^In what form/);
export const relationsFigure = (page: Page) => figure(page, /State of US-Cambodia relations/);
export const seedFigure = (page: Page) => figure(page, /Seed figures versus the Greenbook/);
/** Charts 5 and 6, in the comparison section of the dashboard */
export const neighboursFigure = (page: Page) => figure(page, /^US aid to Cambodia and its neighbours/);
export const financiersFigure = (page: Page) => figure(page, /^The United States among Cambodia's financiers/);

/** Opens a figure's "Show data table" and returns its table. */
export async function dataTable(named: Locator): Promise<Locator> {
  const fig = await pinFigure(named);
  const details = fig.locator("details.chart-table");
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await fig.getByText("Show data table").click();
  return fig.locator("details.chart-table table").first();
}

/** Body rows of a table (those with a row header or cells, not the header row). */
export function bodyRows(table: Locator): Locator {
  return table.locator("tbody tr");
}

// Strings that occur only in Recharts' own code (class names it puts on its wrapper and bars), found by
// `grep -l recharts-wrapper .next/static/chunks/*.js` after a build.
export const RECHARTS_MARKERS = ["recharts-wrapper", "recharts-bar-rectangle"];

const pinned = new WeakSet<Locator>();

/** The same figure, found once by its role and name and from then on by its id. Playwright finds a role by working out
 * the role of every element on the page (about 3,000 on the dashboard) and does it again at every step taken on a
 * locator built from it: a helper that takes a dozen steps inside one figure finds it by role once. A figure pinned
 * already (a test pins it, then hands it to a helper that pins what it gets) comes back as it is. */
export async function pinFigure(fig: Locator): Promise<Locator> {
  if (pinned.has(fig)) return fig;
  const id = await fig.getAttribute("id");
  expect(id, "the figure has an id").toMatch(/^[\w-]+$/);
  const byId = fig.page().locator(`figure#${id}`);
  pinned.add(byId);
  return byId;
}

/** A reader's first intent to use a chart: pointing at its drawing (the chart file). A live face loads on that, not
 * because its chart is on screen (components/charts/use-reader-intent.ts). Does nothing once the live face is up. */
export async function pointAtChart(fig: Locator) {
  const chartFile = fig.locator('[data-face="static"]');
  if (await chartFile.isVisible()) await chartFile.hover();
}

/** Points at the chart as a reader would, then waits until its live face has taken over from the chart file, and
 * moves the pointer off it, so no hover tooltip covers what the test does next (a tooltip it wants, it asks for). */
export async function waitForLiveFace(named: Locator) {
  const fig = await pinFigure(named);
  const pointed = await fig.locator('[data-face="static"]').isVisible();
  await pointAtChart(fig);
  // waited for before it is asserted: an expect() that finds no element at all writes an outline of the whole page's
  // accessibility tree for its failure message at every look (Playwright 1.65), which cost more than the live face;
  // given the expect timeout (playwright.config.ts), so a live face that never comes fails here, naming the locator
  await fig.locator('[data-face="live"]:not([data-pending])').waitFor({ state: "attached", timeout: 10_000 });
  await expect(fig.locator('[data-face="live"]:not([data-pending])')).toBeVisible();
  await expect(fig.locator('[data-face="static"]')).toBeHidden();
  if (pointed) await fig.page().mouse.move(0, 0);
}

export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/** The static face of a figure: the chart file its <img> shows. */
export function staticFaceImage(fig: Locator): Locator {
  return fig.locator('[data-face="static"] img');
}

/**
 * Opens the chart file a figure's static face shows (the file the browser chose for this screen, or the same file at
 * another width) in a page of its own: it must be served as SVG and parse as a document, and its marks can then be
 * read with locators like any page's. `expectInSrc` waits until the image shows the view asked for.
 */
export async function openStaticFace(page: Page, fig: Locator, opts: { width?: number; expectInSrc?: RegExp } = {}): Promise<Page> {
  const img = staticFaceImage(await pinFigure(fig));
  if (opts.expectInSrc) await expect(img).toHaveAttribute("src", opts.expectInSrc);
  let src = await img.evaluate((i: HTMLImageElement) => i.currentSrc || i.src).catch(async () => (await img.getAttribute("src")) ?? "");
  src = new URL(src, page.url()).toString();
  if (opts.width) {
    const u = new URL(src);
    u.searchParams.set("width", String(opts.width));
    src = u.toString();
  }
  const face = await page.context().newPage();
  const res = await face.goto(src);
  expect(res?.status(), src).toBe(200);
  expect(res?.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  await expect(face.locator("svg").first()).toBeAttached();
  return face;
}

/** Records every Content-Security-Policy violation the page reports, from before its first script runs. */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const consoleRefusals: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) consoleRefusals.push(m.text());
  });
  return async () => {
    const seen = await page.evaluate(() => window.__csp ?? null);
    expect(seen, "the page ran the recorder (addInitScript)").not.toBeNull();
    return [...(seen ?? []), ...consoleRefusals];
  };
}

export interface TextBox {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Every pair of <text> elements inside `scope`'s SVGs (a chart file's page, or a figure's live face, whose overlay SVG
 * lies on the Recharts one) whose boxes on screen overlap by more than `tolerance` px both ways, as "a" / "b" pairs.
 * Boxes are the rendered ones (getBoundingClientRect: transforms and the real font included); empty and hidden texts
 * are left out.
 */
export async function textOverlaps(scope: Page | Locator, tolerance = 1): Promise<{ a: TextBox; b: TextBox }[]> {
  // a chart file opened as a page has <svg> as its root element
  const root = "goto" in scope ? scope.locator(":root") : scope;
  return root.evaluate((el, tol) => {
    const texts = [...el.querySelectorAll("text")];
    const boxes = texts.flatMap((t) => {
      const r = t.getBoundingClientRect();
      const style = getComputedStyle(t);
      const label = (t.textContent ?? "").trim();
      if (!label || r.width < 0.5 || r.height < 0.5 || style.display === "none" || style.visibility === "hidden" || Number(style.opacity) === 0) return [];
      return [{ text: label, left: r.left, top: r.top, right: r.right, bottom: r.bottom }];
    });
    const out: { a: (typeof boxes)[number]; b: (typeof boxes)[number] }[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > tol && h > tol) out.push({ a, b });
      }
    return out;
  }, tolerance);
}

/** The axe rules whose outcome a colour scheme can change: text contrast, and a link told from its text by colour. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** axe in both colour schemes on one page load: the page as loaded in the light scheme, every rule; then the same page
 * once the system's scheme is dark, the colour rules (COLOUR_RULES). The theme follows the system through CSS alone
 * (light-dark() and color-scheme, app/globals.css; no script reads the scheme), so the page restyles as it would load:
 * one load instead of two. The dark scheme changes colours and nothing else, which this checks on the page itself:
 * every style rule under a prefers-color-scheme query sets custom properties only (the palette), and the page has the
 * same elements and the same rendered text in both schemes. So the rules about names, roles, structure and sizes
 * would find in the dark scheme what they found in the light one, and only the colour rules run again (each axe run
 * on /data takes about 5 s). /briefing stays light in both, as it loads. */
export async function axeLightAndDark(page: Page): Promise<{ light: string[]; dark: string[] }> {
  const dark = () => page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
  const rendered = () => page.evaluate(() => ({ elements: document.querySelectorAll("*").length, text: document.body.innerText }));
  await page.emulateMedia({ colorScheme: "light" });
  expect(await dark(), "the page is in the light scheme").toBe(false);
  // both schemes see the same page, the one hydration leaves (Next adds its route announcer once it has hydrated)
  await page.waitForFunction(() => !("__next_f" in window) || document.querySelector("next-route-announcer") !== null);
  expect(await schemeRulesBeyondColour(page), "rules under a prefers-color-scheme query set custom properties only").toEqual([]);
  const inLight = await rendered();
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await dark(), "the page is in the dark scheme").toBe(true);
  expect(await rendered(), "the dark scheme renders the same elements and text").toEqual(inLight);
  return { light, dark: await axeViolations(page, { rules: COLOUR_RULES }) };
}

/** Declarations under a prefers-color-scheme media query, in the page's style sheets, that set anything but a custom
 * property: "selector { property }" each. */
export function schemeRulesBeyondColour(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (rules: CSSRuleList, inScheme: boolean) => {
      for (const r of rules) {
        if (r instanceof CSSMediaRule) walk(r.cssRules, inScheme || r.conditionText.includes("prefers-color-scheme"));
        else if (r instanceof CSSStyleRule) {
          if (inScheme) for (const prop of r.style) if (!prop.startsWith("--")) out.push(`${r.selectorText} { ${prop} }`);
          if (r.cssRules.length) walk(r.cssRules, inScheme);
        } else if (r instanceof CSSGroupingRule) walk(r.cssRules, inScheme);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules, false);
    return out;
  });
}

/** axe's violations on the page (or inside `include`), one line each: rule, then up to three of its nodes. Only
 * violations are collected (`resultTypes`): axe then stops gathering every passing node, which on the big tables of
 * /data and /timeline took most of its time. axe runs in the page itself (legacy mode): the default mode runs it in
 * parts, one per frame, and finishes in a blank page of its own, which doubled its time on /data (12.5 s against 6.5 s)
 * and is only needed for frames of other origins; the site's pages have no frame, and a page with one fails here
 * rather than being checked only in part. */
export async function axeViolations(page: Page, opts: { include?: string; rules?: string[] } = {}): Promise<string[]> {
  expect(page.frames().map((f) => f.url()).slice(1), "axe runs in the page itself: a frame in it would go unchecked").toEqual([]);
  let axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] });
  if (opts.include) axe = axe.include(opts.include);
  if (opts.rules) axe = axe.withRules(opts.rules);
  const r = await axe.analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

export type Rect = { x: number; y: number; width: number; height: number };
/** The boxes of every element a locator finds, on the screen. */
export const screenRects = (l: Locator): Promise<Rect[]> => l.evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }));

/** The area two boxes share. */
export const overlapArea = (a: Rect, b: Rect) => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** Brings a figure's live face up, points at bars across it (the first, a third, the middle, two thirds and the last)
 * and checks each tooltip: inside the viewport, every number formatted, and beside its bar, crossing none of that
 * bar's segments. A bar as wide as the chart (the whole span as one bar) leaves no room beside it: there the tooltip
 * stands clear of the pointer instead (tooltips.spec.ts). */
export async function expectTooltipsBeside(page: Page, named: Locator, what: string) {
  const fig = await pinFigure(named);
  await waitForLiveFace(fig);
  const bars = fig.locator('[data-face="live"] .recharts-bar-rectangle');
  // the segments a reader can point at: a known zero ($0) is a segment of no height, with nothing to point at
  const drawn = await screenRects(bars);
  const tall = drawn.flatMap((r, i) => (r.height >= 3 ? [i] : []));
  const n = tall.length;
  expect(n, `${what}: bars`).toBeGreaterThan(0);
  const oneBar = new Set(tall.map((i) => Math.round(drawn[i].x))).size === 1;
  const viewport = page.viewportSize()!;
  for (const k of [...new Set([0, Math.floor(n / 3), Math.floor(n / 2), Math.floor((2 * n) / 3), n - 1].map((i) => tall[i]))]) {
    await bars.nth(k).scrollIntoViewIfNeeded();
    const b = await bars.nth(k).boundingBox();
    if (!b) continue;
    // three quarters down the bar, not its middle: a thin segment at the 100% line draws its outline above the plot
    // area, where Recharts does not track the pointer, and its middle can round to the pixel above the plot's top
    // (it did, by the scroll position, at 390 px once the charts were no longer all live)
    await page.mouse.move(b.x + b.width / 2, b.y + b.height * 0.75);
    const tip = fig.locator(".chart-tooltip").first();
    await expect(tip, `${what} tooltip of bar ${k}`).toBeVisible();
    const t = (await tip.boundingBox())!;
    expect(t.x, `${what} tooltip of bar ${k}: left edge`).toBeGreaterThanOrEqual(0);
    expect(t.x + t.width, `${what} tooltip of bar ${k}: right edge`).toBeLessThanOrEqual(viewport.width);
    // beside the bar pointed at: clear of it and of the segments stacked on it (same x, same width)
    if (!oneBar) {
      const over = (await screenRects(bars)).filter((o) => Math.abs(o.x - b.x) < 1 && Math.abs(o.width - b.width) < 1 && o.height > 0 && overlapArea(t, o) > 1);
      expect(over, `${what}: tooltip of bar ${k} ${JSON.stringify(t)} over its bar`).toEqual([]);
    }
    // every number formatted: no 99.58432039882042%, no "Figure is includes"
    const words = await tip.innerText();
    expect(words, `${what} tooltip numbers`).not.toMatch(/\d\.\d{3,}/);
    expect(words, `${what} tooltip words`).not.toContain("Figure is");
    // off the chart, so the next bar's tooltip is its own: Recharts follows the pointer a frame or more late, and a
    // tooltip measured as it appears could still stand where the last bar put it
    await page.mouse.move(0, 0);
    await expect(tip, `${what} tooltip of bar ${k} goes when the pointer leaves`).toBeHidden();
  }
}
