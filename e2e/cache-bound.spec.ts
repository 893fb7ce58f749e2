// The page cache is bounded: only the canonical views (lib/view canonicalViews) are stored; any other view is
// rendered for its request alone. A walk through thousands of distinct views leaves the stored pages as they were: on
// disk, neither the pages built (.next/server/app/{v,r}) nor the pages Next 16 keeps at run time
// (.next/server/route-cache, where a built page is written again when it is served) grow, and in memory the view cache
// in front of Next (lib/server/view-cache.ts) stays inside its bounds.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { VIEW_CACHE_MAX_BYTES, VIEW_CACHE_MAX_ENTRIES } from "../lib/server/view-cache";
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

// 600 views: twice the view cache's entry bound (VIEW_CACHE_MAX_ENTRIES, 300) and several times its byte bound (48 MB of
// pages of about 290 kB), so the walk goes well past both, in a third of the time 2,000 took
const WALK = 600;
test(`walking ${WALK} distinct views stores no page beyond the canonical views built once`, async ({ request }, testInfo) => {
  test.setTimeout(300_000); // 600 renders of about 30-40 ms of CPU each: minutes on a busy 2-core machine
  const root = testInfo.config.configFile ? path.dirname(testInfo.config.configFile) : process.cwd();
  // every canonical view served once first, so Next has written each again to its run-time cache
  for (const v of canonicalViews()) expect((await request.get(`/?${serializeView(v)}`)).status()).toBe(200);
  const before = storedPages(root);
  // the 12 canonical views in 3 themes, each as HTML, RSC and segments
  expect(before.files).toBeGreaterThanOrEqual(36 * 2);

  const groupings = ["decade", "year", "relations-phase", "span"];
  const views: string[] = [];
  for (let from = 1955; from <= 2024 && views.length < WALK; from++)
    for (let to = from; to <= 2024 && views.length < WALK; to++) views.push(`/?from=${from}&to=${to}&groupBy=${groupings[(from + to) % 4]}`);
  expect(new Set(views).size).toBe(WALK);
  expect(WALK).toBeGreaterThanOrEqual(2 * VIEW_CACHE_MAX_ENTRIES);
  for (let i = 0; i < views.length; i += 10) {
    const batch = await Promise.all(views.slice(i, i + 10).map((v) => request.get(v)));
    for (const [k, res] of batch.entries()) expect(res.status(), views[i + k]).toBe(200);
  }
  expect(storedPages(root)).toEqual(before);
  // the view cache in memory kept what fits its bounds and no more
  const stats = (await request.get(views[0])).headers()["x-view-cache-stats"];
  const [, entries, bytes] = /entries=(\d+) bytes=(\d+)/.exec(stats ?? "") ?? [];
  expect(Number(entries)).toBeGreaterThan(0);
  expect(Number(entries)).toBeLessThanOrEqual(VIEW_CACHE_MAX_ENTRIES);
  expect(Number(bytes)).toBeLessThanOrEqual(VIEW_CACHE_MAX_BYTES);

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
