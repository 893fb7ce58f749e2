// /data, /methods and what surrounds every page: every documented API example answers as documented, the tables
// sort and filter without JavaScript and their CSV holds exactly the rows shown, the zip unpacks and matches the API,
// the header's links, the footer's data version, sitemap and robots, and axe at phone and laptop widths.
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { API_DOCS, API_ERROR_EXAMPLE } from "../lib/pages/api-docs";
import { axeLightAndDark } from "./helpers";

test("every documented API example on /data answers as documented", async ({ page, request }) => {
  await page.goto("/data");
  const hrefs = await page.locator("[data-api-example]").evaluateAll((els) => els.map((e) => e.getAttribute("data-api-example")!));
  const documented = [...API_DOCS.flatMap((d) => [d.example, ...d.params.map((p) => p.example)]), API_ERROR_EXAMPLE];
  // the page shows every documented example, and nothing else
  expect(hrefs.sort()).toEqual(documented.map((d) => d.href).sort());
  for (const ex of documented) {
    const res = await request.get(ex.href);
    expect(res.status(), ex.href).toBe(ex.expect.status);
    const type = res.headers()["content-type"];
    if (ex.expect.type === "json") {
      expect(type, ex.href).toContain("application/json");
      const body = (await res.json()) as Record<string, unknown>;
      expect(Object.keys(body), ex.href).toContain(ex.expect.has);
    } else {
      expect(type, ex.href).toContain("text/csv");
      expect((await res.text()).split(/\r\n/)[0].split(",")[0], ex.href).toBe(ex.expect.has);
    }
  }
  // the error format: the parameter and the allowed values
  const err = (await (await request.get(API_ERROR_EXAMPLE.href)).json()) as { error: { code: string; issues: { param: string; message: string }[] } };
  expect(err.error.code).toBe("invalid_query");
  expect(err.error.issues[0].param).toBe("groupBy");
  expect(err.error.issues[0].message).toContain('"decade"');
});

test("the zip unpacks; each file parses and matches the API", async ({ request }) => {
  const res = await request.get("/data/dataset.zip");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/zip");
  const zip = await JSZip.loadAsync(await res.body());
  const read = (name: string) => zip.file(`us-aid-cambodia-data/${name}`)!.async("string");
  const names = Object.keys(zip.files).map((n) => n.replace("us-aid-cambodia-data/", "")).filter(Boolean).sort();
  for (const t of ["sources", "annual-aid", "programme-obligations", "cpi-u", "foreignassistance-obligations", "seed-figures", "events", "relations", "disputes"])
    expect(names).toEqual(expect.arrayContaining([`${t}.json`, `${t}.csv`]));
  expect(names).toEqual(expect.arrayContaining(["README.md", "data-version.txt", "CHANGELOG.md"]));
  for (const n of names.filter((x) => x.endsWith(".json"))) JSON.parse(await read(n)); // throws on a file that does not parse

  const events = JSON.parse(await read("events.json")) as { events: { id: string }[] };
  const apiEvents = (await (await request.get("/api/events")).json()) as { events: { id: string }[] };
  expect(events.events.map((e) => e.id)).toEqual(apiEvents.events.map((e) => e.id));
  const eventsCsv = (await read("events.csv")).trimEnd().split("\r\n");
  expect(eventsCsv).toHaveLength(events.events.length + 1); // no field holds a line break

  const sources = JSON.parse(await read("sources.json")) as { sources: { id: string }[] };
  const apiSources = (await (await request.get("/api/sources")).json()) as { sources: { id: string }[] };
  expect(sources.sources.map((s) => s.id).sort()).toEqual(apiSources.sources.map((s) => s.id).sort());

  // annual totals against /api/aid by year: FY1955-2024, a null total where the API has none
  const annual = JSON.parse(await read("annual-aid.json")) as { rows: { fiscalYear: number; total: number | null }[] };
  const aid = (await (await request.get("/api/aid?groupBy=year")).json()) as { rows: { period: { from: number }; total: number | null }[] };
  expect(annual.rows.map((r) => [r.fiscalYear, r.total])).toEqual(aid.rows.map((r) => [r.period.from, r.total]));

  const relations = JSON.parse(await read("relations.json")) as { segments: { id: string }[] };
  const apiRelations = (await (await request.get("/api/relations")).json()) as { segments: { id: string }[] };
  expect(relations.segments.map((s) => s.id)).toEqual(apiRelations.segments.map((s) => s.id));

  const version = (await read("data-version.txt")).trim();
  const page = await request.get("/methods");
  expect(await page.text()).toContain(version.slice(0, 60));
  expect(await read("README.md")).toContain(`Data version: ${version}`);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the tables sort and filter by form, and the CSV holds exactly the rows shown", async ({ page, request }) => {
    await page.goto("/data");
    await page.getByRole("combobox", { name: /^From/ }).selectOption("1985");
    await page.getByRole("combobox", { name: /^To/ }).selectOption("1990");
    await page.getByLabel("Sort annual rows by").selectOption("total");
    await page.getByLabel("Annual order").selectOption("desc");
    await page.getByRole("button", { name: "Show annual rows" }).click();
    await expect(page).toHaveURL(/a_from=1985&a_to=1990&a_sort=total&a_dir=desc/);
    await expect(page.getByTestId("annual-count")).toContainText("6 fiscal years, by total descending (years without data last).");
    const shown = await page.getByTestId("annual-table").locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-fy")!));
    // FY1985-1990 totals (data/annual-aid.json): 1988 $1,841,000 > 1986 $1,551,000 > 1985 $780,000 > 1987 $489,000 >
    // 1990 $37,000, and FY1989 (no records) last
    expect(shown).toEqual(["1988", "1986", "1985", "1987", "1990", "1989"]);
    const csvHref = await page.getByTestId("annual-csv").getAttribute("href");
    const csv = (await (await request.get(csvHref!)).text()).trimEnd().split("\r\n");
    expect(csv[0]).toBe("fiscal_year,status,economic_usd,military_usd,total_usd,source_id,source");
    expect(csv.slice(1).map((l) => l.split(",")[0])).toEqual(shown);
    expect(csv.at(-1)!.split(",").slice(0, 5)).toEqual(["1989", "no-data", "", "", ""]);

    await page.getByLabel("Events containing").fill("Mayaguez");
    await page.getByRole("button", { name: "Show events" }).click();
    await expect(page).toHaveURL(/e_q=Mayaguez/);
    // the annual table's settings are kept
    await expect(page).toHaveURL(/a_sort=total/);
    await expect(page.getByTestId("events-count")).toContainText(/^1 of \d+ events/);
    const evCsv = (await (await request.get((await page.getByTestId("events-csv").getAttribute("href"))!)).text()).trimEnd().split("\r\n");
    expect(evCsv).toHaveLength(2);
    expect(evCsv[1]).toContain("mayaguez-incident-1975");
  });
});

