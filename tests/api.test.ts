import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv-read";
import * as rest from "@/app/api/[...rest]/route";
import * as aid from "@/app/api/aid/route";
import * as disputes from "@/app/api/disputes/route";
import * as events from "@/app/api/events/route";
import * as programmes from "@/app/api/programmes/route";
import * as reconciliation from "@/app/api/reconciliation/route";
import * as relations from "@/app/api/relations/route";
import * as sources from "@/app/api/sources/route";

const get = (route: { GET: (r: Request) => Response }, qs = "", headers: Record<string, string> = {}) =>
  route.GET(new Request(`http://localhost/api/x${qs}`, { headers }));

interface ErrorBody {
  error: { code: string; message: string; issues: { param: string; message: string }[] };
}
async function expect400(res: Response, param: string, mention: RegExp) {
  expect(res.status).toBe(400);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe("invalid_query");
  const issue = body.error.issues.find((i) => i.param === param);
  expect(issue, JSON.stringify(body)).toBeDefined();
  expect(issue!.message).toMatch(mention);
}

describe("GET /api/aid", () => {
  it("defaults to the annual series by decade, nominal totals", async () => {
    const res = get(aid);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.query).toMatchObject({ series: "annual", groupBy: "decade", from: 1955, to: 2024, dollars: "nominal", measure: "total" });
    expect(body.rows.map((r: { period: { label: string } }) => r.period.label)).toEqual(["1950s (FY1955-1959)", "1960s", "1970s", "1980s", "1990s", "2000s", "2010s", "2020s (FY2020-2024)"]);
    expect(body.rows[0]).toMatchObject({ total: 237_458_000, units: "USD", dollars: "nominal", precision: "exact", sourceIds: ["usaid-greenbook-2020"] });
    // the 1960s: FY1960-64 with records, FY1965-69 known to be $0 (aid ended November 1963, relations severed 1965-69)
    expect(body.rows[1].coverage).toMatchObject({ yearsWithData: 10, yearsInSpan: 10, partial: false, knownZeroYears: [1965, 1966, 1967, 1968, 1969] });
    expect(body.rows[1].knownZeros.map((z: { from: number; to: number }) => [z.from, z.to])).toEqual([[1965, 1965], [1966, 1969]]);
    // the 1980s: FY1989 has no records and nothing rules aid out: no data, so the decade is partial
    expect(body.rows[3].coverage).toMatchObject({ yearsWithData: 9, yearsInSpan: 10, partial: true, missingYears: [1989], knownZeroYears: [] });
    expect(body.meta.sources.map((s: { publisher: string }) => s.publisher)).toContain("U.S. Agency for International Development");
    expect(body.meta.sourceChanges).toHaveLength(1);
  });

  it("constant dollars use the base year and CPI-U", async () => {
    const body = await get(aid, "?groupBy=year&from=1955&to=1955&dollars=constant&base=2020").json();
    // 38,000,000 x 258.811 (2020) / 26.8 (1955) = 366,975,298.5 -> 366,975,299
    expect(body.rows[0].total).toBe(Math.round((38_000_000 * 258.811) / 26.8));
    expect(body.rows[0].baseYear).toBe(2020);
    expect(body.meta.sources.map((s: { id: string }) => s.id)).toContain("bls-cpi-u");
  });

  it("serves the seed's own figures, per year on request", async () => {
    const body = await get(aid, "?series=seed&measure=per-year").json();
    expect(body.query.groupBy).toBe("seed-period");
    // 409,600,000 / 9 years = 45,511,111.1
    expect(body.rows[0]).toMatchObject({ series: "seed", economic: 45_511_111, precision: "exact" });
  });

  it("gives CSV of exactly the rows, no-data periods marked, known zeros $0 with their reason", async () => {
    const res = get(aid, "?groupBy=year&from=1964&to=1966&format=csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="us-aid-cambodia_annual_year_fy1964-1966_nominal-usd_total.csv"');
    const lines = (await res.text()).split("\r\n");
    expect(lines[0]).toMatch(/^period_id,period,from_fy,to_fy,status,economic_usd,military_usd,unsplit_usd,total_usd,/);
    expect(lines[1]).toMatch(/^fy1964,FY1964,1964,1964,complete,3400000,295000,0,3695000,/);
    // FY1965: no records, but no aid could flow (Cambodia ended US aid in November 1963): $0, not empty
    expect(lines[2]).toMatch(/^fy1965,FY1965,1965,1965,known zero,0,0,0,0,/);
    expect(lines).toHaveLength(5); // header, 3 rows, trailing empty after the final CRLF
    const fy1965 = parseCsv(lines.join("\r\n"))[1];
    expect(fy1965.known_zero_years).toBe("1965");
    expect(fy1965.known_zero_event_ids).toBe("aid-ended-at-cambodia-request-1963 relations-severed-1965");
    expect(fy1965.notes).toContain("FY1965: $0, no records because no US aid could flow. Cambodia asked by diplomatic note on 20 November 1963");
    expect(fy1965.source_ids.split(" ")).toEqual(expect.arrayContaining(["frus-1961-63-v23-d140", "state-oh-relations-guide"]));
    // FY1989: no records and no such event: no data, empty amounts
    const noData = (await get(aid, "?groupBy=year&from=1989&to=1989&format=csv").text()).split("\r\n");
    expect(noData[1]).toMatch(/^fy1989,FY1989,1989,1989,no data,,,,,/);
  });

  it("answers 304 to a matching If-None-Match, with cache headers", async () => {
    const first = get(aid, "?groupBy=year");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toMatch(/public/);
    const second = get(aid, "?groupBy=year", { "if-none-match": etag });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
    expect(get(aid, "?groupBy=decade", { "if-none-match": etag }).status).toBe(200);
  });

  it("rejects bad input with 400 naming the parameter and the allowed values", async () => {
    await expect400(get(aid, "?colour=red"), "colour", /unknown parameter; allowed parameters are "series", "groupBy"/);
    await expect400(get(aid, "?from=1960&from=1970"), "from", /given 2 times/);
    await expect400(get(aid, "?from=19x0"), "from", /not a whole number.*from 1955 to 2024/);
    await expect400(get(aid, "?from=1960.5"), "from", /not a whole number/);
    await expect400(get(aid, "?to=2031"), "to", /2031 is out of range.*from 1955 to 2024/);
    await expect400(get(aid, "?from=2000&to=1990"), "from", /after to/);
    await expect400(get(aid, "?groupBy=week"), "groupBy", /allowed values are "year", "decade", "seed-period", "relations-phase"/);
    await expect400(get(aid, `?series=${"a".repeat(500)}`), "series", /longer than 40 characters; allowed: "annual", "seed"/);
    await expect400(get(aid, "?base=2000"), "base", /only with dollars="constant"/);
    await expect400(get(aid, "?dollars=nominal&base=2000"), "base", /only with dollars="constant"/);
    await expect400(get(aid, "?series=seed&groupBy=year"), "groupBy", /seed-period/);
    await expect400(get(aid, "?dollars=constant&base=1900"), "base", /from 1946 to 2025/);
  });

  it("answers 405 to other methods", async () => {
    const res = aid.POST();
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect((await res.json()).error.code).toBe("method_not_allowed");
    expect(aid.DELETE().status).toBe(405);
    expect(aid.OPTIONS().status).toBe(204);
  });

  it("answers a JSON 404 listing the endpoints for any other API path", async () => {
    const res = rest.GET(new Request("http://localhost/api/aids"));
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toMatch(/No API endpoint at \/api\/aids; the endpoints are \/api\/aid, /);
  });
});

