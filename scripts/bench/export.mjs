// Export timings (issue 8), for `npm run bench` (scripts/bench/main.mjs calls exportTimings) or on their own:
//   node scripts/bench/export.mjs http://127.0.0.1:3400
// In Chromium on the dashboard, from the click on a menu item to the browser's download event: the PNG of each preset,
// the SVG, the CSV of the numbers drawn, the PowerPoint of one chart and the whole page's deck (target: under 1.5 s
// after the click). Each PNG and SVG is made new by a different `from`, so the server draws it (not the cache). Median
// of `runs` clicks each; figures only, no assertion.
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** The menu items timed, by their names in the menu. */
const ITEMS = ["PNG, slide 16:9 (1920 x 1080)", "PNG, slide 4:3 (1600 x 1200)", "PNG, square (1200 x 1200)", "PNG, as on screen (2x)", "SVG (vector)", "CSV of the numbers drawn", "PowerPoint (.pptx)"];
const BUTTON = "Export chart: how much (aid by period)";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};

async function timeDownload(page, click) {
  const t0 = performance.now();
  const [dl] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), click()]);
  await dl.path();
  return performance.now() - t0;
}

/** @returns {Promise<{ label: string, medianMs: number | null, eachMs: number[] }[]>} */
export async function exportTimings(base, { runs = 3, executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined) } = {}) {
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  const out = [];
  try {
    const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    for (const item of ITEMS) {
      const each = [];
      for (let i = 0; i < runs; i++) {
        // a view not drawn before in this run: from = 1956, 1957... (the chart files' cache keys on the view)
        await page.goto(`${base}/?from=${1956 + out.length * runs + i}`);
        const button = page.getByRole("button", { name: BUTTON });
        await button.hover(); // the menu loads on pointing, as for a reader
        await button.click();
        each.push(await timeDownload(page, () => page.getByRole("menuitem", { name: item }).click()));
      }
      out.push({ label: item === "PowerPoint (.pptx)" ? "PowerPoint, one chart" : item, medianMs: median(each), eachMs: each.map((x) => Math.round(x)) });
    }
    const each = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`${base}/?from=${1990 + i}`);
      each.push(await timeDownload(page, () => page.getByRole("button", { name: "Download all as PowerPoint" }).click()));
    }
    out.push({ label: "PowerPoint, whole page (4 charts)", medianMs: median(each), eachMs: each.map((x) => Math.round(x)) });
  } finally {
    await browser.close();
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const base = process.argv[2] ?? "http://127.0.0.1:3000";
  const rows = await exportTimings(base, { runs: Number(process.argv[3] ?? 3) });
  for (const r of rows) console.log(`${r.label.padEnd(36)} ${r.medianMs === null ? "-" : `${r.medianMs.toFixed(0)} ms`}  (${r.eachMs.join(", ")})`);
}
