// The page itself, at a laptop's 1280 x 900 and a phone's 390 x 844: the first screen (finding, chart 1 and the band
// directly under it), the band's text boxes, tooltips, phases and markers by keyboard, the bad-link notice, the 404
// page, the events table on a phone, the announced view and axe in both themes.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { aidFigure, axeLightAndDark, axeViolations, openStaticFace, pinFigure, relationsFigure, waitForLiveFace } from "./helpers";

const SIZES = [
  { name: "laptop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function box(l: Locator) {
  const b = await l.boundingBox();
  expect(b, "element has a box").not.toBeNull();
  return b!;
}

/** The text boxes (screen px) of an SVG's <text> elements that are drawn, with their content. */
async function textBoxes(svg: Locator) {
  return svg.evaluate((root) =>
    [...root.querySelectorAll("text")]
      .filter((t) => (t.textContent ?? "").trim() !== "" && getComputedStyle(t).display !== "none")
      .map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? "", x: r.x, y: r.y, w: r.width, h: r.height };
      })
      .filter((r) => r.w > 0 && r.h > 0),
  );
}

function overlaps(boxes: { text: string; x: number; y: number; w: number; h: number }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      // a pixel of shared edge is not an overlap
      const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (ox > 1 && oy > 1) out.push(`"${a.text}" / "${b.text}"`);
    }
  return out;
}

async function inViewport(page: Page, l: Locator) {
  const b = await box(l);
  const vp = page.viewportSize()!;
  expect(b.x, "tooltip's left edge").toBeGreaterThanOrEqual(0);
  expect(b.y, "tooltip's top edge").toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, "tooltip's right edge").toBeLessThanOrEqual(vp.width);
  expect(b.y + b.height, "tooltip's bottom edge").toBeLessThanOrEqual(vp.height);
}

