// The timeline's filters and context, the /data tables and the downloadable data set, on the real data.
import { describe, expect, it } from "vitest";
import { annualTableCsv, annualTableRows, eventsTableRows, parseAnnualTableQuery, parseEventsTableQuery } from "@/lib/pages/data-tables";
import { datasetFiles, recordsCsv } from "@/lib/data/download";
import { dataVersion } from "@/lib/export/cite";
import { eventContext, eventDecades, filterEvents, fiscalYearOf, parseTimelineParams, timelineHref } from "@/lib/pages/timeline";
import { siteOrigin } from "@/lib/server/origin";
import { parseCsv } from "./csv-read";
import { realDataset } from "./helpers";

const ds = () => realDataset();
const event = (id: string) => ds().events.events.find((e) => e.id === id)!;

describe("fiscal year of a date", () => {
  it("July-June up to FY1976, the transition quarter with FY1976, October-September from FY1977", () => {
    expect(fiscalYearOf("1973-08-15")).toEqual({ fiscalYear: 1974, transitionQuarter: false }); // FY1974: 1 Jul 1973 - 30 Jun 1974
    expect(fiscalYearOf("1973-06-30")).toEqual({ fiscalYear: 1973, transitionQuarter: false });
    expect(fiscalYearOf("1976-08-01")).toEqual({ fiscalYear: 1976, transitionQuarter: true });
    expect(fiscalYearOf("1976-10-01")).toEqual({ fiscalYear: 1977, transitionQuarter: false }); // FY1977 starts 1 Oct 1976
    expect(fiscalYearOf("2007-02")).toEqual({ fiscalYear: 2007, transitionQuarter: false }); // 1 Feb 2007, FY2007: Oct 2006 - Sep 2007
    expect(fiscalYearOf("2010-10-30")).toEqual({ fiscalYear: 2011, transitionQuarter: false });
  });
});

describe("timeline", () => {
  it("reads its filters, names what it cannot use, and writes the short address back", () => {
    const decades = eventDecades(ds());
    expect(decades).toEqual([1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]);
    const { filters, issues } = parseTimelineParams(new URLSearchParams("q=+bombing+&category=military&category=nope&decade=1970&confidence=sure&order=newest"), decades);
    expect(filters).toEqual({ q: "bombing", categories: ["military"], decade: 1970, confidence: null, order: "newest" });
    expect(issues).toEqual([
      'Category: "nope" is not one of diplomatic, aid, military, legislative, political, economic.',
      'Confidence: "sure" is not one of high, medium, low.',
    ]);
    expect(timelineHref(filters)).toBe("/timeline?q=bombing&category=military&decade=1970s&order=newest");
  });

  it("filters by decade (a range counts in each decade it touches), category, confidence and every word", () => {
    const f = { q: "", categories: [], decade: 1970, confidence: null, order: "oldest" as const };
    const seventies = filterEvents(ds(), f);
    // khmer-rouge-condemned-1975-1979 and war-aid-1970-1975 are in; the 1960s ones are not
    expect(seventies.map((e) => e.id)).toEqual(expect.arrayContaining(["war-aid-1970-1975", "khmer-rouge-condemned-1975-1979", "mayaguez-incident-1975"]));
    expect(seventies.every((e) => e.start < "1980" && (e.end ?? e.start) >= "1970")).toBe(true);
    expect(filterEvents(ds(), { ...f, decade: null, q: "mayaguez koh tang" }).map((e) => e.id)).toEqual(["mayaguez-incident-1975"]);
    expect(filterEvents(ds(), { ...f, decade: null, q: "mayaguez piano" })).toEqual([]);
    const newest = filterEvents(ds(), { ...f, decade: null, order: "newest" });
    expect(newest[0].start >= newest.at(-1)!.start).toBe(true);
    expect(newest).toHaveLength(ds().events.events.length);
  });

  it("puts each event in its phase of relations and fiscal year, with no data apart from $0", () => {
    const end = eventContext(ds(), event("bombing-ends-1973"));
    expect(end.status).toMatchObject({ label: "Full relations", phaseId: "restored-and-war-years" });
    expect(end.fiscalYear).toBe(1974);
    expect(end.aid).toEqual({ total: 653_097_000, status: "reported", sourceId: "usaid-greenbook-2020" });
    // FY1974 +-5, inside FY1955-2024
    // its bar marked, opened at chart 1
    expect(end.dashboardHref).toBe("/?groupBy=year&from=1969&to=1979&mark=1974#aid-figure");
    // 7 January 1979 is in FY1979, a known zero (no US presence under the Khmer Rouge): $0 with its reason
    const fall = eventContext(ds(), event("fall-of-phnom-penh-1979"));
    expect(fall.aid).toMatchObject({ total: 0, status: "known-zero" });
    expect(fall.aid?.knownZeroReason).toMatch(/Khmer Rouge/);
    expect(fall.status?.status).toBe("no-mission");
    // 25 February 1989 is in FY1989: no records and no event ruling aid out, so no data, not $0
    expect(eventContext(ds(), event("bush-sihanouk-beijing-1989")).aid).toMatchObject({ total: null, status: "no-data" });
    const first = eventContext(ds(), event("us-recognition-1950"));
    expect(first.aid).toBeNull(); // FY1950 is before the series
    expect(first.dashboardHref).toBeNull();
    // the 1997-2007 NGO range: 1 January 1997 is still in full relations (to 1 July 1997); its end, 1 January 2007,
    // is in the post-1997 restrictions (to 1 February 2007)
    const ngo = eventContext(ds(), event("aid-through-ngos-1997-2007"));
    expect(ngo.status?.phaseId).toBe("full-relations-restored");
    expect(ngo.statusAtEnd?.phase).toBe(ds().relations.segments.find((s) => s.id === "post-1997-restrictions")!.label);
    // near the end of the series the window is cut at FY2024 (the default "to", left out of the address)
    const late = ds().events.events.find((e) => e.start.startsWith("2022"))!;
    const fy = fiscalYearOf(late.start).fiscalYear;
    expect(eventContext(ds(), late).dashboardHref).toBe(`/?groupBy=year&from=${fy - 5}&mark=${fy}#aid-figure`);
    // after FY2024 there is no aid year to show
    const after = ds().events.events.find((e) => e.start.startsWith("2025-12"))!;
    expect(eventContext(ds(), after)).toMatchObject({ aid: null, dashboardHref: null });
  });
});

