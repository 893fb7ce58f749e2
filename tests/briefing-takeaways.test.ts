// Takeaways computed from the data of a slide's view, checked against sums made here from data/annual-aid.json, and
// the /api/takeaway endpoint that serves them (400 JSON naming the parameter for bad input).
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as takeaway from "@/app/api/takeaway/route";
import { DEFAULT_DECK } from "@/lib/briefing/default-deck";
import { defaultDeckFacts } from "@/lib/briefing/default-facts";
import { factsKey } from "@/lib/briefing/slides";
import { TAKEAWAY_MAX } from "@/lib/briefing/takeaways";
import { slideFacts } from "@/lib/charts/definitions";
import { takeawayEndpoint } from "@/lib/briefing/takeaway-endpoint";
import { DECK_CHARTS } from "@/lib/briefing/deck-format";
import { DEFAULT_VIEW, type ViewState } from "@/lib/view";

type ViewCountries = ViewState["countries"];
import { realDataset } from "./helpers";

interface Row { fiscalYear: number; economic: number | null; military: number | null; total: number | null }
const rows = (JSON.parse(readFileSync(path.join(__dirname, "..", "data", "annual-aid.json"), "utf8")) as { rows: Row[] }).rows;
const sum = (from: number, to: number, k: keyof Row) => rows.filter((r) => r.fiscalYear >= from && r.fiscalYear <= to).reduce((a, r) => a + (r[k] ?? 0), 0);

describe("takeaways", () => {
  it("give the military share over FY1970-1975, naming the series and the source", () => {
    const m = sum(1970, 1975, "military");
    const e = sum(1970, 1975, "economic");
    // by hand: 1,179,747,000 of 1,831,751,000 = 64.4%
    expect(Math.round((100 * m) / (m + e))).toBe(64);
    const f = slideFacts(realDataset(), "military-share", { ...DEFAULT_VIEW, groupBy: "year", from: 1970, to: 1975 });
    expect(f.takeaway).toMatch(/^Military aid was 64% of US aid to Cambodia over FY1970-1975 \(\$1\.18B of \$1\.83B, current US dollars\)\./);
    // the highest year as chart 2 labels it (periods with at least $10M): FY1972, by hand 77%
    const y72 = rows.find((r) => r.fiscalYear === 1972)!;
    expect(Math.round((100 * y72.military!) / (y72.military! + y72.economic!))).toBe(77);
    expect(f.takeaway).toContain("Highest: FY1972, 77%.");
    expect(f.takeaway).not.toMatch(/Source/);
    expect(f.source).toBe("Source: USAID Greenbook.");
    expect(f.sources.map((s) => s.id)).toEqual(["usaid-greenbook-2020"]);
    expect(f.title).toBe("In what form: military versus economic aid");
  });

  it("state the divisor of a per-year average: the 1960s over the 10 years with known values", () => {
    // FY1960-64: 139,605,000 (sum of the records; FY1965-69 are known zeros, 0 each) / 10 = 13,960,500 -> "$14M"
    expect(sum(1960, 1969, "total")).toBe(139_605_000);
    const f = slideFacts(realDataset(), "aid-by-period", { ...DEFAULT_VIEW, measure: "per-year", from: 1960, to: 1969 });
    expect(f.takeaway).toMatch(/^US aid obligations averaged \$14M a year over FY1960-1969 \(over the 10 of 10 years with known values \(5 known to be \$0\); current US dollars\)\./);
    expect(f.takeaway).not.toContain("$27.9M");
  });

  it("give the total and the largest period of an aid view", () => {
    const total = sum(2010, 2024, "total");
    expect((total / 1e9).toFixed(2)).toBe("1.57");
    const byYear = rows.filter((r) => r.fiscalYear >= 2010).reduce((a, r) => ((r.total ?? 0) > (a.total ?? 0) ? r : a));
    const f = slideFacts(realDataset(), "aid-by-period", { ...DEFAULT_VIEW, groupBy: "year", from: 2010, to: 2024 });
    expect(f.takeaway).toContain("totalled $1.57B over FY2010-2024 (current US dollars)");
    expect(f.takeaway).toContain(`Largest: FY${byYear.fiscalYear}, $${((byYear.total ?? 0) / 1e6).toFixed(1)}M.`);
    expect(f.source).toBe("Sources: USAID Greenbook; ForeignAssistance.gov.");
  });

  it("name the breaks for the relations band and the disagreements for the seed chart", () => {
    const ds = realDataset();
    const band = slideFacts(ds, "relations-band", { ...DEFAULT_VIEW, groupBy: "year", from: 1960, to: 1995 });
    expect(band.takeaway).toMatch(/^7 phases of relations over FY1960-1995; the longest break/);
    expect(band.takeaway).toMatch(/no mission, 12 April 1975 to 11 November 1991/);
    expect(band.takeaway).toMatch(/severed for 4 years 1 month from 3 May 1965/);
    expect(band.sources.map((s) => s.id)).toContain("state-oh-relations-guide");
    const seed = slideFacts(ds, "seed-vs-greenbook", DEFAULT_VIEW);
    expect(seed.takeaway).toMatch(/seed figures/);
    expect(seed.sources.map((s) => s.id).sort()).toEqual(["seed-globalsecurity", "usaid-greenbook-2020"]);
  });

  it("stay within two lines of a slide (at most 200 characters) with their sources apart, for every chart of the registry", () => {
    const ds = realDataset();
    const views = [
      DEFAULT_VIEW,
      ...DEFAULT_DECK.slides.map((s) => s.view),
      { ...DEFAULT_VIEW, groupBy: "relations-phase" as const, dollars: "constant" as const, measure: "per-year" as const, averageOver: "every-year" as const },
      { ...DEFAULT_VIEW, series: "seed" as const, compare: "dollars" as const, share: "absolute" as const },
      // charts 5 and 6: every basis, all eight countries
      ...(["commitment", "obligation", "debt-service"] as const).map((basis) => ({ ...DEFAULT_VIEW, basis })),
      { ...DEFAULT_VIEW, countries: ["cambodia", "laos", "vietnam", "thailand", "myanmar", "malaysia", "indonesia", "philippines"] as ViewCountries },
    ];
    for (const c of DECK_CHARTS)
      for (const v of views) {
        const f = slideFacts(ds, c, v);
        expect(f.takeaway.length, `${c}: ${f.takeaway}`).toBeLessThanOrEqual(TAKEAWAY_MAX);
        expect(f.takeaway, c).not.toMatch(/\bSources?:/i);
        expect(f.source, c).toMatch(/^Sources?: \S.*\.$/);
      }
  });

  it("are computed for every slide of the default deck", () => {
    const facts = defaultDeckFacts(realDataset());
    for (const s of DEFAULT_DECK.slides) expect(facts[factsKey(s.chart, s.view)]?.takeaway, s.id).toMatch(/\S/);
  });
});

