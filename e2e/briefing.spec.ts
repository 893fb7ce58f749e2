// Briefing mode in a real browser: build a deck from the dashboard, keep it over a reload, send it as a link to a
// fresh browser, present it by every key, click and swipe, keep a presenter window in step both ways, refuse broken
// links, paint each chart before any Recharts code, print one slide per landscape page, and pass axe.
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { expect, test, type Page } from "@playwright/test";
import { DEFAULT_DECK } from "../lib/briefing/default-deck";
import { aidFigure, axeViolations, collectConsoleErrors, figure, recordCspViolations, relationsFigure, shareFigure } from "./helpers";

const DEFAULT_SLIDES = DEFAULT_DECK.slides.length + 2;
// Strings only Recharts' own code holds (as in e2e/bundle-budget.spec.ts).
const RECHARTS_MARKERS = ["recharts-wrapper", "recharts-bar-rectangle"];

// the slide counter (the toolbar's other status line says what "Download deck as a file" saved)
const counter = (page: Page) => page.getByRole("navigation", { name: "Slides" }).getByRole("status").filter({ hasText: /^Slide \d+ of \d+/ });
const currentSlide = (page: Page) => page.locator("section[aria-roledescription='slide'][data-current]");

async function expectSlide(page: Page, n: number, total = DEFAULT_SLIDES) {
  await expect(counter(page)).toHaveText(`Slide ${n} of ${total}`);
  await expect(currentSlide(page)).toHaveAttribute("aria-label", `Slide ${n} of ${total}`);
  await expect(page).toHaveURL(new RegExp(`#(deck=[A-Za-z0-9_-]+&)?slide=${n}$`));
}

/** The slide headings, chart files and takeaways of the deck on screen, slide by slide, once every chart slide has
 * its computed title and its file. */
async function deckOnScreen(page: Page): Promise<string[]> {
  const read = () =>
    page.locator("section[aria-roledescription='slide']").evaluateAll((els) =>
      els.map((el) => [el.querySelector("h2")?.textContent, el.querySelector("img")?.getAttribute("src"), el.querySelector(".bf-takeaway")?.textContent].join(" | ")),
    );
  await expect.poll(async () => (await read()).filter((s) => /^(How much|In what form) \||\| \| Computing/.test(s)).length).toBe(0);
  await expect(page.getByText(/Gathering the sources/)).toHaveCount(0);
  return read();
}

test("a three-slide deck built from the dashboard survives a reload and travels in its link to a fresh browser", async ({ page, browser }) => {
  const csp = await recordCspViolations(page);
  const errors = collectConsoleErrors(page);
  await page.goto("/?groupBy=year");
  for (const [i, fig] of [aidFigure(page), shareFigure(page), relationsFigure(page)].entries()) {
    await fig.getByRole("button", { name: "Add to briefing" }).click();
    await expect(fig.getByRole("status")).toContainText(`Added as chart slide ${i + 1} of “US aid to Cambodia: a briefing”`);
  }
  await shareFigure(page).getByRole("link", { name: "Open the briefing" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit the briefing" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Chart slides (3)" })).toBeVisible();
  const headings = page.locator(".bf-editor-list h3");
  await expect(headings).toHaveText([/^Slide 2: How much/, /^Slide 3: In what form/, /^Slide 4: State of US-Cambodia relations/]);
  // each slide keeps the view it was added in
  await expect(page.locator(".bf-editor-list img").first()).toHaveAttribute("src", /^\/charts\/aid-by-period\.svg\?groupBy=year&/);

  // edit a takeaway, then reload: the deck is intact
  await page.getByLabel("Takeaway (empty: computed from the data)").nth(1).fill("Military aid dominated the war years.");
  await page.reload();
  await expect(headings).toHaveCount(3);
  await expect(page.getByLabel("Takeaway (empty: computed from the data)").nth(1)).toHaveValue("Military aid dominated the war years.");

  await page.goto("/briefing");
  await expectSlide(page, 1, 5);
  await expect(currentSlide(page).getByRole("heading")).toHaveText("US aid to Cambodia: a briefing");
  const mine = await deckOnScreen(page);

  // the link alone rebuilds the deck in a browser that has never seen it
  await page.goto("/briefing/edit");
  await page.getByRole("button", { name: "Copy link to this deck" }).click();
  const link = await page.getByTestId("deck-link").inputValue();
  expect(link).toMatch(/\/briefing#deck=[A-Za-z0-9_-]+&slide=1$/);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherErrors = collectConsoleErrors(other);
  await other.goto(link);
  await expectSlide(other, 1, 5);
  expect(await deckOnScreen(other)).toEqual(mine);
  await other.keyboard.press("ArrowRight");
  await other.keyboard.press("ArrowRight");
  await expect(currentSlide(other).locator(".bf-takeaway")).toHaveText("Military aid dominated the war years.");
  expect(await other.evaluate(() => localStorage.length)).toBe(0);
  await fresh.close();
  expect(otherErrors).toEqual([]);
  expect(errors).toEqual([]);
  expect(await csp()).toEqual([]);
});