describe("the other endpoints", () => {
  it("/api/programmes breaks 1970-75 economic aid into grants and PL 480 Title I credits", async () => {
    const body = await get(programmes, "?from=1970&to=1975").json();
    const titleI = body.programmes.find((p: { programme: { id: string } }) => p.programme.id === "pl480-title-i");
    // 6,800,000 + 19,900,000 + 600,000 + 25,800,000 + 182,600,000 + 91,500,000
    expect(titleI.amount).toBe(327_200_000);
    expect(titleI.programme.form).toBe("loan");
    expect(body.forms.loan).toBe(327_200_000);
    // everything else in FY1970-75 was grants: 1,179,747,000 + 652,004,000 - 327,200,000
    expect(body.forms.grant).toBe(1_504_551_000);
    await expect400(get(programmes, "?dollars=nominal&base=2020"), "base", /constant/);
  });

  it("/api/events filters by calendar year and category and shows calendar dates", async () => {
    const body = await get(events, "?from=1965&to=1969&category=diplomatic").json();
    const severed = body.events.find((e: { start: string }) => e.start === "1965-05-03");
    expect(severed.displayDate).toBe("3 May 1965");
    expect(body.events.every((e: { category: string }) => e.category === "diplomatic")).toBe(true);
    await expect400(get(events, "?category=sports"), "category", /"diplomatic", "aid", "military", "legislative", "political", "economic"/);
    const csv = await get(events, "?format=csv&from=2017&to=2017").text();
    expect(csv.split("\r\n")[0]).toBe("id,date,start,end,precision,category,title,description,confidence,source_ids,seed_paragraph");
  });

  it("/api/relations, /api/sources, /api/reconciliation and /api/disputes answer", async () => {
    const rel = await get(relations).json();
    expect(rel.afterCoverage.status).toBe("not-covered");
    expect(rel.segments.some((s: { status: string; start: string }) => s.status === "severed" && s.start === "1965-05-03")).toBe(true);
    const src = await get(sources).json();
    expect(src.sources.find((s: { id: string }) => s.id === "seed-globalsecurity").publisher).toBe("GlobalSecurity.org");
    const rec = await get(reconciliation).json();
    expect(rec.reconciliations).toHaveLength(10);
    expect(rec.nonAid[0].kind).toBe("debt");
    const dis = await get(disputes).json();
    const imet = dis.disputes.find((d: { checkResult: { programmeId: string } | null }) => d.checkResult?.programmeId === "imet");
    expect(imet.checkResult.yearsWithObligations.slice(0, 3)).toEqual([1956, 1957, 1958]);
    expect(imet.checkResult.yearsWithObligations).toContain(1994);
    await expect400(get(sources, "?format=xml"), "format", /"json", "csv"/);
    await expect400(get(relations, "?from=1990"), "from", /unknown parameter; allowed parameters are "format"/);
  });
});

