// Dev-time only: transcribes the comparison inputs of ../shared/data (see its SOURCES.md) into the project's own files
// in data/ (neighbours-aid.json, southeast-asia-population.json, southeast-asia-gdp.json, china-aiddata-v1-projects.json,
// china-aiddata-v3-by-year.json, cambodia-flows-by-counterpart.json). The build and the tests never run it: the
// committed JSON is what the product reads, validated by lib/compare/schema.ts (`npm run check:data`).
//   node scripts/transcribe-compare.mjs [path/to/shared/data]
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const IN = path.resolve(process.argv[2] ?? "../shared/data");
const OUT = path.resolve("data");

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += ch;
  }
  if (field !== "" || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== "");
  return body.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ""])));
}
const read = (name) => parseCsv(readFileSync(path.join(IN, name), "utf8"));
const write = (name, value) => writeFileSync(path.join(OUT, name), JSON.stringify(value, null, 1) + "\n");
/** A blank (AidData writes a single space for "not found") is null, never zero. */
const num = (s) => (s.trim() === "" ? null : Number(s));
const whole = (s) => (num(s) === null ? null : Math.round(Number(s)));
/** One decimal, as the counterpart file publishes (without binary noise). */
const tenth = (s) => Math.round(Number(s) * 10) / 10;
const kebab = (s) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\[.*?\]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

// --- US obligations to Cambodia and seven neighbours (Greenbook) ---
const COUNTRY_IDS = {
  Cambodia: "cambodia",
  Laos: "laos",
  Vietnam: "vietnam",
  Thailand: "thailand",
  "Burma (Myanmar)": "myanmar",
  Malaysia: "malaysia",
  Indonesia: "indonesia",
  Philippines: "philippines",
};
const greenbook = read("us_aid_southeast_asia_greenbook_annual.csv");
write("neighbours-aid.json", {
  sourceId: "usaid-greenbook-2020-neighbours",
  units: "USD",
  dollars: "nominal",
  measure: "obligations",
  note:
    "Greenbook obligations and loan authorisations per US fiscal year, current dollars, for Cambodia and seven neighbours. A country-year without a row has no records (no data, not zero). The July-September 1976 transition quarter is its own row, counted with FY1976. Net-negative years (de-obligations larger than new obligations) are kept as published. The Greenbook's constant-2020 column uses its own deflator and is not carried over.",
  rows: greenbook.map((r) => ({
    country: COUNTRY_IDS[r.country],
    fiscalYear: Number(r.fiscal_year),
    transitionQuarter: r.is_transition_quarter === "yes",
    economic: whole(r.economic_obligations_current_usd),
    military: whole(r.military_obligations_current_usd),
    total: whole(r.total_obligations_current_usd),
  })),
});

// --- Population ---
const POP_IDS = { KHM: "cambodia", LAO: "laos", VNM: "vietnam", THA: "thailand", MMR: "myanmar", MYS: "malaysia", IDN: "indonesia", PHL: "philippines", RVN: "south-vietnam", DRV: "north-vietnam" };
function popBasis(source) {
  if (source.startsWith("Correlates of War")) return "cow-nmc";
  if (source.includes("historical estimate")) return "historical-estimate";
  if (source.includes("projection")) return "un-projection";
  return "un-estimate";
}
const pop = read("southeast_asia_population.csv");
write("southeast-asia-population.json", {
  units: "persons",
  note:
    "Mid-year population. Gapminder Population v8 reproduces the UN World Population Prospects 2024 from 1950 (equal to the World Bank's SP.POP.TOTL from 1960); 1946-49 are Gapminder's own historical estimates and 2024 a UN projection. 'vietnam' is all of today's Vietnam in every year; South and North Vietnam 1954-1975 come from the Correlates of War National Material Capabilities v6.0 (total population, published in thousands), read from a third-party copy.",
  rows: pop.map((r) => {
    const basis = popBasis(r.source);
    return { series: POP_IDS[r.iso3], year: Number(r.year), population: whole(r.population), basis, sourceId: basis === "cow-nmc" ? "cow-nmc-v6" : "gapminder-population-v8" };
  }),
});

// --- GDP ---
const gdp = read("southeast_asia_gdp_current_usd.csv");
write("southeast-asia-gdp.json", {
  sourceId: "world-bank-wdi-gdp",
  units: "USD",
  dollars: "nominal",
  note:
    "GDP in current US dollars (World Bank NY.GDP.MKTP.CD, October 2024), rounded to whole dollars, calendar years. The World Bank has none for South Vietnam, none for Cambodia before 1975, Laos before 1984, Vietnam before 1985, Indonesia before 1967. Myanmar's early values convert at the official exchange rate, far from market rates.",
  rows: gdp.map((r) => ({ country: POP_IDS[r.iso3], year: Number(r.year), gdp: whole(r.gdp_current_usd) })),
});

