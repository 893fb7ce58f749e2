// Slides that read from the back of a room, measured in a real browser at 1280 x 720: every chart slide (a deck of
// every chart in the registry, then the default deck) has one title, a takeaway in at most two lines, its sources in
// smaller type under it and no text, in the page or in its chart file as drawn, under 2% of the slide's height; the
// title slide carries the deck's title, subtitle, presenter and date, set in the editor, on the accent colour; the
// presenter's "next" shows the whole next slide.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEFAULT_DECK } from "../lib/briefing/default-deck";
import { DECK_STORAGE_KEY } from "../lib/briefing/storage";
import { CHART_SLUGS } from "../lib/charts/registry";
import { DEFAULT_VIEW } from "../lib/view/state";
import { svgTexts } from "../tests/svg-read";

const currentSlide = (page: Page) => page.locator("section[aria-roledescription='slide'][data-current]");

/** A deck of one slide per chart of the registry, at each chart's default view, kept in the browser before it loads. */
async function keepDeck(page: Page, deck: object) {
  // only where the browser keeps no deck yet: an edit made in the test is not undone by the next page
  await page.addInitScript(([key, json]) => window.localStorage.getItem(key) ?? window.localStorage.setItem(key, json), [DECK_STORAGE_KEY, JSON.stringify(deck)] as const);
}
const EVERY_CHART = {
  version: 1,
  title: "Every chart",
  slides: CHART_SLUGS.map((chart, i) => ({ id: `c-${i}`, chart, view: { ...DEFAULT_VIEW } })),
};

/** The smallest computed font size of any text the slide shows in HTML, and of any text its chart file draws as shown. */
async function smallestText(page: Page, slide: Locator): Promise<{ html: number; chart: number | null; slideHeight: number }> {
  const m = await slide.evaluate((el) => {
    const sizes: number[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || !n.textContent?.trim() || parent.getClientRects().length === 0) continue;
      sizes.push(parseFloat(getComputedStyle(parent).fontSize));
    }
    const img = el.querySelector<HTMLImageElement>("img.bf-chart");
    // an <img> with object-fit: contain draws the file at the smaller of its two scales
    const shown = img ? Math.min(img.clientWidth / img.naturalWidth, img.clientHeight / img.naturalHeight) : 0;
    return { html: Math.min(...sizes), slideHeight: el.getBoundingClientRect().height, src: img?.getAttribute("src") ?? null, shown, natural: img?.naturalWidth ?? 0 };
  });
  if (!m.src) return { html: m.html, chart: null, slideHeight: m.slideHeight };
  const svg = await (await page.request.get(m.src)).text();
  // the file's own pixels (its width and height) are what the <img> scales: svgTexts gives sizes in them
  expect(svg).not.toMatch(/data-frame="title"/);
  const chart = Math.min(...svgTexts(svg).map((t) => t.px)) * m.shown;
  return { html: m.html, chart, slideHeight: m.slideHeight };
}

async function expectRoomReady(page: Page, label: string) {
  const slide = currentSlide(page);
  // one title: the slide's own heading; the chart file draws none (frame=slide)
  await expect(slide.getByRole("heading"), label).toHaveCount(1);
  const img = slide.locator("img.bf-chart");
  await expect(img).toHaveAttribute("src", /[?&]frame=slide(&|$)/);
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), { message: label }).toBe(true);
  // the takeaway: at most two lines, nothing cut
  const takeaway = slide.locator(".bf-takeaway");
  await expect(takeaway).not.toHaveText(/Computing the takeaway/);
  const t = await takeaway.evaluate((el) => {
    const s = getComputedStyle(el);
    return { height: el.getBoundingClientRect().height, line: parseFloat(s.lineHeight), font: parseFloat(s.fontSize), cut: el.scrollHeight > el.clientHeight + 1, text: el.textContent };
  });
  expect(Math.round(t.height / t.line), `${label}: "${t.text}" lines`).toBeLessThanOrEqual(2);
  expect(t.cut, `${label}: takeaway cut`).toBe(false);
  expect(t.text, label).not.toMatch(/\bSources?:/);
  // its sources under it, in smaller type
  const source = slide.locator(".bf-slide-source");
  await expect(source).toHaveText(/^Sources?: /);
  const sourceFont = await source.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(sourceFont).toBeLessThan(t.font);
  // nothing under 2% of the slide's height, in the page or in the chart file as shown
  const small = await smallestText(page, slide);
  expect(small.html, `${label}: smallest HTML text`).toBeGreaterThanOrEqual(0.02 * small.slideHeight - 0.01);
  expect(small.chart, `${label}: smallest text of the chart file as shown`).toBeGreaterThanOrEqual(0.02 * small.slideHeight - 0.05);
}