describe("GET /api/takeaway", () => {
  const get = (qs: string) => takeaway.GET(new Request(`http://localhost/api/takeaway${qs}`));
  it("answers a slide's facts", async () => {
    const res = get("?chart=military-share&groupBy=year&from=1970&to=1975");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { chart: string; takeaway: string };
    expect(body.chart).toBe("military-share");
    expect(body.takeaway).toMatch(/^Military aid was 64%/);
  });

  it("answers 400 JSON naming the parameter and the allowed values", async () => {
    for (const [qs, param, allowed] of [
      ["", "chart", /"aid-by-period", "relations-band", "military-share", "seed-vs-greenbook"/],
      ["?chart=pie", "chart", /allowed values are "aid-by-period"/],
      ["?chart=aid-by-period&from=1900", "from", /1955 to 2024/],
      ["?chart=aid-by-period&chart=relations-band", "chart", /given 2 times/],
      ["?chart=aid-by-period&colour=red", "colour", /unknown parameter/],
    ] as const) {
      const res = get(qs);
      expect(res.status, qs).toBe(400);
      const body = (await res.json()) as { error: { issues: { param: string; message: string }[] } };
      const issue = body.error.issues.find((i) => i.param === param);
      expect(issue?.message, qs).toMatch(allowed);
    }
    expect(takeaway.POST().status).toBe(405);
  });
});

describe("GET /api/takeaway with generated queries", () => {
  it("answers 200 or a JSON 400 naming a parameter, never anything else (fixed seed, 1,500 queries)", async () => {
    const ds = realDataset();
    const statuses = new Set<number>();
    const setting = fc.constantFrom("groupBy=year", "from=1970", "to=1975", "dollars=constant", "base=2000", "share=absolute", "series=seed", "split=form", "measure=per-year");
    const junk = fc.oneof(fc.constantFrom("from=1900", "to=x", "base=2000", "chart=pie", "chart=%00", "..%2F..=1", "from=%F0%9F%92%A3", `to=${"9".repeat(8192)}`), fc.string({ maxLength: 16 }).map((k) => `${encodeURIComponent(k)}=1`));
    const query = fc.tuple(fc.option(fc.constantFrom(...DECK_CHARTS), { nil: undefined }), fc.array(fc.oneof({ weight: 3, arbitrary: setting }, { weight: 1, arbitrary: junk }), { maxLength: 5 }));
    await fc.assert(
      fc.asyncProperty(query, async ([chart, parts]) => {
        const qs = [...(chart ? [`chart=${chart}`] : []), ...parts].join("&");
        const res = takeawayEndpoint(ds, new Request(`http://localhost/api/takeaway?${qs}`));
        statuses.add(res.status);
        expect([200, 400], qs).toContain(res.status);
        const body = (await res.json()) as { takeaway?: string; error?: { issues: { param: string }[] } };
        if (res.status === 200) expect(body.takeaway).toMatch(/\S/);
        else expect(body.error!.issues.length).toBeGreaterThan(0);
      }),
      { seed: 20261201, numRuns: 1500 },
    );
    expect([...statuses].sort()).toEqual([200, 400]);
  }, 120_000);
});
