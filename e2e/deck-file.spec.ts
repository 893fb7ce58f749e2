// "Download deck as a file" on /briefing: the saved HTML file, opened from file:// with every network route blocked,
// presents by keys, opens its presenter window with P, the two windows stay in step both ways, and no request leaves
// the page (the file itself is the only one).
import { statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

test("the deck file presents offline from file://, with a presenter window in step and no request leaving", async ({ page, browser }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto("/briefing");
  await expect(page.getByRole("heading", { level: 2, name: "US aid to Cambodia and the state of relations since 1955" })).toBeVisible();
  const button = page.getByRole("button", { name: "Download deck as a file" });
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const file = path.join(testInfo.outputDir, download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toBe("us-aid-to-cambodia-and-the-state-of-relations-since-1955.html");
  await expect(page.getByTestId("deck-file-status")).toContainText(/Downloaded us-aid-to-cambodia-and-the-state-of-relations-since-1955\.html \(\d+ kB\)/);
  const kb = Math.round(statSync(file).size / 1024);
  console.log(`default deck file as downloaded: ${kb} kB`);
  expect(kb).toBeLessThan(1024);

  // a fresh browser context with no network at all: every request but the file itself is refused
  const offline = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const requests: string[] = [];
  const problems: string[] = [];
  offline.on("request", (r) => requests.push(r.url()));
  await offline.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
  const audience = await offline.newPage();
  audience.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  audience.on("pageerror", (e) => problems.push(e.message));
  await audience.goto(`file://${file}`);
  const current = audience.locator("#audience .slide[data-current]");
  await expect(current.getByRole("heading", { level: 1 })).toHaveText("US aid to Cambodia and the state of relations since 1955");
  await expect(current).toContainText(/\d{1,2} \w+ 20\d\d/); // the export date
  await expect(audience.getByRole("status")).toHaveText("Slide 1 of 8");

  // the briefing's keys: Right, Space, PageDown next; Left back; End; a number then Enter
  await audience.keyboard.press("ArrowRight");
  await expect(current).toHaveAttribute("data-slide", "2");
  await expect(current.getByRole("heading", { level: 2 })).toHaveText("Aid followed the eras of relations");
  await expect(current.locator("svg")).toBeVisible();
  await expect(current.locator(".takeaway")).toContainText("US aid obligations totalled");
  await expect(current.locator(".sources")).toContainText("Greenbook");
  await expect(current.getByRole("link")).toHaveAttribute("href", /\/\?groupBy=relations-phase&dollars=constant$/);
  await audience.keyboard.press(" ");
  await expect(current).toHaveAttribute("data-slide", "3");
  await audience.keyboard.press("End");
  await expect(current).toHaveAttribute("data-slide", "8");
  await expect(current.getByRole("heading", { level: 2 })).toHaveText("Sources");
  await audience.keyboard.press("4");
  await audience.keyboard.press("Enter");
  await expect(current).toHaveAttribute("data-slide", "4");
  await audience.keyboard.press("ArrowLeft");
  await expect(current).toHaveAttribute("data-slide", "3");
  // N shows the speaker notes
  await audience.keyboard.press("n");
  await expect(current.locator(".notes")).toBeVisible();
  await expect(current.locator(".notes")).toContainText("Khmer Republic years");
  await audience.keyboard.press("n");
  await expect(current.locator(".notes")).toBeHidden();

  // P opens the presenter window: the same file, following the audience
  const [presenter] = await Promise.all([offline.waitForEvent("page"), audience.keyboard.press("p")]);
  presenter.on("pageerror", (e) => problems.push(e.message));
  await presenter.waitForLoadState();
  await expect(presenter.locator("body")).toHaveClass(/presenter/);
  await expect(presenter.locator("#presenter-slide")).toHaveText("3");
  await expect(presenter.locator("#next-frame .slide")).toHaveAttribute("data-slide", "4");
  await expect(presenter.locator("#notes-now")).toContainText("Khmer Republic years");
  await expect(presenter.locator("#timer")).toHaveText(/^\d\d:\d\d$/);
  await audience.bringToFront();
  await audience.keyboard.press("ArrowRight");
  await expect(presenter.locator("#presenter-slide")).toHaveText("4");
  // the audience's "slide 4" as it was stored: each message goes by BroadcastChannel and by a storage event
  const key = `us-cambodia-deck:${await audience.evaluate(() => document.documentElement.getAttribute("data-deck"))}`;
  const slide4 = await audience.evaluate((k) => localStorage.getItem(k), key);
  expect(slide4).toContain('"slide":4');
  // and it leads: a key in the presenter window moves the audience
  await presenter.bringToFront();
  await presenter.keyboard.press("ArrowRight");
  await expect(current).toHaveAttribute("data-slide", "5");
  await expect(presenter.locator("#presenter-slide")).toHaveText("5");
  // the second copy of "slide 4" arriving late (it did, now and then) takes neither window back
  await presenter.evaluate(([k, v]) => window.dispatchEvent(new StorageEvent("storage", { key: k, newValue: v })), [key, slide4] as const);
  await expect(presenter.locator("#presenter-slide")).toHaveText("5");
  await expect(current).toHaveAttribute("data-slide", "5");

  // the font arrived from inside the file
  await expect.poll(() => audience.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, "") === "Inter" && f.status === "loaded"))).toBe(true);
  // nothing but the file itself was requested, and the page reported no error (no CSP refusal either)
  expect(requests.filter((u) => !u.startsWith("file:")), requests.join("\n")).toEqual([]);
  expect(problems).toEqual([]);
  await offline.close();
});
