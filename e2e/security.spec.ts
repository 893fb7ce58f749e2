import { expect, test } from "@playwright/test";
import { API_ENDPOINTS } from "../lib/api/respond";
import { DECK_CHARTS } from "../lib/briefing/deck-format";
import { aidFigure, recordCspViolations, relationsFigure, seedFigure, shareFigure, waitForLiveFace } from "./helpers";

test("every kind of response carries the security headers", async ({ request, page }) => {
  await page.goto("/");
  const script = await page.locator("script[src]").first().getAttribute("src");
  const kinds = {
    "prerendered page": "/",
    "a view": "/?groupBy=year",
    "reference page": "/data",
    "API JSON": "/api/aid",
    "API CSV": "/api/aid?format=csv",
    "API error": "/api/aid?groupBy=week",
    "API 404": "/api/nothing",
    "chart file SVG": "/charts/relations-band.svg",
    "chart file PNG": "/charts/relations-band.png?width=400",
    "chart file error": "/charts/relations-band.svg?width=1",
    "page 404": "/no-such-page",
    "static script": script!,
    "static file": "/icon.svg",
  };
  for (const [kind, url] of Object.entries(kinds)) {
    const res = await request.get(url);
    const h = res.headers();
    expect(h["x-content-type-options"], kind).toBe("nosniff");
    expect(h["referrer-policy"], kind).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], kind).toMatch(/camera=\(\).*clipboard-write=\(self\).*fullscreen=\(self\)/);
    expect(h["cross-origin-opener-policy"], kind).toBe("same-origin");
    expect(h["strict-transport-security"], kind).toMatch(/^max-age=\d+/);
    expect(h["x-powered-by"], kind).toBeUndefined();
    const csp = h["content-security-policy"] ?? "";
    expect(csp, kind).not.toContain("unsafe-eval");
    if (url.startsWith("/charts/")) expect(csp, kind).toMatch(/default-src 'none'.*sandbox/);
    else for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) expect(csp, `${kind}: ${d}`).toContain(d);
  }
  // no source maps are served
  expect((await request.get(`${script}.map`)).status()).toBe(404);
});

test("no Content-Security-Policy violation anywhere a reader goes", async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/?groupBy=year");
  for (const fig of [aidFigure(page), relationsFigure(page), shareFigure(page), seedFigure(page)]) await waitForLiveFace(fig);
  // a tooltip, a view change, a chart's own toggle, the theme, a table
  await relationsFigure(page).getByRole("button", { name: /3 May 1965: Cambodia breaks off/ }).focus();
  await expect(relationsFigure(page).getByRole("tooltip")).toBeVisible();
  await page.getByLabel("Split bars by").selectOption("programme");
  await expect(page).toHaveURL(/split=programme/);
  await shareFigure(page).getByRole("button", { name: "Amounts" }).click();
  await expect(page).toHaveURL(/share=absolute/);
  await page.getByRole("button", { name: "Dark" }).click();
  await aidFigure(page).getByText("Show data table").click();
  expect(await violations()).toEqual([]);
  await page.goto("/data");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("a request over Node's header limit gets 431 and the server stays up", async ({ baseURL, request }) => {
  const http = await import("node:http");
  const url = new URL("/api/aid", baseURL);
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, headers: { "x-filler": "a".repeat(20_000) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end();
  });
  expect(status).toBe(431);
  expect((await request.get("/api/aid")).status()).toBe(200);
});