test("every presenting key, click and swipe moves through the deck, and the address names the slide", async ({ page }) => {
  const csp = await recordCspViolations(page);
  const errors = collectConsoleErrors(page);
  await page.goto("/briefing");
  await expectSlide(page, 1);
  const steps: [string, number][] = [
    ["ArrowRight", 2],
    ["Space", 3],
    ["PageDown", 4],
    ["ArrowLeft", 3],
    ["PageUp", 2],
    ["End", DEFAULT_SLIDES],
    ["Home", 1],
  ];
  for (const [key, n] of steps) {
    await page.keyboard.press(key);
    await expectSlide(page, n);
  }
  await page.keyboard.press("5");
  await expect(counter(page)).toContainText("go to 5");
  await page.keyboard.press("Enter");
  await expectSlide(page, 5);
  await expect(currentSlide(page).getByRole("heading")).toHaveText(DEFAULT_DECK.slides[3].title!);

  // a link opens at its slide
  await page.reload();
  await expectSlide(page, 5);

  // N shows and hides the speaker notes
  await page.keyboard.press("n");
  await expect(page.getByRole("complementary", { name: "Speaker notes" })).toContainText(DEFAULT_DECK.slides[3].notes!);
  await page.keyboard.press("N");
  await expect(page.getByRole("complementary", { name: "Speaker notes" })).toBeHidden();

  // F enters full screen, Esc leaves it
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press("Escape");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);

  // click: the right of the slide goes on, its left third goes back
  const stage = page.getByTestId("slide-stage");
  const box = (await stage.boundingBox())!;
  await stage.click({ position: { x: box.width * 0.8, y: box.height / 2 } });
  await expectSlide(page, 6);
  await stage.click({ position: { x: box.width * 0.1, y: box.height / 2 } });
  await expectSlide(page, 5);

  // swipe left goes on, swipe right goes back
  const swipe = async (dx: number) => {
    const y = box.y + box.height / 2;
    const x0 = box.x + box.width / 2;
    await stage.dispatchEvent("pointerdown", { pointerType: "touch", clientX: x0, clientY: y, isPrimary: true });
    await stage.dispatchEvent("pointerup", { pointerType: "touch", clientX: x0 + dx, clientY: y + 5, isPrimary: true });
  };
  await swipe(-150);
  await expectSlide(page, 6);
  await swipe(150);
  await expectSlide(page, 5);

  // the progress bar follows
  await expect(page.getByRole("progressbar", { name: "Progress through the deck" })).toHaveAttribute("value", "5");
  expect(errors).toEqual([]);
  expect(await csp()).toEqual([]);
});

