// The page cache is bounded: only the canonical views (lib/view canonicalViews) are stored; any other view is
// rendered for its request alone. A walk through thousands of distinct views leaves the stored pages as they were: on
// disk, neither the pages built (.next/server/app/{v,r}) nor the pages Next 16 keeps at run time
// (.next/server/route-cache, where a built page is written again when it is served) grow, and in memory the view cache
// in front of Next (lib/server/view-cache.ts) stays inside its bounds.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { canonicalViews, serializeView } from "../lib/view";

function storedPages(root: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        files += 1;
        bytes += statSync(p).size;
      }
    }
  };
  for (const dir of [["app", "v"], ["app", "r"], ["route-cache"]]) {
    try {
      walk(path.join(root, ".next", "server", ...dir));
    } catch {
      /* no such folder (yet) */
    }
  }
  return { files, bytes };
}

/** The view cache's counts and bounds, as the server reports them on a page's X-View-Cache-Stats. */
function cacheStats(header: string | undefined) {
  const m = /entries=(\d+) bytes=(\d+) max-entries=(\d+) max-bytes=(\d+)/.exec(header ?? "");
  expect(m, `X-View-Cache-Stats: ${header}`).not.toBeNull();
  const [entries, bytes, maxEntries, maxBytes] = m!.slice(1).map(Number);
  return { entries, bytes, maxEntries, maxBytes };
}

// The walk goes to two and a half times the server's entry bound and twice its byte bound. The suite's server is
// started with small bounds (playwright.config.ts: 60 pages, 2 MB), so that takes about 150 renders; a server with the
// defaults (300 pages, 48 MB) gets a walk of about 2,000.
test("walking past the view cache's bounds stores no page beyond the canonical views built once", async ({ request }, testInfo) => {
  test.setTimeout(300_000); // renders of about 30-40 ms of CPU each: minutes on a busy 2-core machine with the defaults
  const root = testInfo.config.configFile ? path.dirname(testInfo.config.configFile) : process.cwd();
  // every canonical view served once first, so Next has written each again to its run-time cache
  let bounds = { maxEntries: 0, maxBytes: 0 };
  for (const v of canonicalViews()) {
    const res = await request.get(`/?${serializeView(v)}`);
    expect(res.status()).toBe(200);
    bounds = cacheStats(res.headers()["x-view-cache-stats"]);
  }
  const before = storedPages(root);
  // the 12 canonical views in 3 themes, each as HTML, RSC and segments
  expect(before.files).toBeGreaterThanOrEqual(36 * 2);

  // distinct views (every range of fiscal years, grouped in turn four ways), walked ten at a time until the walk has
  // passed two and a half times the entry bound and twice the byte bound: what the cache keeps of a page is its body
  // as sent (gzip, about a fifth of the decoded body counted here; a sixth is counted, to be sure)
  const groupings = ["decade", "year", "relations-phase", "span"];
  const views: string[] = [];
  for (let from = 1955; from <= 2024; from++) for (let to = from; to <= 2024; to++) views.push(`/?from=${from}&to=${to}&groupBy=${groupings[(from + to) % 4]}`);
  expect(new Set(views).size).toBe(views.length);
  let walked = 0;
  let walkedBytes = 0;
  while (walked < 2.5 * bounds.maxEntries || walkedBytes / 6 < 2 * bounds.maxBytes) {
    expect(walked, "distinct views left to walk").toBeLessThan(views.length);
    const batch = views.slice(walked, walked + 10);
    const answers = await Promise.all(batch.map((v) => request.get(v)));
    for (const [k, res] of answers.entries()) {
      expect(res.status(), batch[k]).toBe(200);
      walkedBytes += (await res.body()).length;
    }
    walked += batch.length;
  }
  testInfo.annotations.push({ type: "walk", description: `${walked} views, ${(walkedBytes / 1e6).toFixed(0)} MB decoded, bounds ${bounds.maxEntries} pages and ${bounds.maxBytes} bytes` });
  expect(storedPages(root)).toEqual(before);
  // the view cache in memory kept what fits its bounds and no more
  const after = cacheStats((await request.get(views[walked - 1])).headers()["x-view-cache-stats"]);
  expect(after.entries).toBeGreaterThan(0);
  expect(after.entries).toBeLessThanOrEqual(bounds.maxEntries);
  expect(after.bytes).toBeLessThanOrEqual(bounds.maxBytes);

  // a canonical view is still served from what was built
  const canonical = await request.get("/?groupBy=year");
  expect(canonical.headers()["x-nextjs-cache"]).toBe("HIT");
});

test("a view rendered per request may still be kept by a CDN, unless it is drawn in a theme the reader chose", async ({ request, playwright, baseURL }) => {
  const res = await request.get("/?from=1971&to=1980");
  expect(res.headers()["cache-control"]).toBe("public, max-age=60, s-maxage=3600, stale-while-revalidate=86400");
  const themed = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: "theme=dark" } });
  const dark = await themed.get("/?from=1971&to=1980");
  expect(dark.headers()["cache-control"]).toBe("private, max-age=60");
  expect(await dark.text()).toContain('data-theme="dark"');
  await themed.dispose();
});

// Started with a loopback hostname (`next start -H 127.0.0.1`), Next 16.4.6 treats the proxy's rewrite as an external
// URL and fetches it over HTTP from itself (vercel/next.js#94745): twice the work per view, and 500s when those inner
// connections are reset under load. The README's servers start without -H; this fails if the test server does not.
test("a view is served by an internal rewrite, not a second HTTP request to the server itself", async ({ request }) => {
  for (const p of ["/?series=seed", "/?from=1971&to=1980"]) {
    const res = await request.get(p);
    expect(res.status()).toBe(200);
    const rewrite = res.headers()["x-middleware-rewrite"];
    expect(rewrite, p).toMatch(/^\/(v|r)\//);
  }
});
