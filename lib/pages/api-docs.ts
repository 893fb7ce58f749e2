// The API as documented on /data: every endpoint, its parameters, and a live example for each, with what it answers.
// e2e/pages.spec.ts requests every example and checks the answer against `expect`.
import { CPI_FIRST_YEAR, CPI_LAST_YEAR, DATA_FIRST_FY, DATA_LAST_FY, SETTINGS } from "../view/settings";

interface ApiExample {
  href: string;
  what: string;
  expect: { status: number; type: "json" | "csv"; /** a top-level JSON key (or the CSV's first header cell) the answer has */ has: string };
}
interface ApiEndpoint {
  path: string;
  what: string;
  params: { name: string; allowed: string; example: ApiExample }[];
  example: ApiExample;
}

/** A view setting's values as the docs list them, the default marked: read from the view's settings table, never
 * retyped here. */
function allowed(key: "series" | "groupBy" | "split" | "dollars" | "measure" | "averageOver"): string {
  const setting = SETTINGS[key];
  return (setting.values as readonly string[]).map((v) => (v === String(setting.default) ? `${v} (default)` : v)).join(", ");
}
const FISCAL_YEARS = `fiscal years ${DATA_FIRST_FY}-${DATA_LAST_FY}`;
const CPI_BASE = `CPI base year ${CPI_FIRST_YEAR}-${CPI_LAST_YEAR}`;

const json = (has: string, status = 200) => ({ status, type: "json" as const, has });
const csv = (has: string) => ({ status: 200, type: "csv" as const, has });

export const API_DOCS: ApiEndpoint[] = [
  {
    path: "/api/aid",
    what: "US aid obligations grouped into periods: economic, military, total-only and total per row, with coverage, divisor, sources and notes.",
    example: { href: "/api/aid", what: "totals by decade, current dollars, FY1955-2024", expect: json("rows") },
    params: [
      { name: "series", allowed: allowed("series"), example: { href: "/api/aid?series=seed", what: "the seed article's figures by its periods", expect: json("rows") } },
      { name: "groupBy", allowed: allowed("groupBy"), example: { href: "/api/aid?groupBy=relations-phase", what: "totals per phase of relations", expect: json("rows") } },
      { name: "split", allowed: allowed("split"), example: { href: "/api/aid?split=programme&groupBy=decade", what: "each decade split by programme", expect: json("rows") } },
      { name: "from, to", allowed: FISCAL_YEARS, example: { href: "/api/aid?groupBy=year&from=1970&to=1975", what: "each fiscal year 1970-1975", expect: json("rows") } },
      { name: "dollars, base", allowed: `${allowed("dollars")}; base = ${CPI_BASE} (constant only)`, example: { href: "/api/aid?dollars=constant&base=2020", what: "constant 2020 dollars", expect: json("rows") } },
      { name: "measure, averageOver", allowed: `${allowed("measure")}; ${allowed("averageOver")}`, example: { href: "/api/aid?measure=per-year&averageOver=every-year", what: "per-year averages over every year of each decade", expect: json("rows") } },
      { name: "format", allowed: "json (default) or csv", example: { href: "/api/aid?groupBy=year&format=csv", what: "each fiscal year as CSV", expect: csv("period_id") } },
    ],
  },
  {
    path: "/api/programmes",
    what: "Obligations per programme over a range of fiscal years, with shares (null, with a note, where the Greenbook has no programme detail).",
    example: { href: "/api/programmes", what: "every programme, FY1955-2024", expect: json("programmes") },
    params: [
      { name: "from, to", allowed: FISCAL_YEARS, example: { href: "/api/programmes?from=1993&to=2008", what: "programmes 1993-2008", expect: json("programmes") } },
      { name: "dollars, base", allowed: `${allowed("dollars")}; ${CPI_BASE}`, example: { href: "/api/programmes?dollars=constant&base=2025", what: "in constant 2025 dollars", expect: json("programmes") } },
      { name: "format", allowed: "json or csv", example: { href: "/api/programmes?format=csv", what: "as CSV", expect: csv("programme_id") } },
    ],
  },
  {
    path: "/api/events",
    what: "Dated events, in date order, with their precision, category, confidence, sources and alternative dates.",
    example: { href: "/api/events", what: "every event", expect: json("events") },
    params: [
      { name: "from, to", allowed: "calendar years", example: { href: "/api/events?from=1969&to=1975", what: "events of 1969-1975", expect: json("events") } },
      { name: "category", allowed: "diplomatic, aid, military, legislative, political, economic", example: { href: "/api/events?category=military", what: "military events", expect: json("events") } },
      { name: "format", allowed: "json or csv", example: { href: "/api/events?format=csv", what: "as CSV", expect: csv("id") } },
    ],
  },
  { path: "/api/relations", what: "The status scale and the phases of relations with their sources and disputed boundaries.", example: { href: "/api/relations", what: "the phases", expect: json("segments") }, params: [{ name: "format", allowed: "json or csv", example: { href: "/api/relations?format=csv", what: "as CSV", expect: csv("id") } }] },
  { path: "/api/sources", what: "Every source: publisher, title, edition, date, coverage, address.", example: { href: "/api/sources", what: "every source", expect: json("sources") }, params: [{ name: "format", allowed: "json or csv", example: { href: "/api/sources?format=csv", what: "as CSV", expect: csv("id") } }] },
  { path: "/api/reconciliation", what: "Each seed figure against the Greenbook for the same years, kind and programme.", example: { href: "/api/reconciliation", what: "the ten comparisons", expect: json("reconciliations") }, params: [{ name: "format", allowed: "json or csv", example: { href: "/api/reconciliation?format=csv", what: "as CSV", expect: csv("figure_id") } }] },
  { path: "/api/disputes", what: "Claims the sources disagree on, with both sides and their sources.", example: { href: "/api/disputes", what: "every dispute", expect: json("disputes") }, params: [{ name: "format", allowed: "json or csv", example: { href: "/api/disputes?format=csv", what: "as CSV", expect: csv("id") } }] },
  {
    path: "/api/takeaway",
    what: "A chart's computed title, takeaway and sources for a view (JSON only).",
    example: { href: "/api/takeaway?chart=aid-by-period", what: "chart 1's takeaway for the default view", expect: json("takeaway") },
    params: [{ name: "chart", allowed: "aid-by-period, relations-band, military-share, seed-vs-greenbook (required), plus any view setting", example: { href: "/api/takeaway?chart=military-share&groupBy=year&from=1970&to=1975", what: "chart 3's takeaway for FY1970-1975 by year", expect: json("takeaway") } }],
  },
];

/** The error format: a bad parameter answers 400 with the parameter and the allowed values. */
export const API_ERROR_EXAMPLE: ApiExample = { href: "/api/aid?groupBy=week", what: "an unknown value", expect: json("error", 400) };