test("the header links every page, marks the current one, and every page's footer gives the data version", async ({ page }) => {
  const version = await (await page.request.get("/data/dataset.zip")).body().then(async (b) => (await JSZip.loadAsync(b)).file("us-aid-cambodia-data/data-version.txt")!.async("string"));
  for (const [path, name] of [["/timeline", "Timeline"], ["/data", "Data"], ["/methods", "Methods"], ["/", "Dashboard"]] as const) {
    await page.goto(path);
    const nav = page.getByRole("navigation", { name: "Site" });
    for (const l of ["Dashboard", "Timeline", "Briefing", "Data", "Methods"]) await expect(nav.getByRole("link", { name: l })).toBeVisible();
    await expect(nav.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
    await expect(page.getByTestId("data-version")).toHaveText(version.trim());
  }
});

test("each chart's sources and notes link to its section of /methods, which exists", async ({ page }) => {
  await page.goto("/");
  // inside each closed "Sources and notes" disclosure
  const links = page.locator(".chart-about a", { hasText: "How this chart is made (methods and sources)" });
  const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
  // charts 5 and 6 (neighbours, financiers) link to the section on obligations, commitments and disbursements too
  expect(hrefs.sort()).toEqual(["/methods#economic-military", "/methods#obligations", "/methods#obligations", "/methods#obligations", "/methods#reconciliation", "/methods#relations-phases"]);
  await page.goto("/methods");
  for (const h of hrefs) await expect(page.locator(h.replace("/methods", ""))).toHaveCount(1);
  // the reconciliation table is drawn from the data: ten seed figures
  await expect(page.getByTestId("reconciliation-table").locator("tbody tr")).toHaveCount(10);
});

test("sitemap and robots name the origin the request came to", async ({ request, baseURL }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const p of ["/", "/timeline", "/briefing", "/data", "/methods"]) expect(sitemap).toContain(`<loc>${baseURL}${p}</loc>`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  // a request to another host name gets that host back, never a port the site is not on
  const other = await (await request.get("/sitemap.xml", { headers: { "x-forwarded-host": "aid.example.org", "x-forwarded-proto": "https" } })).text();
  expect(other).toContain("<loc>https://aid.example.org/timeline</loc>");
  // the pages rendered per request give link previews at the request's own origin
  const timeline = await (await request.get("/timeline")).text();
  expect(timeline).toMatch(new RegExp(`<meta property="og:image" content="${baseURL}/charts/aid-by-period\\.png`));
  const proxied = await (await request.get("/data", { headers: { "x-forwarded-host": "aid.example.org", "x-forwarded-proto": "https" } })).text();
  expect(proxied).toContain('<meta property="og:image" content="https://aid.example.org/charts/aid-by-period.png');
});

// every page of the site at a phone and a laptop width, light and dark (the dashboard: page.spec.ts; /timeline: timeline.spec.ts)
// /compare in its busiest view: every basis, by decade
for (const path of ["/methods", "/data", "/compare?basis=all&fgroup=decade", "/briefing"])
  for (const width of [390, 1280])
    test(`axe finds nothing on ${path} at ${width} px, light and dark`, async ({ page }) => {
      test.setTimeout(240_000); // /data holds every event and source: axe takes a while on a busy machine
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(path);
      expect(await axeLightAndDark(page)).toEqual({ light: [], dark: [] });
    });
