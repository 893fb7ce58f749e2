// /api/neighbours, /api/financiers and /api/china-projects through their route modules: every parameter, CSV, ETag and
// 304, and the 400s that name the parameter and the allowed values.
import { describe, expect, it } from "vitest";
import * as rest from "@/app/api/[...rest]/route";
import * as chinaProjects from "@/app/api/china-projects/route";
import * as financiers from "@/app/api/financiers/route";
import * as neighbours from "@/app/api/neighbours/route";
import { chinaProjectsResponse, financiersResponse, neighboursResponse } from "@/lib/api/compare-response-schemas";
import { parseCsv as readCsv } from "./csv-read";
import { expect400, get } from "./api-helpers";


describe("GET /api/neighbours", () => {
  it("defaults: Cambodia, Laos, Vietnam, Thailand by decade, nominal totals, FY1946-2020, with sources and licences", async () => {
    const body = neighboursResponse.parse(await get(neighbours).json());
    expect(body.query).toMatchObject({ countries: ["cambodia", "laos", "vietnam", "thailand"], groupBy: "decade", from: 1946, to: 2020, dollars: "nominal", measure: "total" });
    const seventies = body.rows.find((r) => r.period.id === "1970s")!;
    // Greenbook FY1970-79 totals (FY1976 with its transition quarter)
    expect(seventies.cells.map((c) => c.amountUsd)).toEqual([1_831_751_000, 1_274_589_000, 13_486_629_000, 933_852_000]);
    // the Greenbook, and the sources of Cambodia's known zeros (FY1965-69, FY1976-79)
    expect(body.meta.sources[0].id).toBe("usaid-greenbook-2020-neighbours");
    expect(body.meta.sources.map((s) => s.id)).toContain("state-oh-relations-guide");
  });

  it("countries: any of the eight, Cambodia always first; groupBy, from, to, measure", async () => {
    const body = neighboursResponse.parse(await get(neighbours, "?countries=laos,indonesia&groupBy=span&from=1960&to=1969&measure=per-person").json());
    expect(body.query.countries).toEqual(["cambodia", "laos", "indonesia"]);
    expect(body.rows).toHaveLength(1);
    // Laos FY1960-69 per person (see tests/compare.test.ts): 421.67
    expect(body.rows[0].cells[1]).toMatchObject({ country: "laos", total: 421.67 });
    expect(body.units).toBe("USD per person");
    expect(body.meta.sources.map((s) => s.id)).toContain("gapminder-population-v8");
    for (const g of ["year", "decade", "seed-period", "relations-phase", "span"]) expect(get(neighbours, `?groupBy=${g}&from=1955&to=1975`).status).toBe(200);
  });

  it("gdp-share: null with a reason, never zero, and the World Bank cited with its licence", async () => {
    const body = neighboursResponse.parse(await get(neighbours, "?countries=cambodia,thailand&measure=gdp-share&groupBy=year&from=1970&to=1970").json());
    const [kh, th] = body.rows[0].cells;
    expect(kh).toMatchObject({ total: null, reason: expect.stringMatching(/only from 1975/) });
    // Thailand FY1970 total over Thailand's 1970 GDP: a positive share
    expect(th.total).toBeGreaterThan(0);
    expect(body.meta.sources.find((s) => s.id === "world-bank-wdi-gdp")?.licence).toMatch(/CC BY 4\.0/);
  });

  it("constant dollars with a base year, CPI-U cited", async () => {
    const body = neighboursResponse.parse(await get(neighbours, "?dollars=constant&base=2020&groupBy=year&from=1975&to=1975&countries=thailand").json());
    expect(body.query).toMatchObject({ dollars: "constant", baseYear: 2020 });
    expect(body.meta.sources.map((s) => s.id)).toContain("bls-cpi-u");
  });

  it("CSV: one line per period and country, no-data cells empty and marked", async () => {
    const res = get(neighbours, "?groupBy=year&from=1976&to=1976&countries=cambodia,laos,thailand&format=csv");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="us-aid-cambodia-and-neighbours_year_fy1976-1976_nominal-usd_total.csv"');
    const rows = readCsv(await res.text());
    expect(rows.map((r) => [r.country_id, r.status, r.total])).toEqual([
      // Cambodia FY1976: a known $0 (no US presence), with its reason in the notes
      ["cambodia", "complete", "0"],
      // Laos FY1976: no Greenbook rows, no data
      ["laos", "no data", ""],
      // 118,919,000 + 39,401,000 (transition quarter)
      ["thailand", "complete", "158320000"],
    ]);
    expect(rows[0].notes).toMatch(/no US aid could flow/);
  });

  it("ETag and 304", async () => {
    const first = get(neighbours, "?groupBy=year");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const second = get(neighbours, "?groupBy=year", { "if-none-match": etag });
    expect(second.status).toBe(304);
  });

  it("400s: an unknown country, a repeated one, a year outside the file, base without constant, from after to", async () => {
    await expect400(get(neighbours, "?countries=cambodia,atlantis"), "countries", /unknown value "atlantis"; allowed values are "cambodia", "laos", "vietnam", "thailand", "myanmar", "malaysia", "indonesia", "philippines"/);
    await expect400(get(neighbours, "?countries=laos,laos"), "countries", /listed twice/);
    await expect400(get(neighbours, "?countries=laos&countries=thailand"), "countries", /given 2 times/);
    await expect400(get(neighbours, "?from=1945"), "from", /from 1946 to 2020/);
    await expect400(get(neighbours, "?to=2021"), "to", /from 1946 to 2020/);
    await expect400(get(neighbours, "?base=2000"), "base", /only with dollars="constant"/);
    await expect400(get(neighbours, "?from=1980&to=1970"), "from", /after to/);
    await expect400(get(neighbours, "?measure=per-capita"), "measure", /"total", "per-year", "per-person", "gdp-share"/);
    await expect400(get(neighbours, "?split=kind"), "split", /unknown parameter; allowed parameters are "countries", "groupBy"/);
  });
});