test("the presenter window follows the audience window and leads it", async ({ page }) => {
  const csp = await recordCspViolations(page);
  const errors = collectConsoleErrors(page);
  await page.goto("/briefing#slide=2");
  await expectSlide(page, 2);
  const [presenter] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("p")]);
  const presenterErrors = collectConsoleErrors(presenter);
  await expect(presenter.getByRole("heading", { level: 1 })).toContainText("Presenter view");
  await expect(presenter.getByRole("status").filter({ hasText: /audience window/ })).toHaveText("In step with the audience window.");
  await expect(presenter.getByTestId("presenter-slide")).toHaveText("2");
  await expect(presenter.getByRole("region", { name: "Notes" })).toContainText(DEFAULT_DECK.slides[0].notes!);
  await expect(presenter.getByRole("region", { name: /^Next/ })).toContainText(DEFAULT_DECK.slides[1].title!);
  await expect(presenter.getByTestId("presenter-clock")).toHaveText(/^\d\d:\d\d:\d\d$/);
  await expect(presenter.getByTestId("presenter-timer")).toHaveText(/^\d\d:\d\d$/);
  await expect(presenter.getByRole("region", { name: /^Current/ }).locator("img")).toHaveJSProperty("complete", true);

  // audience advances: the presenter follows
  await page.bringToFront();
  await page.keyboard.press("ArrowRight");
  await expectSlide(page, 3);
  await expect(presenter.getByTestId("presenter-slide")).toHaveText("3");
  await expect(presenter.getByRole("region", { name: "Notes" })).toContainText(DEFAULT_DECK.slides[1].notes!);

  // presenter advances (button and key): the audience follows
  await presenter.bringToFront();
  await presenter.getByRole("button", { name: "Next" }).click();
  await expectSlide(page, 4);
  await presenter.keyboard.press("End");
  await expectSlide(page, DEFAULT_SLIDES);
  await presenter.keyboard.press("3");
  await presenter.keyboard.press("Enter");
  await expectSlide(page, 3);
  await expect(presenter.getByTestId("presenter-slide")).toHaveText("3");
  expect(await axeViolations(presenter)).toEqual([]);
  expect(presenterErrors).toEqual([]);
  expect(errors).toEqual([]);
  expect(await csp()).toEqual([]);
});

const gz = (value: unknown) => gzipSync(Buffer.from(JSON.stringify(value))).toString("base64url");

test("a tampered, truncated, oversized or schema-breaking link says so and shows the default deck, with no console error", async ({ page }) => {
  const csp = await recordCspViolations(page);
  const good = gz({ ...DEFAULT_DECK, title: "A colleague's deck" });
  const mid = Math.floor(good.length / 2);
  const cases: [string, string, RegExp][] = [
    ["tampered", good.slice(0, mid) + (good[mid] === "A" ? "B" : "A") + good.slice(mid + 1), /incomplete or damaged|cannot be read/],
    ["truncated", good.slice(0, good.length - 20), /incomplete or damaged/],
    ["oversized", "A".repeat(30_000), /too long \(30,000 characters; at most 24,000\)/],
    ["inflating past the limit", gzipSync(Buffer.from(" ".repeat(2_000_000))).toString("base64url"), /larger than 64 kB/],
    ["schema-breaking", gz({ ...DEFAULT_DECK, slides: [{ id: "x", chart: "pie", view: {} }] }), /does not match the deck format \(slides\.0\.chart/],
    ["markup", gz({ ...DEFAULT_DECK, slides: [{ ...DEFAULT_DECK.slides[0], title: "<img src=x onerror=alert(1)>", takeaway: "<b>bold?</b>" }] }), /^$/],
  ];
  for (const [name, payload, message] of cases) {
    const errors = collectConsoleErrors(page);
    await page.goto("/");
    await page.goto(`/briefing#deck=${payload}&slide=2`);
    if (name === "markup") {
      // markup in a deck is shown as text: the title is the literal string, and no element was made of it
      await expect(currentSlide(page).getByRole("heading")).toHaveText("<img src=x onerror=alert(1)>");
      await expect(currentSlide(page).locator(".bf-takeaway")).toHaveText("<b>bold?</b>");
      await expect(page.locator("img[src='x'], .bf-takeaway b")).toHaveCount(0);
      continue;
    }
    const alert = page.getByRole("alert").filter({ hasText: "could not be opened" });
    await expect(alert, name).toContainText("This deck could not be opened.");
    await expect(alert, name).toContainText(message);
    await expect(alert, name).toContainText("The default deck is shown instead.");
    await expectSlide(page, 1);
    await expect(currentSlide(page).getByRole("heading")).toHaveText(DEFAULT_DECK.title);
    // nothing else broke: the deck still presents
    await page.keyboard.press("ArrowRight");
    await expectSlide(page, 2);
    expect(errors, name).toEqual([]);
  }
  expect(await csp()).toEqual([]);
});

test("each chart slide paints its chart file before any Recharts code loads (none does)", async ({ page }) => {
  const scripts: string[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") scripts.push(r.url());
  });
  await page.goto("/briefing#slide=2");
  for (let n = 2; n <= DEFAULT_DECK.slides.length + 1; n++) {
    await expectSlide(page, n);
    const img = currentSlide(page).locator("img[data-slide-chart]");
    await expect(img).toHaveJSProperty("complete", true);
    expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(960);
    const src = (await img.getAttribute("src"))!;
    // framed for a slide (its title is the slide's), its smallest text 2% of the slide's height
    expect(src).toMatch(/^\/charts\/[a-z-]+\.svg\?.*width=960&height=\d+&frame=slide&minText=\d+$/);
    expect(src).not.toContain("theme=dark");
    // the file's aspect is the slide's chart box's
    const boxAspect = await img.evaluate((i) => i.parentElement!.clientHeight / i.parentElement!.clientWidth);
    const h = Number(new URL(src, page.url()).searchParams.get("height"));
    expect(Math.abs(h - Math.max(200, boxAspect * 960))).toBeLessThanOrEqual(12);
    await page.keyboard.press("ArrowRight");
  }
  expect(await page.evaluate(() => performance.getEntriesByName("briefing:first-chart").length)).toBe(1);
  for (const url of scripts) {
    const body = await (await page.request.get(url)).text();
    for (const marker of RECHARTS_MARKERS) expect(body.includes(marker), `${url} holds Recharts`).toBe(false);
  }
  expect(scripts.length).toBeGreaterThan(0);
});

