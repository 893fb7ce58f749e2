// The comparison data and computations (lib/compare): numbers against sums worked by hand from data/, the checks that
// stop a malformed or inconsistent file, and the rules (no data is not zero, negative stays negative, bases never added).
import { describe, expect, it } from "vitest";
import { reconcileClaims } from "@/lib/compare/claims";
import { FINANCIERS, getFinancierView, selectSeries, seriesCatalogue } from "@/lib/compare/financiers";
import { getNeighbourView, neighbourCell, type NeighbourQuery } from "@/lib/compare/neighbours";
import { projectTable, PROJECT_DEFAULTS } from "@/lib/compare/projects";
import type { NeighboursAidFile } from "@/lib/compare/schema";
import { getCpi } from "@/lib/aid/queries";
import { problemsAfter, realDataset, realValue } from "./helpers";

const ds = realDataset();
const c = ds.compare;
const ctx = { annual: ds.annual.rows, figures: ds.seed.figures, relations: ds.relations, cpi: getCpi(ds) };
const q = (over: Partial<NeighbourQuery> = {}): NeighbourQuery => ({
  countries: ["cambodia", "laos", "vietnam", "thailand"],
  groupBy: "decade",
  from: 1955,
  to: 2020,
  dollars: "nominal",
  baseYear: null,
  measure: "total",
  ...over,
});
const decade = (from: number, to: number) => ({ id: `${from}s`, label: `${from}s`, from, to });