for (const size of SIZES) {
  test.describe(`at ${size.width} x ${size.height} (${size.name})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    // (split by programme, chart 1's legend has eight entries: on a phone they take their shorter names, two to a row)
    for (const view of ["/", "/?groupBy=year", "/?groupBy=relations-phase&dollars=constant", "/?split=programme"])
    test(`the first screen of ${view} shows the finding, chart 1 with its controls and the band directly under it`, async ({ page }) => {
      await page.goto(view);
      // measured as the page loads (the chart files) and again once the reader has pointed at both charts and their
      // live faces have taken over
      for (const faces of ["chart files", "live faces"] as const) {
        if (faces === "live faces") for (const fig of [aidFigure(page), relationsFigure(page)]) await waitForLiveFace(fig);
        else await expect(aidFigure(page).locator('[data-face="static"] img')).toBeVisible();
        await page.evaluate(() => window.scrollTo(0, 0));
        const finding = page.getByTestId("finding");
        await expect(finding).toContainText(/^US aid to Cambodia, FY1955-2024: \$[\d.]+B \((current|constant 2025) dollars\); \d+% came in FY\d{4}-\d{4} under full diplomatic relations/);
        const controls = page.getByRole("region", { name: "View settings" });
        const bars = aidFigure(page).locator(".chart-body");
        const band = relationsFigure(page).locator(".chart-body picture, .chart-body [data-testid='relations-band']").first();
        for (const [what, l] of [["finding", finding], ["controls", controls], ["chart 1", bars], ["band", band]] as const) {
          const b = await box(l);
          expect(b.y, `${what} starts on the first screen`).toBeGreaterThanOrEqual(0);
          expect(b.y + b.height, `${what} ends on the first screen`).toBeLessThanOrEqual(size.height);
      }
      // nothing between the bars and the band: the band starts where chart 1's drawing ends
      const barsBox = await box(bars);
      const bandBox = await box(relationsFigure(page).locator(".chart-body").first());
      expect(bandBox.y - (barsBox.y + barsBox.height)).toBeGreaterThanOrEqual(-1);
      expect(bandBox.y - (barsBox.y + barsBox.height)).toBeLessThanOrEqual(2);
      // on the same time axis: the same left and right edges
      expect(Math.abs(bandBox.x - barsBox.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(bandBox.width - barsBox.width), faces).toBeLessThanOrEqual(1);
      }
    });

    test("split by programme, the legend names every part, by its full name to assistive technology", async ({ page }) => {
      await page.goto("/?split=programme");
      const legend = aidFigure(page).getByRole("list", { name: "Legend" });
      for (const name of ["Economic Support Fund", "Development assistance and USAID", "Military equipment (MAP, excess articles)", "Total only (no breakdown, FY2021 on)"])
        await expect(legend.getByRole("listitem").filter({ hasText: name })).toHaveCount(1);
      const full = legend.getByText("Development assistance and USAID", { exact: true });
      const short = legend.getByText("Development and USAID", { exact: true });
      if (size.name === "phone") {
        // a phone shows the shorter names, two to a row (the full one is there, visually hidden): 7 parts in 4 rows
        await expect(short).toBeVisible();
        expect((await full.boundingBox())!.width).toBeLessThanOrEqual(1);
        const tops = new Set(await legend.locator('li[data-legend-kind="key"]').evaluateAll((ls) => ls.map((l) => Math.round(l.getBoundingClientRect().top))));
        expect(tops.size).toBe(4);
      } else {
        expect((await full.boundingBox())!.width).toBeGreaterThan(100);
        await expect(short).toBeHidden();
      }
    });

    test("the band's text boxes never overlap, in the chart file and in the live face, by year and by decade", async ({ page }) => {
      for (const q of ["/?groupBy=year", "/"]) {
        await page.goto(q);
        const fig = await pinFigure(relationsFigure(page));
        const file = fig.locator('[data-face="static"] img');
        const src = await file.evaluate((i: HTMLImageElement) => i.currentSrc || i.src);
        const face = await page.context().newPage();
        await face.setViewportSize({ width: size.width, height: size.height });
        await face.goto(src);
        expect(overlaps(await textBoxes(face.locator("svg").first())), `${q} file ${src}`).toEqual([]);
        await face.close();
        await waitForLiveFace(fig);
        expect(overlaps(await textBoxes(fig.locator('[data-face="live"] svg').first())), `${q} live`).toEqual([]);
      }
    });

    test("band tooltips stay inside the viewport, at both ends of the band", async ({ page }) => {
      await page.goto("/?groupBy=year");
      const fig = await pinFigure(relationsFigure(page));
      await waitForLiveFace(fig);
      const markers = fig.locator('[data-part="live-markers"] [role="button"]');
      const tip = fig.getByRole("tooltip");
      for (const marker of [markers.first(), markers.last()]) {
        await marker.focus();
        await expect(tip).toBeVisible();
        await inViewport(page, tip);
      }
      const phases = fig.locator('[data-part="live-phases"] [role="button"]');
      await phases.last().focus();
      await expect(tip).toBeVisible();
      await inViewport(page, tip);
    });
  });
}

test.describe("the band by keyboard", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("phases are one Tab stop with arrow keys inside, and show their tooltip", async ({ page }) => {
    await page.goto("/");
    const fig = await pinFigure(relationsFigure(page));
    await waitForLiveFace(fig);
    const phases = fig.locator('[data-part="live-phases"] [role="button"]');
    expect(await phases.count()).toBeGreaterThan(5);
    await expect(fig.locator('[data-part="live-phases"] [tabindex="0"]')).toHaveCount(1);
    await phases.first().focus();
    const tip = fig.getByRole("tooltip");
    await expect(tip).toContainText("Full relations: Recognition and early ties");
    await page.keyboard.press("ArrowRight");
    await expect(tip).toContainText("Strained");
    await page.keyboard.press("End");
    await expect(phases.last()).toBeFocused();
    await expect(fig.locator('[data-part="live-phases"] [tabindex="0"]')).toHaveCount(1);
    // a tap shows the same tooltip
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
    await fig.locator('[data-part="live-phases"] [data-phase]').nth(2).click();
    await expect(tip).toContainText("Severed");
  });

  test("all the event markers are one Tab stop, with arrow keys inside; dense ones are one cluster listing its events", async ({ page }) => {
    await page.goto("/");
    const fig = await pinFigure(relationsFigure(page));
    await waitForLiveFace(fig);
    const markers = fig.locator('[data-part="live-markers"] [role="button"]');
    const n = await markers.count();
    expect(n).toBeGreaterThan(5);
    await expect(fig.locator('[data-part="live-markers"] [tabindex="0"]')).toHaveCount(1);
    await expect(fig.locator('[data-part="live-markers"] [tabindex="-1"]')).toHaveCount(n - 1);
    // Tab from the phases lands on the markers, and one more Tab leaves the band
    await fig.locator('[data-part="live-phases"] [tabindex="0"]').focus();
    await page.keyboard.press("Tab");
    await expect(markers.first()).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(markers.nth(1)).toBeFocused();
    await page.keyboard.press("End");
    await expect(markers.last()).toBeFocused();
    await page.keyboard.press("Tab");
    const stillInMarkers = await page.evaluate(() => !!document.activeElement?.closest('[data-part="live-markers"]'));
    expect(stillInMarkers).toBe(false);
    // the centre of 12 April 1975 is one cluster that lists 12 and 17 April
    const april = fig.locator('[data-part="live-markers"] [data-cluster]').filter({ has: page.locator("xpath=self::*[contains(@aria-label, '12 April 1975')]") });
    await april.first().focus();
    const tip = fig.getByRole("tooltip");
    await expect(tip).toContainText("12 April 1975");
    await expect(tip).toContainText("17 April 1975");
  });
});

test.describe("links and errors", () => {
  // one flow for a broken shared link (the no-JavaScript one is in no-javascript.spec.ts): the notice at the top names
  // settings by their labels, the valid settings are kept, the rest falls back to the default, and it goes away once
  // the reader picks a view
  test("a broken link: the notice sits at the top, names settings by their labels, keeps the valid ones, and goes once a view is picked", async ({ page }) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto("/?base=1800&dollars=constant&groupBy=year");
      const notice = page.getByTestId("broken-link");
      await expect(notice).toContainText("Left out: Base year.");
      await expect(notice).toContainText("Base year: 1800 is out of range");
      const b = await box(notice);
      expect(b.y + b.height, `notice on the first screen at ${width}`).toBeLessThanOrEqual(844);
      const finding = await box(page.getByTestId("finding"));
      expect(b.y, "the notice comes before the finding").toBeLessThan(finding.y);
      // constant dollars and the grouping were kept
      await expect(page.getByTestId("finding")).toContainText("(constant 2025 dollars)");
      await expect(aidFigure(page).locator('[data-face="static"] img')).toHaveAttribute("src", /groupBy=year/);
      await expect(aidFigure(page).locator('[data-face="static"] img')).toHaveAttribute("src", /dollars=constant/);
    }
    // every setting unreadable: both named, and the default view drawn (8 decades)
    await page.goto("/?groupBy=week&from=1800");
    const alert = page.getByTestId("broken-link");
    await expect(alert).toContainText("Part of this link could not be read");
    await expect(alert).toContainText("Group by");
    await expect(alert).toContainText("From fiscal year");
    const face = await openStaticFace(page, aidFigure(page));
    await expect(face.locator("svg").first()).toHaveAttribute("data-bars", "8");
    await face.close();
    // the reader picks a view: the notice goes
    await page.getByLabel("Group by").selectOption("year");
    await expect(page.getByTestId("broken-link")).toHaveCount(0);
  });


  for (const path of ["/v/xx/yy", "/no-such-page", "/data/nothing"]) {
    test(`${path} is a 404 page with the site header and a link home`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("banner").getByRole("link", { name: "US aid to Cambodia" })).toHaveAttribute("href", "/");
      await page.getByRole("link", { name: "Go to the dashboard of US aid to Cambodia" }).click();
      await expect(page.getByTestId("finding")).toBeVisible();
    });
  }
});

test.describe("keyboard and screen readers", () => {
  test("the first Tab stop skips to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });

  test("a view change is announced in a live region", async ({ page }) => {
    await page.goto("/");
    const status = page.getByTestId("view-announcement");
    await expect(status).toHaveAttribute("role", "status");
    await expect(status).toHaveText("");
    await page.getByLabel("Group by").selectOption("year");
    // each change is announced once the new view is on screen (the controls re-render with it)
    await expect(status).toHaveText("Showing by year, economic and military, current dollars, totals, FY1955-2024");
    await expect(page).toHaveURL(/groupBy=year/);
    await page.getByRole("radio", { name: "Constant (CPI-U)" }).check({ force: true });
    await expect(status).toHaveText("Showing by year, economic and military, constant 2025 dollars, totals, FY1955-2024");
  });

  // the dashboard's axe runs, all of them: both themes at a phone's and a laptop's width, in a view with charts 5 and 6
  // changed (three countries, debt service), every table and disclosure open, and the live faces of chart 1 and the band up.
  // Dark comes both ways the page can be dark: from the system's preference (390 px) and from the reader's choice, the
  // theme cookie the toggle sets, which the server renders into the HTML (1280 px).
  // The system's light and dark at 390 px are checked on one load (the theme follows the system through CSS alone:
  // axeLightAndDark); the reader's dark at 1280 px needs its own load, since the server renders the cookie's theme.
  const severedContrast = (page: Page) =>
    page.evaluate(() => {
      const sw = [...document.querySelectorAll("#relations-band-legend li")].find((li) => li.textContent === "Severed")!.querySelector("span")!;
      const lum = (c: string) => {
        const [r, g, b] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const a = lum(getComputedStyle(sw).backgroundColor);
      const b = lum(getComputedStyle(document.body).backgroundColor);
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
  const openEverything = async (page: Page) => {
    await page.goto("/?countries=cambodia,laos,myanmar&basis=debt-service");
    await waitForLiveFace(relationsFigure(page));
    await waitForLiveFace(aidFigure(page));
    for (const d of await page.locator("details").all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
  };
  for (const [name, width, how] of [
    ["the light and dark themes (the system's) at 390 px", 390, "system"],
    ["the light theme at 1280 px", 1280, "light"],
    ["the dark theme at 1280 px (the reader's choice)", 1280, "cookie"],
  ] as const) {
    test(`axe finds no violations in ${name}, tables and disclosures open, and the Severed swatch stands out`, async ({ page, context, baseURL }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 844 });
      if (how === "cookie") await context.addCookies([{ name: "theme", value: "dark", url: baseURL! }]);
      else await page.emulateMedia({ colorScheme: "light" });
      await openEverything(page);
      await expect(page.locator(".theme-root")).toHaveAttribute("data-theme", how === "cookie" ? "dark" : "system");
      if (how === "system") {
        // the swatch against the page: at least 3:1 (non-text contrast), in each scheme
        expect(await severedContrast(page), "light").toBeGreaterThanOrEqual(3);
        const found = await axeLightAndDark(page);
        expect(await severedContrast(page), "dark").toBeGreaterThanOrEqual(3);
        expect(found).toEqual({ light: [], dark: [] });
      } else {
        expect(await axeViolations(page)).toEqual([]);
        expect(await severedContrast(page)).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the events table is cards in a box that scrolls, with a readable event column", async ({ page }) => {
    await page.goto("/data");
    const table = page.getByTestId("events-table");
    const region = page.getByRole("region", { name: /Dated events/ });
    const r = await box(region);
    expect(r.height).toBeLessThanOrEqual(844);
    const cell = table.locator("tbody tr").first().locator("td").nth(2);
    expect((await box(cell)).width).toBeGreaterThan(300);
  });

  test("the summary strip of phases is well under a screen tall", async ({ page }) => {
    await page.goto("/");
    const strip = page.getByTestId("summary-cards");
    expect((await box(strip)).height).toBeLessThan(844 * 0.75);
    await expect(strip).toContainText("full relations");
    await expect(strip.locator("caption")).toContainText("current dollars, FY1955-2024");
  });
});