test("print / PDF has one slide per landscape page", async ({ page }) => {
  await page.goto("/briefing");
  await expectSlide(page, 1);
  for (const img of await page.locator("img[data-slide-chart]").all()) await expect(img).toHaveJSProperty("complete", true);
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(DEFAULT_SLIDES);
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  expect(box).not.toBeNull();
  expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
});

test("the editor reorders by keyboard, removes, exports and imports a deck file, and refuses a bad file", async ({ page }, testInfo) => {
  const errors = collectConsoleErrors(page);
  await page.goto("/briefing/edit");
  const headings = page.locator(".bf-editor-list h3");
  await expect(headings).toHaveCount(DEFAULT_DECK.slides.length);
  await expect(headings.first()).toHaveText(`Slide 2: ${DEFAULT_DECK.slides[0].title}`);
  // keyboard: focus "Move slide 2 down", press Enter; the slide moves and the focus moves with it
  await page.getByRole("button", { name: "Move slide 2 down" }).focus();
  await page.keyboard.press("Enter");
  await expect(headings.nth(1)).toHaveText(`Slide 3: ${DEFAULT_DECK.slides[0].title}`);
  await expect(page.getByRole("button", { name: "Move slide 3 down" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(headings.nth(2)).toHaveText(`Slide 4: ${DEFAULT_DECK.slides[0].title}`);
  await page.getByRole("button", { name: "Remove slide 7" }).click();
  await expect(headings).toHaveCount(DEFAULT_DECK.slides.length - 1);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export as JSON file" }).click()]);
  expect(download.suggestedFilename()).toBe("us-aid-to-cambodia-and-the-state-of-relations-since-1955.deck.json");
  const file = testInfo.outputPath("deck.json");
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, "utf8")) as typeof DEFAULT_DECK;
  expect(exported.slides.map((s) => s.id)).toEqual(["peak-1970-75", "breaks", "eras", "restrictions", "recent"]);

  // a bad file is refused with the reason, and the default deck is shown (restoring: the next test)
  const input = page.getByLabel("Import a JSON deck file");
  await input.setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{"version":1,"title":"x","slides":[{"id":"a"}]}') });
  const problem = page.getByRole("alert").filter({ hasText: "could not be opened" });
  await expect(problem).toContainText(/does not match the deck format \(slides\.0\.chart/);
  await expect(headings).toHaveCount(DEFAULT_DECK.slides.length);
  await input.setInputFiles({ name: "big.json", mimeType: "application/json", buffer: Buffer.alloc(70_000, 32) });
  await expect(problem).toContainText("at most 64 kB");

  // a good file replaces the deck
  await page.getByRole("button", { name: "Empty deck" }).click();
  await expect(headings).toHaveCount(0);
  await input.setInputFiles(file);
  await expect(headings).toHaveCount(DEFAULT_DECK.slides.length - 1);
  await expect(problem).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test("a truncated, oversized or schema-breaking deck file says why, shows the default deck, and restores the author's deck", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  const csp = await recordCspViolations(page);
  await page.goto("/briefing/edit");
  const headings = page.locator(".bf-editor-list h3");
  const title = page.getByLabel("Deck title");
  await expect(headings).toHaveCount(DEFAULT_DECK.slides.length);
  // the author's own deck: retitled and one slide fewer
  await title.fill("Field visit briefing");
  await page.getByRole("button", { name: "Remove slide 2" }).click();
  await expect(headings).toHaveCount(DEFAULT_DECK.slides.length - 1);
  const authorsSlides = await headings.allTextContents();
  const defaultSlides = DEFAULT_DECK.slides.map((s, i) => `Slide ${i + 2}: ${s.title}`);
  expect(authorsSlides).not.toEqual(defaultSlides);

  const good = JSON.stringify({ ...DEFAULT_DECK, title: "A colleague's deck" });
  const cases: [string, Buffer, RegExp][] = [
    ["truncated", Buffer.from(good.slice(0, Math.floor(good.length / 2))), /The deck is incomplete: its JSON stops part-way/],
    ["oversized", Buffer.from(JSON.stringify({ ...DEFAULT_DECK, notes: "x".repeat(70_000) })), /The file is 7\d kB; a deck may be at most 64 kB\./],
    ["schema-breaking", Buffer.from(JSON.stringify({ ...DEFAULT_DECK, slides: [{ id: "x", chart: "pie", view: {} }] })), /does not match the deck format \(slides\.0\.chart/],
  ];
  const input = page.getByLabel("Import a JSON deck file");
  const alert = page.getByRole("alert").filter({ hasText: "could not be opened" });
  const restore = alert.getByRole("button", { name: "Restore the deck you had (“Field visit briefing”, 5 chart slides)" });
  for (const [name, buffer, message] of cases) {
    await input.setInputFiles({ name: `${name}.deck.json`, mimeType: "application/json", buffer });
    await expect(alert, name).toContainText(message);
    await expect(alert, name).toContainText("The default deck is shown instead.");
    // the default deck's title slide and chart slides
    await expect(title, name).toHaveValue(DEFAULT_DECK.title);
    await expect(headings, name).toHaveText(defaultSlides);
    if (name === "truncated") expect(await axeViolations(page)).toEqual([]);
    // restored by keyboard: the author's deck is back, the focus on the page's heading, the outcome said
    await restore.focus();
    await page.keyboard.press("Enter");
    await expect(alert, name).toHaveCount(0);
    await expect(title, name).toHaveValue("Field visit briefing");
    await expect(headings, name).toHaveText(authorsSlides);
    await expect(page.getByRole("heading", { level: 1, name: "Edit the briefing" })).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "Restored" })).toHaveText("Restored “Field visit briefing” (5 chart slides).");
  }

  // two refused files in a row: the restore still brings back the author's deck, not the default shown between
  await input.setInputFiles({ name: "a.deck.json", mimeType: "application/json", buffer: cases[0][1] });
  await expect(alert).toContainText(cases[0][2]);
  await input.setInputFiles({ name: "b.deck.json", mimeType: "application/json", buffer: cases[2][1] });
  await expect(alert).toContainText(cases[2][2]);
  await restore.click();
  await expect(headings).toHaveText(authorsSlides);

  // the restored deck is the one kept in this browser: it survives a reload
  await page.reload();
  await expect(title).toHaveValue("Field visit briefing");
  await expect(headings).toHaveText(authorsSlides);
  expect(errors).toEqual([]);
  expect(await csp()).toEqual([]);
});

test("axe finds no violations on /briefing, and a phone of 360 px shows the slide and its controls without overflow", async ({ page }) => {
  await page.goto("/briefing#slide=3");
  await expectSlide(page, 3);
  await page.keyboard.press("n");
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/briefing#slide=2");
  await expectSlide(page, 2);
  expect(await axeViolations(page)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("button", { name: "Next" })).toBeInViewport();
  const img = currentSlide(page).locator("img[data-slide-chart]");
  await expect(img).toBeInViewport();
  // the phone gets the chart file laid out at 360 px, not the 960 px one shrunk
  await expect(img).toHaveJSProperty("complete", true);
  expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(360);
});

test("the dashboard links to the briefing", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /^Briefing: present these charts/ }).click();
  await expect(page).toHaveURL(/\/briefing#slide=1$/);
  await expect(figure(page, /./)).toHaveCount(0);
});