describe("API answers are computed once per normalised query", () => {
  it("a repeated or reordered query is served from a bounded cache", async () => {
    const { apiAnswerCache } = await import("@/lib/api/respond");
    const a = get(aid, "?groupBy=year&from=1970&to=1975");
    const after = apiAnswerCache.size.entries;
    // the same question asked with its parameters in another order, and with a default spelled out
    const b = get(aid, "?to=1975&from=1970&groupBy=year&dollars=nominal");
    expect(apiAnswerCache.size.entries).toBe(after);
    expect(b.headers.get("etag")).toBe(a.headers.get("etag"));
    expect(await b.text()).toBe(await a.text());
    for (let y = 1955; y <= 2024; y++) get(aid, `?groupBy=year&from=${y}&to=${y}&format=csv`);
    expect(apiAnswerCache.size.entries).toBeLessThanOrEqual(apiAnswerCache.maxEntries);
    expect(apiAnswerCache.size.bytes).toBeLessThanOrEqual(apiAnswerCache.maxBytes);
  });
});

describe("no breakdown is not a zero breakdown", () => {
  it("programme and grant/loan parts are null where the detail ends (FY2021 on), and unsplit is null where it exists", async () => {
    for (const split of ["programme", "form"]) {
      const body = await get(aid, `?groupBy=year&split=${split}&from=2020&to=2022`).json();
      const [fy2020, fy2021] = body.rows as { period: { label: string }; total: number; parts: { key: string; amount: number | null }[] }[];
      expect(fy2020.parts.find((p) => p.key === "unsplit")!.amount, split).toBeNull();
      expect(fy2020.parts.filter((p) => p.key !== "unsplit").every((p) => typeof p.amount === "number"), split).toBe(true);
      expect(fy2021.parts.filter((p) => p.key !== "unsplit").every((p) => p.amount === null), split).toBe(true);
      expect(fy2021.parts.find((p) => p.key === "unsplit")!.amount, split).toBe(fy2021.total);
    }
  });
});

describe("programmes in years without records", () => {
  it("are no data (null), not zero, and the answer says why", async () => {
    for (const qs of ["?from=1966&to=1966", "?from=1977&to=1977", "?from=1989&to=1989", "?from=2021&to=2024"]) {
      const body = await get(programmes, qs).json();
      expect(body.programmes.length, qs).toBe(19);
      expect(body.programmes.every((p: { amount: number | null; share: number | null }) => p.amount === null && p.share === null), qs).toBe(true);
      expect(body.forms, qs).toEqual({ grant: null, loan: null });
      expect(body.meta.notes.join(" "), qs).toMatch(/No programme records for FY\d{4}(-\d{4})?: the amounts are no data \(null\), not zero\./);
    }
    // a year with records keeps its zeros: FY1970 has programmes with no obligations that year
    const fy1970 = await get(programmes, "?from=1970&to=1970").json();
    expect(fy1970.programmes.some((p: { amount: number | null }) => p.amount === 0)).toBe(true);
    expect(fy1970.programmes.every((p: { amount: number | null }) => typeof p.amount === "number")).toBe(true);
  });
});

describe("where ForeignAssistance.gov editions disagree", () => {
  it("every difference of $1,000 or more is noted (FY2013 -$13,783, FY2014 -$11,829, FY2016 -$33,868 included)", async () => {
    const body = await get(aid, "?groupBy=year&from=2013&to=2016").json();
    const notes = (fy: number) => (body.rows as { period: { from: number }; notes: string[] }[]).find((r) => r.period.from === fy)!.notes.join(" ");
    for (const fy of [2013, 2014, 2016]) expect(notes(fy), `FY${fy}`).toMatch(new RegExp(`FY${fy}: .*ForeignAssistance\\.gov.* gives \\$[\\d,]+ in current dollars`));
  });
});

describe("an empty answer says why", () => {
  it("the seed series for a range no seed period lies wholly inside", async () => {
    const body = await get(aid, "?series=seed&from=1956&to=1963").json();
    expect(body.rows).toEqual([]);
    expect(body.meta.notes[0]).toMatch(/^No seed figure's period lies wholly inside FY1956-1963, so none is shown; the seed's periods are FY1955-1963, /);
  });
});