describe("GET /api/financiers", () => {
  it("defaults to disbursements per year 2000-2022, each series with its basis; the China claim beside them", async () => {
    const body = financiersResponse.parse(await get(financiers).json());
    expect(body.query).toMatchObject({ basis: "disbursement", china: "v3", groupBy: "year", from: 2000, to: 2022, dollars: "nominal" });
    expect(new Set(body.series.map((s) => s.basis))).toEqual(new Set(["disbursement"]));
    expect(body.series.map((s) => s.id)).toContain("china-loans-disbursed");
    expect(body.claims[0].verdict).toBe("holds");
    const ids = body.meta.sources.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(["oecd-dac2a", "world-bank-ids", "aiddata-gcof-v1", "aiddata-gcdf-v3"]));
    expect(body.meta.sources.find((s) => s.id === "aiddata-gcdf-v3")?.licence).toMatch(/ODC-By/);
  });

  it("basis, financiers, china, groupBy, from, to, dollars, base, measure", async () => {
    const body = financiersResponse.parse(await get(financiers, "?basis=commitment&financiers=china&china=v1-split&groupBy=span&from=2000&to=2014&dollars=constant&base=2014&measure=per-year").json());
    expect(body.series.map((s) => s.id)).toEqual(["china-v1-loans", "china-v1-grants", "china-v1-debt-relief"]);
    expect(body.series[0].cells[0].yearsWithData).toBe(15);
    const us = financiersResponse.parse(await get(financiers, "?basis=obligation&groupBy=decade").json());
    expect(us.series.map((s) => s.id)).toEqual(["us-obligations"]);
    // the dashboard's own series reaches FY2024
    expect(us.query.to).toBe(2024);
    const all = financiersResponse.parse(await get(financiers, "?basis=all&financiers=us,china&groupBy=span&from=2010&to=2019").json());
    expect(all.series.map((s) => `${s.id}:${s.basis}`)).toEqual([
      "us-obligations:obligation", "us-grants-disbursed:disbursement", "china-commitments:commitment", "china-loans-disbursed:disbursement", "china-debt-service:debt-service",
    ]);
  });

  it("CSV names the basis on every line", async () => {
    const res = get(financiers, "?basis=all&financiers=us,china&groupBy=span&from=2010&to=2019&format=csv");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="cambodia-financiers_all_span_2010-2019_nominal-usd_total.csv"');
    const rows = readCsv(await res.text());
    expect(rows.map((r) => r.basis)).toEqual(["obligation", "disbursement", "commitment", "disbursement", "debt-service"]);
    for (const r of rows) expect(r.source_ids).not.toBe("");
  });

  it("400s: a basis a financier lacks, a year outside the basis's sources, china without commitments, unknown values", async () => {
    await expect400(get(financiers, "?basis=obligation&financiers=china"), "financiers", /China \("china"\) has no obligation series; its bases are "commitment", "disbursement", "debt-service"/);
    await expect400(get(financiers, "?basis=commitment&to=2022"), "to", /allowed: a whole number from 2000 to 2021/);
    await expect400(get(financiers, "?basis=commitment&china=v1-split&from=2015"), "from", /from 2000 to 2014/);
    await expect400(get(financiers, "?china=v1-split"), "china", /allowed values of basis with it are "commitment", "all"/);
    await expect400(get(financiers, "?basis=grants"), "basis", /"disbursement", "commitment", "obligation", "debt-service", "all"/);
    await expect400(get(financiers, "?financiers=us,france"), "financiers", /unknown value "france"; allowed values are "us", "china", "japan", "adb", "ida", "australia", "korea", "eu-institutions"/);
    await expect400(get(financiers, "?from=1999"), "from", /from 2000 to 2024/);
    await expect400(get(financiers, "?measure=per-person"), "measure", /"total", "per-year"/);
  });
});