describe("/data tables", () => {
  it("sorts the annual rows by total, years without data last, and the CSV has exactly those rows", () => {
    const q = parseAnnualTableQuery(new URLSearchParams("a_from=1970&a_to=1979&a_sort=total&a_dir=desc"));
    const rows = annualTableRows(ds(), q);
    // FY1970-1979: FY1974 $653.1M is the largest; FY1976-1979 are known zeros ($0), the smallest
    expect(rows.map((r) => r.fiscalYear)).toHaveLength(10);
    expect(rows[0].fiscalYear).toBe(1974);
    expect(rows.slice(-4).map((r) => r.fiscalYear)).toEqual([1976, 1977, 1978, 1979]);
    const csv = parseCsv(annualTableCsv(ds(), rows));
    expect(csv.map((r) => Number(r.fiscal_year))).toEqual(rows.map((r) => r.fiscalYear));
    expect(csv.at(-1)!.total_usd).toBe("0");
    // FY1985-1990: FY1989 has no records and no event ruling aid out: no data, after every amount, even a smaller one
    const late = annualTableRows(ds(), parseAnnualTableQuery(new URLSearchParams("a_from=1985&a_to=1990&a_sort=total&a_dir=asc")));
    expect(late.at(-1)!.fiscalYear).toBe(1989);
    expect(parseCsv(annualTableCsv(ds(), late)).at(-1)!.total_usd).toBe("");
  });

  it("filters and sorts events; an unknown value falls back to the default", () => {
    const q = parseEventsTableQuery(new URLSearchParams("e_category=military&e_sort=title&e_dir=desc&e_confidence=sure"));
    expect(q).toMatchObject({ category: "military", confidence: "any", sort: "title", dir: "desc" });
    const rows = eventsTableRows(ds(), q);
    expect(rows.every((e) => e.category === "military")).toBe(true);
    const titles = rows.map((e) => e.title.toLowerCase());
    expect(titles).toEqual([...titles].sort((a, b) => b.localeCompare(a)));
  });
});

describe("the downloadable data set", () => {
  it("has JSON and CSV per table, a README, the data version and the changelog", () => {
    const files = datasetFiles(ds());
    const byName = new Map(files.map((f) => [f.name, f.text]));
    expect(byName.get("data-version.txt")).toBe(`${dataVersion(ds().sources, ds().relations.coverageEnd)}\n`);
    const events = JSON.parse(byName.get("events.json")!) as { events: unknown[] };
    expect(events.events).toHaveLength(ds().events.events.length);
    const csv = parseCsv(byName.get("annual-aid.csv")!);
    expect(csv).toHaveLength(70); // FY1955-2024
    expect(csv.find((r) => r.fiscalYear === "1974")!.total).toBe("653097000");
    expect(csv.find((r) => r.fiscalYear === "1966")!.total).toBe("0"); // a known zero (relations severed)
    expect(csv.find((r) => r.fiscalYear === "1989")!.total).toBe(""); // no data, not 0
    expect(byName.get("README.md")).toContain("### events.csv / events.json");
    expect(byName.get("CHANGELOG.md")).toMatch(/^# Changes to the data/);
  });

  it("flattens records: lists joined by a space, nested records as JSON", () => {
    expect(recordsCsv([{ a: 1, ids: ["x", "y"], alt: [{ date: "1952" }] }])).toBe('a,ids,alt\r\n1,x y,"[{""date"":""1952""}]"\r\n');
  });
});

describe("the site's origin", () => {
  it("is SITE_URL, else the forwarded or request host, never a made-up port", () => {
    const h = (o: Record<string, string>) => new Headers(o);
    expect(siteOrigin(h({ host: "127.0.0.1:3500" }), "https://aid.example.org/some/path")).toBe("https://aid.example.org");
    expect(siteOrigin(h({ host: "127.0.0.1:3500" }), undefined)).toBe("http://127.0.0.1:3500");
    expect(siteOrigin(h({ host: "a:1", "x-forwarded-host": "aid.example.org", "x-forwarded-proto": "https" }), undefined)).toBe("https://aid.example.org");
    expect(siteOrigin(h({ host: "evil.example/<script>" }), undefined)).toBe("http://localhost:3000");
  });
});