test("50 simultaneous uncached PNG requests are drawn a few at a time and do not starve the pages", async ({ request }) => {
  // distinct views, so none is in the cache
  const pngs = Array.from({ length: 50 }, (_, i) => `/charts/military-share.png?from=${1955 + (i % 25)}&to=${2000 + Math.floor(i / 25)}&width=1600&height=900`);
  let pngsDone = 0;
  const inFlight = pngs.map((p) =>
    request.get(p).then(async (res) => {
      pngsDone += 1;
      if (res.status() === 503) {
        // refused while the queue is full: said in JSON, with when to retry
        expect(res.headers()["retry-after"]).toBe("2");
        expect((await res.json()).error.code).toBe("busy");
      } else expect(res.status(), p).toBe(200);
      return res.status();
    }),
  );
  // while they are being drawn, pages and the API still answer at once
  const page = await request.get("/");
  const api = await request.get("/api/aid");
  expect(page.status()).toBe(200);
  expect(api.status()).toBe(200);
  expect(pngsDone, "the page answered before the PNGs were all drawn").toBeLessThan(50);
  const statuses = await Promise.all(inFlight);
  // at most 2 drawing and 32 waiting: at least 34 are drawn, and any beyond were told to retry
  expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(34);
});

test("every API endpoint and chart file answers other methods with a JSON 405 and Allow, and a given-back ETag with 304", async ({ request }) => {
  const targets = [...API_ENDPOINTS.map((p) => (p === "/api/takeaway" ? `${p}?chart=relations-band` : p)), ...DECK_CHARTS.map((c) => `/charts/${c}.svg?from=1960`)];
  for (const url of targets) {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const res = await request.fetch(url, { method, data: "{}" });
      expect(res.status(), `${method} ${url}`).toBe(405);
      expect(res.headers()["allow"], `${method} ${url}`).toBe("GET, HEAD, OPTIONS");
      expect((await res.json()).error.code, `${method} ${url}`).toBe("method_not_allowed");
    }
    const first = await request.get(url);
    expect(first.status(), url).toBe(200);
    const etag = first.headers()["etag"];
    expect(etag, url).toMatch(/^"[\w-]+"$/);
    for (const method of ["GET", "HEAD"]) {
      const again = await request.fetch(url, { method, headers: { "If-None-Match": etag } });
      expect(again.status(), `${method} ${url} If-None-Match`).toBe(304);
      expect(again.headers()["etag"], url).toBe(etag);
    }
    expect((await request.get(url, { headers: { "If-None-Match": '"another-tag"' } })).status(), url).toBe(200);
  }
});

test("methods Next.js cannot serve (TRACE, PROPFIND) get a JSON 405 with Allow and the security headers, never a 500", async ({ request }) => {
  for (const url of ["/", "/?groupBy=year", "/data", "/briefing", "/api/aid", "/api/takeaway?chart=aid-by-period", "/api/nothing", "/charts/aid-by-period.svg", "/charts/aid-by-period.png", "/icon.svg"]) {
    for (const method of ["TRACE", "PROPFIND"]) {
      const res = await request.fetch(url, { method });
      const what = `${method} ${url}`;
      expect(res.status(), what).toBe(405);
      const h = res.headers();
      expect(h["allow"], what).toBe("GET, HEAD, OPTIONS");
      expect(h["content-type"], what).toMatch(/^application\/json/);
      expect(h["x-content-type-options"], what).toBe("nosniff");
      expect(h["content-security-policy"], what).toContain("frame-ancestors 'none'");
      expect((await res.json()).error.code, what).toBe("method_not_allowed");
    }
  }
  // the server keeps serving
  expect((await request.get("/api/aid")).status()).toBe(200);
});

test("any other path under /charts is the chart files' JSON 404, for every method", async ({ request }) => {
  for (const url of ["/charts", "/charts/aid-by-period.svg/x", "/charts/a/b/c.png"]) {
    for (const method of ["GET", "POST", "DELETE"]) {
      const res = await request.fetch(url, { method });
      expect(res.status(), `${method} ${url}`).toBe(404);
      expect(res.headers()["content-type"], `${method} ${url}`).toMatch(/^application\/json/);
      expect((await res.json()).error.message, `${method} ${url}`).toMatch(/the chart files are \/charts\/aid-by-period\.svg, /);
    }
  }
});