// --- AidData v1.0 project records ---
const FLOW_IDS = {
  Grant: "grant",
  "Loan (excluding debt rescheduling)": "loan",
  "Free-standing technical assistance": "technical-assistance",
  "Export credits": "export-credit",
  "Scholarships/training in the donor country": "scholarships",
  "Debt forgiveness": "debt-forgiveness",
};
const STATUS_IDS = { Completion: "completion", Implementation: "implementation", "Pipeline: Commitment": "pipeline-commitment", "Pipeline: Pledge": "pipeline-pledge", Suspended: "suspended" };
const FLOW_CLASS_IDS = { "ODA-like": "oda-like", "OOF-like": "oof-like", "Vague (Official Finance)": "vague" };
const projects = read("china_official_finance_cambodia_projects_2000_2014.csv");
write("china-aiddata-v1-projects.json", {
  sourceId: "aiddata-gcof-v1",
  units: "USD",
  note:
    "Every Cambodia project record of AidData's Global Chinese Official Finance Dataset v1.0, 2000-2014: commitments in the year agreed. AidData's totals use only records recommended for research; the others are duplicates, umbrella agreements, or cancelled or pledged records. An amount AidData did not find is null, never zero. Amounts are rounded to whole dollars, in current dollars and in AidData's constant 2014 dollars.",
  stated: { records: 192, recommendedRecords: 168 },
  projects: projects.map((r) => ({
    projectId: Number(r.project_id),
    recommended: r.recommended_for_research === "1",
    umbrella: r.umbrella === "1",
    year: Number(r.year),
    yearUncertain: r.year_uncertain === "1",
    agency: r.funding_agency.trim(),
    title: r.title.trim(),
    status: STATUS_IDS[r.status],
    flow: FLOW_IDS[r.flow],
    flowClass: FLOW_CLASS_IDS[r.flow_class],
    intent: r.intent.toLowerCase(),
    amountOriginal: num(r.amount),
    currency: r.currency.trim() === "" ? null : r.currency.trim(),
    usdCurrent: whole(r.usd_current),
    usdConstant2014: whole(r.usd_defl_2014),
    sector: { code: Number(r.crs_sector_code), name: r.crs_sector_name.trim() },
    loanType: r.loan_type.trim() === "" ? null : r.loan_type.trim(),
    interestRate: num(r.interest_rate),
    maturityYears: num(r.maturity),
    gracePeriodYears: num(r.grace_period),
    grantElement: num(r.grant_element),
    sourcesCount: Number(r.sources_count),
  })),
});

// --- AidData v3.0 per year ---
const v3 = read("china_development_finance_cambodia_by_year_2000_2021.csv");
write("china-aiddata-v3-by-year.json", {
  sourceId: "aiddata-gcdf-v3",
  units: "USD",
  dollars: "constant",
  baseYear: 2021,
  basis: "commitment",
  note:
    "China's official finance committed to Cambodia per calendar year, 2000-2021, in AidData's constant 2021 dollars, records recommended for aggregates only, by flow class. Totals only: no grant/loan split and no project rows. AidData rounds each part separately, so a year's parts may differ from its total by a dollar or two.",
  stated: { from: 2000, to: 2021, approxTotal: 17_700_000_000, roundedTo: 100_000_000 },
  rows: v3.map((r) => ({ year: Number(r.year), odaLike: whole(r.oda_like_usd2021), oofLike: whole(r.oof_like_usd2021), vague: whole(r.vague_usd2021), total: whole(r.total_usd2021) })),
});

// --- Official flows by counterpart (OECD DAC2a grants, World Bank IDS loans) ---
const flows = read("cambodia_official_flows_by_counterpart_2000_2022.csv");
const LABELS = { "Asian Infrastructure Investment Bank [AIIB]": "Asian Infrastructure Investment Bank", "WB International Development Association": "World Bank IDA" };
const ID_OVERRIDES = { "WB International Development Association": "ida", "Asian Development Bank": "adb", "EU Institutions": "eu-institutions", "South Korea": "korea" };
const counterparts = new Map();
for (const r of flows) {
  const label = LABELS[r.counterpart_area] ?? r.counterpart_area;
  const id = ID_OVERRIDES[r.counterpart_area] ?? kebab(label);
  counterparts.set(id, { id, label, type: r.counterpart_type.toLowerCase() });
}
const counterpartOf = (name) => ID_OVERRIDES[name] ?? kebab(LABELS[name] ?? name);
const INSTRUMENTS = { Grants: "grant", "Concessional Debt": "concessional-loan", "Non-Concessional Debt": "non-concessional-loan" };
write("cambodia-flows-by-counterpart.json", {
  units: "USD",
  dollars: "nominal",
  note:
    "Cambodia's official flows by counterpart per calendar year, 2000-2022, current dollars. Grants are disbursements by donor (OECD DAC table DAC2a). Loans are disbursements to Cambodia (inflow) and debt service paid by Cambodia (outflow, negative) by creditor, concessional or not (World Bank International Debt Statistics). A year without a row has no record. A negative grant (a recovery) is kept as published.",
  stated: [{ counterpart: "china", instrument: "loans", flow: "inflow", from: 2001, to: 2022, approxTotal: 5_000_000_000, roundedTo: 100_000_000 }],
  counterparts: [...counterparts.values()].sort((a, b) => a.label.localeCompare(b.label)),
  rows: flows.map((r) => {
    const instrument = INSTRUMENTS[r.indicator.replace(/^(Bilateral|Multilateral) /, "")];
    return {
      year: Number(r.year),
      counterpart: counterpartOf(r.counterpart_area),
      instrument,
      flow: r.indicator_type,
      amount: tenth(r.value_current_usd),
      sourceId: instrument === "grant" ? "oecd-dac2a" : "world-bank-ids",
    };
  }),
});
console.log(`wrote 6 files to ${OUT}`);