describe("GET /api/china-projects", () => {
  it("the 168 recommended records, largest first; search, sort, all records", async () => {
    const body = chinaProjectsResponse.parse(await get(chinaProjects).json());
    expect(body.totals.records).toBe(168);
    expect(body.projects[0].usdCurrent).toBe(Math.max(...body.projects.map((p) => p.usdCurrent ?? 0)));
    const bridges = chinaProjectsResponse.parse(await get(chinaProjects, "?q=bridge&sort=year").json());
    expect(bridges.projects.length).toBeGreaterThan(3);
    for (const p of bridges.projects) expect(p.title.toLowerCase()).toContain("bridge");
    expect(bridges.projects.map((p) => p.year)).toEqual([...bridges.projects.map((p) => p.year)].sort((a, b) => a - b));
    expect(chinaProjectsResponse.parse(await get(chinaProjects, "?records=all").json()).totals.records).toBe(192);
    expect(body.meta.sources[0]).toMatchObject({ id: "aiddata-gcof-v1", licence: expect.stringMatching(/ODC-By/) });
  });

  it("CSV of exactly the rows shown", async () => {
    const res = get(chinaProjects, "?q=hydropower&format=csv");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="aiddata-v1-china-cambodia-projects-2000-2014_recommended.csv"');
    const rows = readCsv(await res.text());
    const json = chinaProjectsResponse.parse(await get(chinaProjects, "?q=hydropower").json());
    expect(rows.map((r) => Number(r.project_id))).toEqual(json.projects.map((p) => p.projectId));
    expect(rows[0].source_id).toBe("aiddata-gcof-v1");
  });

  it("400s: unknown sort, over-long or repeated search", async () => {
    await expect400(get(chinaProjects, "?sort=price"), "sort", /"year", "-year", "amount", "-amount"/);
    await expect400(get(chinaProjects, `?q=${"x".repeat(41)}`), "q", /at most 40 characters/);
    await expect400(get(chinaProjects, "?q=a&q=b"), "q", /given 2 times/);
    await expect400(get(chinaProjects, "?records=some"), "records", /"recommended", "all"/);
  });
});

it("the API's 404 lists the new endpoints", async () => {
  const res = rest.GET(new Request("http://localhost/api/neighbour"));
  expect(res.status).toBe(404);
  expect((await res.json()).error.message).toMatch(/\/api\/neighbours, \/api\/financiers, \/api\/china-projects/);
});