describe("Cambodia among its neighbours", () => {
  it("Laos FY1960-69: the file's ten years summed, economic and military adding up", () => {
    const cell = neighbourCell(c, "laos", decade(1960, 1969), q(), ctx);
    // totals FY1960-69: 62,193,000 + 79,205,000 + 90,580,000 + 42,609,000 + 68,472,000 + 101,573,000 + 126,487,000
    //   + 140,832,000 + 149,405,000 + 147,939,000 = 1,009,295,000
    // economic: 42.3 + 32.7 + 29.4 + 38.6 + 42.9 + 50.901 + 57.601 + 57.8 + 64.4 + 52.2 = $468.802M; military $540.493M
    expect(cell).toMatchObject({ total: 1_009_295_000, economic: 468_802_000, military: 540_493_000, yearsWithData: 10, missingYears: [] });
  });

  it("Laos FY1960-69 per person: each year's aid over that year's population, summed", () => {
    const cell = neighbourCell(c, "laos", decade(1960, 1969), q({ measure: "per-person" }), ctx);
    // 62,193,000/2,121,514 = 29.3154; 79,205,000/2,169,796 = 36.5034; 90,580,000/2,219,910 = 40.8035;
    // 42,609,000/2,271,061 = 18.7617; 68,472,000/2,322,826 = 29.4779; 101,573,000/2,376,200 = 42.7460;
    // 126,487,000/2,431,084 = 52.0291; 140,832,000/2,487,715 = 56.6110; 149,405,000/2,546,377 = 58.6736;
    // 147,939,000/2,606,959 = 56.7477; sum = 421.6692 -> $421.67 per person over the decade
    expect(cell.total).toBe(421.67);
    expect(cell.economic! + cell.military!).toBeCloseTo(421.67, 10);
    expect(cell.populationSeries).toEqual(["laos"]);
  });

  it("Vietnam before 1976 is divided by South Vietnam's population, and says so", () => {
    const cell = neighbourCell(c, "vietnam", { id: "fy1970", label: "FY1970", from: 1970, to: 1970 }, q({ measure: "per-person" }), ctx);
    // FY1970 total 2,008,797,000 / South Vietnam 1970 (Correlates of War) 18,330,000 = 109.5907 -> $109.59
    // (all of Vietnam, 41,475,230, would give $48.43: not used)
    expect(cell.total).toBe(109.59);
    expect(cell.populationSeries).toEqual(["south-vietnam"]);
    expect(cell.notes.join(" ")).toMatch(/South Vietnam's population/);
  });

  it("share of GDP where the World Bank has it; null with the reason where not, never zero", () => {
    const th = neighbourCell(c, "thailand", { id: "fy1975", label: "FY1975", from: 1975, to: 1975 }, q({ measure: "gdp-share" }), ctx);
    // 47,093,000 / 14,882,770,594 = 0.0031643 -> 0.003164 (0.32% of GDP)
    expect(th.total).toBe(0.003164);
    const kh = neighbourCell(c, "cambodia", decade(1960, 1969), q({ measure: "gdp-share" }), ctx);
    expect(kh.total).toBeNull();
    expect(kh.reason).toMatch(/only from 1975/);
    const vn = neighbourCell(c, "vietnam", decade(1960, 1969), q({ measure: "gdp-share" }), ctx);
    expect(vn.total).toBeNull();
    expect(vn.reason).toMatch(/no GDP for South Vietnam/);
    // Cambodia's 1970s: GDP from 1975 only; FY1975 $381,349,000 and FY1976-79 known $0, over GDP 1975-79
    // 749,129,748 + 790,357,255 + 716,261,765 + 766,642,356 + 723,738,503 = 3,746,129,627 -> 0.101798
    const kh70 = neighbourCell(c, "cambodia", decade(1970, 1979), q({ measure: "gdp-share" }), ctx);
    expect(kh70.total).toBe(0.101798);
    expect(kh70.gdpYears).toEqual([1975, 1976, 1977, 1978, 1979]);
    expect(kh70.reason).toMatch(/5 of 10 years/);
    // FY1975 alone: 381,349,000 / 749,129,748 = 0.509056
    expect(neighbourCell(c, "cambodia", { id: "fy1975", label: "FY1975", from: 1975, to: 1975 }, q({ measure: "gdp-share" }), ctx).total).toBe(0.509056);
  });

  it("no-data years stay null, Cambodia's known zeros are $0 with their reason, net-negative years stay negative", () => {
    const kh89 = neighbourCell(c, "cambodia", { id: "fy1989", label: "FY1989", from: 1989, to: 1989 }, q(), ctx);
    expect(kh89).toMatchObject({ total: null, economic: null, yearsWithData: 0 });
    // FY1976-79: no Greenbook rows, but the dashboard's series knows them to be $0 (no US presence)
    const kh = neighbourCell(c, "cambodia", decade(1976, 1979), q(), ctx);
    expect(kh).toMatchObject({ total: 0, yearsWithData: 4, knownZeroYears: [1976, 1977, 1978, 1979] });
    expect(kh.notes.join(" ")).toMatch(/FY1976-1979: \$0, no records because no US aid could flow/);
    // a neighbour's years without rows stay no data: Laos FY1976-77
    expect(neighbourCell(c, "laos", decade(1976, 1977), q(), ctx)).toMatchObject({ total: null, yearsWithData: 0 });
    const burma = neighbourCell(c, "myanmar", { id: "fy1952", label: "FY1952", from: 1952, to: 1952 }, q(), ctx);
    expect(burma).toMatchObject({ total: -200_000, negativeYears: [1952] });
    expect(burma.notes.join(" ")).toMatch(/kept negative/);
    // FY1950-54: 1,938,000 + 11,600,000 - 200,000 + 12,801,000 - 1,799,000 = 24,340,000, two negative years flagged
    const b50s = neighbourCell(c, "myanmar", { id: "x", label: "x", from: 1950, to: 1954 }, q(), ctx);
    expect(b50s).toMatchObject({ total: 24_340_000, negativeYears: [1952, 1954] });
  });

  it("counts the 1976 transition quarter with FY1976", () => {
    const th = neighbourCell(c, "thailand", { id: "fy1976", label: "FY1976", from: 1976, to: 1976 }, q(), ctx);
    // 118,919,000 (FY1976) + 39,401,000 (July-September 1976) = 158,320,000
    expect(th.total).toBe(158_320_000);
  });

  it("constant dollars with CPI-U, per year over the years with records", () => {
    const cell = neighbourCell(c, "thailand", { id: "fy1975", label: "FY1975", from: 1975, to: 1975 }, q({ dollars: "constant", baseYear: 2020 }), ctx);
    // 47,093,000 x CPI 2020 / CPI 1975
    expect(cell.total).toBe(Math.round((47_093_000 * ctx.cpi.valueFor(2020)) / ctx.cpi.valueFor(1975)));
    const kh = neighbourCell(c, "cambodia", decade(1960, 1969), q({ measure: "per-year" }), ctx);
    // FY1960-64 records (30,601,000 + 36,684,000 + ...) and FY1965-69 known to be $0: over all 10 years
    const sum = ds.annual.rows.filter((r) => r.fiscalYear >= 1960 && r.fiscalYear <= 1964).reduce((a, r) => a + (r.total ?? 0), 0);
    expect(kh.total).toBe(Math.round(sum / 10));
    expect(kh.yearsWithData).toBe(10);
  });

  it("Cambodia's share of US aid to the chosen countries, and Cambodia always first", () => {
    const v = getNeighbourView(c, q({ from: 1970, to: 1979 }), ctx);
    const row = v.rows[0];
    const totals = row.cells.map((x) => x.amountUsd ?? 0);
    // 1,831,751,000 / (1,831,751,000 + 1,274,589,000 + 13,486,629,000 + 933,852,000) = 0.10450
    expect(totals).toEqual([1_831_751_000, 1_274_589_000, 13_486_629_000, 933_852_000]);
    expect(row.cambodiaShare).toBeCloseTo(1_831_751_000 / 17_526_821_000, 12);
    expect(row.cells[0].country).toBe("cambodia");
  });
});

describe("the United States among Cambodia's financiers", () => {
  const defs = seriesCatalogue(c, ds.annual.rows);
  const view = (over: object) =>
    getFinancierView(c, { basis: "all", financiers: FINANCIERS, china: "v3", groupBy: "span", from: 2000, to: 2022, dollars: "nominal", baseYear: null, measure: "total", ...over }, ctx);

  it("China's commitments 2000-2021 (AidData v3.0, constant 2021 dollars)", () => {
    const s = view({ basis: "commitment", financiers: ["china"], from: 2000, to: 2021, dollars: "constant", baseYear: 2021 }).series;
    expect(s.map((x) => x.id)).toEqual(["china-commitments"]);
    // 91,777,090 + 28,205,128 + 338,925,196 + 14,764,408 + 7,041,125 + 82,062,749 + 64,972,306 + 835,023,218
    // + 166,073,144 + 776,936,447 + 2,942,319,016 + 258,924,056 + 1,624,920,362 + 1,214,098,047 + 748,567,451
    // + 544,177,651 + 934,659,647 + 579,451,452 + 1,967,414,977 + 2,270,460,260 + 1,336,760,792 + 901,459,466
    // = 17,728,993,988 (about $17.7B, as SOURCES.md says)
    expect(s[0].cells[0].amount).toBe(17_728_993_988);
    expect(s[0].basis).toBe("commitment");
  });

  it("World Bank: China's loan disbursements 2001-2022", () => {
    const s = view({ basis: "disbursement", financiers: ["china"], from: 2001, to: 2022 }).series;
    expect(s.map((x) => x.id)).toEqual(["china-loans-disbursed"]);
    // concessional + non-concessional inflows per year (none recorded for 2003):
    // 6,040,875.0 + 3,174,245.3 + 22,699,348.5 + 1,964,727.5 + 41,174,107.2 + 8,022,012.9 + 123,351,527.2
    // + 64,245,734.2 + 223,708,069.4 + 258,254,865.4 + 708,882,306.3 + 390,397,261.6 + 464,985,455.2 + 377,213,528.2
    // + 306,444,373.3 + 336,543,938.0 + 428,427,021.6 + 320,268,634.7 + 365,386,949.6 + 287,878,219.0 + 303,725,356.7
    // = 5,042,788,556.8 -> $5,042,788,557 (about $5.0B)
    expect(s[0].cells[0]).toMatchObject({ amount: 5_042_788_557, yearsWithData: 21, yearsInSpan: 22 });
  });

  it("every series names its basis; a basis selects only its own series; debt service is positive, paid", () => {
    const all = view({ from: 2010, to: 2019 });
    expect(new Set(all.series.map((s) => s.basis))).toEqual(new Set(["obligation", "commitment", "disbursement", "debt-service"]));
    for (const s of all.series) expect(s.label).toContain(`(${s.basis})`);
    expect(selectSeries(defs, { basis: "obligation", financiers: FINANCIERS, china: "v3" }).map((s) => s.id)).toEqual(["us-obligations"]);
    const ds2019 = view({ basis: "debt-service", financiers: ["china"], groupBy: "year", from: 2019, to: 2019 }).series[0];
    // 2019 outflows: -37,218,178 (concessional) + -144,623,354.3 (non-concessional) -> 181,841,532.3 paid
    expect(ds2019.cells[0].amount).toBe(181_841_532);
  });

  it("US obligations are the dashboard's own series; US grants disbursed come from the OECD", () => {
    const s = view({ from: 2010, to: 2019, financiers: ["us"] }).series;
    const sum = ds.annual.rows.filter((r) => r.fiscalYear >= 2010 && r.fiscalYear <= 2019).reduce((a, r) => a + (r.total ?? 0), 0);
    expect(s.find((x) => x.id === "us-obligations")!.cells[0].amount).toBe(sum);
    expect(s.find((x) => x.id === "us-grants-disbursed")!.sourceIds).toEqual(["oecd-dac2a"]);
  });

  it("AidData v1.0's grant/loan split only on request, never in the v3.0 series", () => {
    const v3 = view({ basis: "commitment", financiers: ["china"], from: 2000, to: 2014 }).series.map((s) => s.id);
    expect(v3).toEqual(["china-commitments"]);
    const v1 = view({ basis: "commitment", financiers: ["china"], china: "v1-split", from: 2000, to: 2014 }).series;
    expect(v1.map((s) => s.id)).toEqual(["china-v1-loans", "china-v1-grants", "china-v1-debt-relief"]);
    // the 2002 debt forgiveness (current dollars, recommended record) is its own series
    const projects = c.chinaProjects.projects.filter((p) => p.recommended && p.flow === "debt-forgiveness");
    expect(v1[2].cells[0].amount).toBe(projects.reduce((a, p) => a + (p.usdCurrent ?? 0), 0));
  });

  it("no record is no data, not zero", () => {
    const s = view({ basis: "disbursement", financiers: ["china"], groupBy: "year", from: 2003, to: 2003 }).series[0];
    expect(s.cells[0]).toMatchObject({ amount: null, yearsWithData: 0, coverage: "no data" });
  });

  it("the article's China claim: a verdict on every measure, with both sources", () => {
    const [r] = reconcileClaims(c);
    // AidData v1.0 loans + export credits 2000-2014, 2014 dollars: 6,172,028,487 + 1,563,256,439 = 7,735,284,926
    expect(r.measures.map((m) => [m.id, m.amount, m.holds])).toEqual([
      ["aiddata-v1-loan-commitments", 7_735_284_926, true],
      ["aiddata-v3-commitments", 17_728_993_988, true],
      ["world-bank-loan-disbursements", 5_042_788_557, true],
    ]);
    expect(r.verdict).toBe("holds");
    expect(r.sourceIds).toEqual(expect.arrayContaining(["seed-globalsecurity", "aiddata-gcof-v1", "world-bank-ids"]));
    expect(ds.disputes.disputes.some((d) => d.id === r.claim.id)).toBe(true);
  });
});

describe("AidData v1.0 projects table", () => {
  it("the 168 records recommended for research by default; searched and sorted", () => {
    const t = projectTable(c.chinaProjects.projects, PROJECT_DEFAULTS);
    expect(t.totals.records).toBe(168);
    // recommended records in constant 2014 dollars: 8,715,237,921 (55 without an amount, not counted)
    expect(t.totals.usdConstant2014).toBe(8_715_237_921);
    expect(t.totals.withoutAmount).toBe(55);
    const amounts = t.projects.filter((p) => p.usdCurrent !== null).map((p) => p.usdCurrent!);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    const hydro = projectTable(c.chinaProjects.projects, { ...PROJECT_DEFAULTS, q: "HYDROPOWER", sort: "year" });
    expect(hydro.projects.length).toBeGreaterThan(2);
    for (const p of hydro.projects) expect(`${p.title} ${p.sector.name}`.toLowerCase()).toContain("hydropower");
    expect(hydro.projects.map((p) => p.year)).toEqual([...hydro.projects.map((p) => p.year)].sort((a, b) => a - b));
    expect(projectTable(c.chinaProjects.projects, { ...PROJECT_DEFAULTS, records: "all" }).totals.records).toBe(192);
  });
});

describe("comparison files are checked", () => {
  const rows = realValue("neighboursAid", ["rows"]) as NeighboursAidFile["rows"];
  const at = (country: string, fy: number) => rows.findIndex((r) => r.country === country && r.fiscalYear === fy && !r.transitionQuarter);

  it("a malformed record names file, record and field", () => {
    const i = at("laos", 1960);
    expect(problemsAfter("neighboursAid", ["rows", i, "military"], "n/a")).toEqual([
      `data/neighbours-aid.json: rows[${i}].military: expected number, received "n/a"`,
    ]);
    expect(problemsAfter("counterpartFlows", ["rows", 0, "flow"], "sideways")[0]).toMatch(/^data\/cambodia-flows-by-counterpart\.json: rows\[0\]\.flow: expected one of "inflow", "outflow"/);
  });

  it("Cambodia's rows must equal the annual series year by year", () => {
    const i = at("cambodia", 1960);
    const p = problemsAfter("neighboursAid", ["rows", i], { ...rows[i], economic: rows[i].economic + 1, total: rows[i].total + 1 });
    expect(p).toContain(`data/neighbours-aid.json: rows[${i}].economic: Cambodia FY1960 economic is ${rows[i].economic + 1}, but data/annual-aid.json has ${rows[i].economic}`);
  });

  it("duplicates, population coverage, unknown sources and stated totals", () => {
    const i = at("laos", 1961);
    expect(problemsAfter("neighboursAid", ["rows", i, "fiscalYear"], 1960).join("\n")).toMatch(/duplicate laos FY1960/);
    const pop = realValue("population", ["rows"]) as { series: string; year: number }[];
    const j = pop.findIndex((r) => r.series === "south-vietnam" && r.year === 1970);
    expect(problemsAfter("population", ["rows", j, "year"], 2030).join("\n")).toMatch(/no population of south-vietnam for 1970/);
    expect(problemsAfter("gdp", ["sourceId"], "nobody").join("\n")).toMatch(/southeast-asia-gdp\.json: sourceId: unknown source id "nobody"/);
    expect(problemsAfter("chinaByYear", ["rows", 10, "total"], 1).join("\n")).toMatch(/does not round to the stated 17700000000/);
    expect(problemsAfter("chinaProjects", ["projects", 3, "recommended"], false).join("\n")).toMatch(/167 records recommended for research, but AidData states 168/);
  });
});

describe("the section's address", () => {
  it("reads a form's ticked boxes as one list, keeps Cambodia, and drops the China select where it does not apply", async () => {
    const { compareState, serializeCompareState } = await import("@/lib/compare/page-params");
    const s = compareState(new URLSearchParams("countries=laos&countries=myanmar&countries=cambodia&nmeasure=per-person&basis=debt-service&china=v3&q=bridge"), c, ds.annual.rows);
    expect(s.issues).toEqual([]);
    expect(s.neighbours).toMatchObject({ countries: ["cambodia", "laos", "myanmar"], measure: "per-person" });
    expect(s.financiers.basis).toBe("debt-service");
    expect(s.projects.q).toBe("bridge");
    expect(serializeCompareState(s, c, ds.annual.rows)).toBe("countries=cambodia,laos,myanmar&nmeasure=per-person&basis=debt-service&q=bridge");
    const bad = compareState(new URLSearchParams("countries=atlantis&basis=obligation&financiers=china"), c, ds.annual.rows);
    expect(bad.issues.map((i) => i.param)).toEqual(["countries", "financiers"]);
    expect(bad.neighbours.countries).toEqual(["cambodia", "laos", "vietnam", "thailand"]);
  });
});