test("the briefing's first-load JS stays within the dashboard's budget, without zod or Recharts", async ({ page, baseURL }) => {
  const { firstLoadJs } = await import("../scripts/first-load-js.mjs");
  const r = await firstLoadJs(baseURL!, "/briefing");
  expect(r.totalGzipBytes).toBeLessThan(186_000);
  for (const s of r.scripts) {
    const body = await (await page.request.get(s.src)).text();
    for (const marker of ["$ZodObject", ...RECHARTS_MARKERS]) expect(body.includes(marker), `${s.src} holds ${marker}`).toBe(false);
  }
});

/** The text of a slide or notes XML, tags dropped and entities decoded. */
function xmlText(xml: string): string {
  return xml
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

test("the deck hands out as PowerPoint: a native chart per chart slide with its title and takeaway, and its notes in the notes pane", async ({ page }) => {
  const csp = await recordCspViolations(page);
  const errors = collectConsoleErrors(page);
  await page.goto("/briefing/edit");
  await expect(page.locator(".bf-editor-list h3")).toHaveCount(DEFAULT_DECK.slides.length);
  await page.getByLabel("Takeaway (empty: computed from the data)").first().fill("Aid rose and fell with relations.");
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download as PowerPoint" }).click()]);
  expect(dl.suggestedFilename()).toBe("us-aid-to-cambodia-and-the-state-of-relations-since-1955.pptx");
  await expect(page.getByTestId("deck-pptx-status")).toHaveText(`Downloaded ${dl.suggestedFilename()}.`);
  const zip = await JSZip.loadAsync(readFileSync(await dl.path()));
  const read = (n: string) => zip.file(n)!.async("string");
  const slides = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)) - Number(/\d+/.exec(b)));
  expect(xmlText(await read(slides[0]))).toContain(DEFAULT_DECK.title);
  expect(xmlText(await read(slides.at(-1)!))).toContain("Sources");
  // the slides that hold a native chart (their relationships name a chart part), in order: one per deck chart slide
  const withChart: string[] = [];
  for (const s of slides) if (/charts\/chart\d+\.xml/.test(await read(s.replace("slides/", "slides/_rels/") + ".rels"))) withChart.push(s);
  expect(withChart).toHaveLength(DEFAULT_DECK.slides.length);
  expect(Object.keys(zip.files).filter((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n))).toHaveLength(DEFAULT_DECK.slides.length);
  for (const [i, s] of withChart.entries()) {
    const deckSlide = DEFAULT_DECK.slides[i];
    const text = xmlText(await read(s));
    expect(text).toContain(deckSlide.title!);
    const rels = await read(s.replace("slides/", "slides/_rels/") + ".rels");
    const notesPart = /notesSlides\/(notesSlide\d+\.xml)/.exec(rels)![1];
    const notes = xmlText(await read(`ppt/notesSlides/${notesPart}`));
    expect(notes).toContain(deckSlide.notes!);
    expect(notes).toMatch(/View: http:\/\/127\.0\.0\.1:\d+\//);
  }
  expect(xmlText(await read(withChart[0]))).toContain("Aid rose and fell with relations.");
  expect(await csp()).toEqual([]);
  expect(errors).toEqual([]);
});
