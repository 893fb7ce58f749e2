// Briefing figure for `npm run bench`: the time from opening a deck link (/briefing#deck=...&slide=2) to its first
// chart painted, in Chromium. The page marks `briefing:first-chart` when the slide's chart file has loaded; the
// figure is that mark's time since navigation start: HTML, scripts, decoding the deck from the fragment, then the
// chart file (drawn on the server the first time, from its cache after). Each run is a fresh browser context.
// Alone: node scripts/bench/briefing.mjs http://127.0.0.1:3000 [runs]
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

/** A deck as a colleague would send it: the 1970-75 peak, in the same gzip + base64url form the page writes. */
const DECK = {
  version: 1,
  title: "Benchmark deck",
  slides: [
    { id: "peak", chart: "military-share", view: { series: "annual", groupBy: "year", split: "kind", from: 1970, to: 1975, dollars: "nominal", base: 2025, measure: "total", share: "percent", compare: "difference" } },
    { id: "all", chart: "aid-by-period", view: { series: "annual", groupBy: "decade", split: "kind", from: 1955, to: 2024, dollars: "nominal", base: 2025, measure: "total", share: "percent", compare: "difference" } },
  ],
};

export function deckLinkPath(deck = DECK) {
  return `/briefing#deck=${gzipSync(Buffer.from(JSON.stringify(deck))).toString("base64url")}&slide=2`;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};

/** @param {string} base @param {{ runs?: number, executablePath?: string }} [opts] */
export async function briefingFirstChart(base, opts = {}) {
  const runs = opts.runs ?? 5;
  const browser = await chromium.launch({ executablePath: opts.executablePath ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  /** @type {number[]} */
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(base + deckLinkPath());
      const t = await page.waitForFunction(() => performance.getEntriesByName("briefing:first-chart")[0]?.startTime, null, { timeout: 30_000 });
      times.push(Math.round(Number(await t.jsonValue())));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { path: "/briefing#deck=...&slide=2", runs: times, firstMs: times[0] ?? null, medianMs: median(times) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.argv[2] ?? "http://127.0.0.1:3000";
  const r = await briefingFirstChart(base, { runs: Number(process.argv[3] ?? 5) });
  console.log(`deck link to first chart painted: first ${r.firstMs} ms, median ${r.medianMs} ms (runs: ${r.runs.join(", ")} ms)`);
}