test.describe("at 1280 x 720", () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("every chart of the registry on a slide: one title, two lines of takeaway, sources in small type, nothing under 2% of the height", async ({ page }) => {
    await keepDeck(page, EVERY_CHART);
    await page.goto("/briefing#slide=2");
    for (const [i, chart] of CHART_SLUGS.entries()) {
      await expect(currentSlide(page)).toHaveAttribute("data-slide", String(i + 2));
      await expectRoomReady(page, chart);
      await page.keyboard.press("ArrowRight");
    }
  });

  test("the default deck's chart slides are ready for a room", async ({ page }) => {
    await page.goto("/briefing#slide=2");
    for (const s of DEFAULT_DECK.slides) {
      await expect(currentSlide(page).getByRole("heading")).toHaveText(s.title!);
      await expectRoomReady(page, s.id);
      await page.keyboard.press("ArrowRight");
    }
  });

  test("the title slide carries the title, subtitle, presenter and date set in the editor, on the accent colour", async ({ page }) => {
    await keepDeck(page, EVERY_CHART);
    await page.goto("/briefing/edit");
    await page.getByLabel("Deck title").fill("Aid and relations, 1955-2024");
    await page.getByLabel("Subtitle").fill("For the committee");
    await page.getByLabel("Presenter (optional)").fill("A. Presenter");
    await page.getByLabel("Date (empty: the day it is shown)").fill("2027-01-15");
    await page.getByRole("link", { name: "Present this deck" }).click();
    const slide = currentSlide(page);
    await expect(slide.getByRole("heading")).toHaveText("Aid and relations, 1955-2024");
    await expect(slide).toContainText("For the committee");
    await expect(slide).toContainText("A. Presenter");
    await expect(slide).toContainText("15 January 2027");
    // not black on white: the title slide is white on the accent colour
    const colours = await slide.locator(".bf-title-slide").evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(colours).toEqual(["rgb(11, 61, 145)", "rgb(255, 255, 255)"]);
    const small = await smallestText(page, slide);
    expect(small.html).toBeGreaterThanOrEqual(0.02 * small.slideHeight - 0.01);
  });
});

test("the presenter's next slide is the whole slide: heading, chart, takeaway and sources inside its frame, nothing cut", async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto("/briefing/presenter#slide=1");
  for (let n = 1; n <= DEFAULT_DECK.slides.length; n++) {
    await expect(page.getByTestId("presenter-slide")).toHaveText(String(n));
    const next = page.getByTestId("presenter-next");
    const s = DEFAULT_DECK.slides[n - 1];
    await expect(next.getByRole("heading")).toHaveText(s.title!);
    await expect(next.locator(".bf-takeaway")).not.toHaveText(/Computing/);
    const frame = (await next.boundingBox())!;
    for (const part of [next.getByRole("heading"), next.locator("img.bf-chart"), next.locator(".bf-takeaway"), next.locator(".bf-slide-source")]) {
      await expect(part).toBeVisible();
      const b = (await part.boundingBox())!;
      expect(b.y + b.height, `slide ${n + 1}: a part below the frame`).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
      expect(b.height).toBeGreaterThan(4);
    }
    expect(await next.locator(".bf-takeaway").evaluate((el) => el.scrollHeight <= el.clientHeight + 1), `slide ${n + 1}: takeaway cut`).toBe(true);
    await page.getByRole("button", { name: "Next" }).click();
  }
});
