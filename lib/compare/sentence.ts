// The comparison section's computed sentences: how Cambodia's 1970s aid per person compared with its neighbours', and
// what each financier committed or paid in 2010-2019, each on its own basis. Pure functions of the data.
import { formatUsdShort } from "../util/format";
import { getFinancierView, type FinancierView } from "./financiers";
import { neighbourCell, type NeighbourContext, type NeighbourMeasure } from "./neighbours";
import type { CompareData, NeighbourId } from "./schema";
import { SOUTH_VIETNAM_LAST_YEAR } from "./population";

/** $421.67 per person, 0.32% of GDP, $1.03B: a value of a measure as a table cell or a sentence says it. */
export function formatMeasure(value: number | null, measure: NeighbourMeasure): string {
  if (value === null) return "no data";
  if (measure === "per-person") return `${value < 0 ? "-" : ""}$${Math.abs(value).toFixed(2)}`;
  if (measure === "gdp-share") {
    const pct = value * 100;
    return `${pct.toFixed(Math.abs(pct) >= 1 ? 1 : Math.abs(pct) >= 0.1 ? 2 : 3)}%`;
  }
  return formatUsdShort(value);
}

const DECADE = { id: "1970s", label: "1970s", from: 1970, to: 1979 };

/** "In the 1970s the United States obligated $273.65 per person to Cambodia over FY1970-1975, its years with records, against $454.72 in Laos ..." */
export function neighboursSentence(c: CompareData, countries: readonly NeighbourId[], ctx: NeighbourContext, opts: { brief?: boolean } = {}): string {
  const q = { countries, groupBy: "decade", from: DECADE.from, to: DECADE.to, dollars: "nominal", baseYear: null, measure: "per-person" } as const;
  const cells = countries.map((country) => neighbourCell(c, country, DECADE, q, ctx));
  const kh = cells.find((x) => x.country === "cambodia");
  if (!kh || kh.total === null) return "";
  const years = (x: (typeof cells)[number]) => {
    const have: number[] = [];
    for (let y = DECADE.from; y <= DECADE.to; y++) if (!x.missingYears.includes(y)) have.push(y);
    const zeros = x.knownZeroYears.length ? `, ${x.knownZeroYears.length} of them known to be $0` : "";
    return have.length === 10 && !zeros ? "" : ` (${have.length} of 10 years with ${zeros ? "known values" : "records"}${zeros})`;
  };
  const name = (x: (typeof cells)[number]) => (x.country === "vietnam" ? `Vietnam (South Vietnam to ${SOUTH_VIETNAM_LAST_YEAR})` : x.label);
  const others = cells.filter((x) => x.country !== "cambodia").map((x) => (x.total === null ? `no data for ${name(x)}` : `${formatMeasure(x.total, "per-person")} in ${name(x)}${years(x)}`));
  const totals = cells.map((x) => x.amountUsd ?? 0);
  const sum = totals.reduce((a, b) => a + b, 0);
  const share = sum > 0 && kh.amountUsd !== null ? ` Cambodia received ${((kh.amountUsd / sum) * 100).toFixed(1)}% of US aid to these ${cells.length} countries in the decade.` : "";
  if (opts.brief) {
    // a slide's two lines, for as many as eight countries: whole dollars from $10 a person up, the shortest names
    const money = (v: number) => (Math.abs(v) >= 10 ? `${v < 0 ? "-" : ""}$${Math.round(Math.abs(v))}` : formatMeasure(v, "per-person"));
    const short = (x: (typeof cells)[number]) => `${x.country === "vietnam" ? "S. Vietnam" : x.label.replace(/ \(.*\)$/, "")} ${x.total === null ? "no data" : money(x.total)}`;
    const part = sum > 0 && kh.amountUsd !== null ? ` Cambodia: ${((kh.amountUsd / sum) * 100).toFixed(1)}% of US aid to the ${cells.length}.` : "";
    return `1970s US aid per person: ${cells.map(short).join("; ")}.${part}`;
  }
  return (
    `In the 1970s the United States obligated ${formatMeasure(kh.total, "per-person")} per person to Cambodia${years(kh)}` +
    (others.length ? `, against ${others.join(", ")}.` : ".") +
    share
  );
}

const PICK: readonly [string, string][] = [
  ["us-obligations", "obligated (fiscal years)"],
  ["us-grants-disbursed", "disbursed in grants"],
  ["china-commitments", "committed (AidData; its 2021 dollars brought to current dollars with CPI-U, approximate)"],
  ["china-loans-disbursed", "disbursed in loans"],
  ["japan-grants-disbursed", "disbursed in grants"],
  ["japan-loans-disbursed", "disbursed in loans"],
  ["adb-loans-disbursed", "disbursed in loans"],
  ["ida-loans-disbursed", "disbursed in loans"],
];

/** One line per financier for a span, each amount on its own basis: "United States: $1.06B obligated (FY2010-2019) ...". */
const SHORT_FINANCIER: Record<string, string> = { "United States": "US", "Asian Development Bank": "ADB", "World Bank IDA": "IDA", "EU institutions": "EU" };

const BASIS_BRIEF: Record<string, string> = { disbursement: "disbursed", commitment: "committed", obligation: "obligated (US fiscal years)", "debt-service": "paid in debt service" };

export function financiersSentence(view: FinancierView, opts: { basis?: string } = {}): string {
  const parts: string[] = [];
  for (const [id, verb] of PICK) {
    const s = view.series.find((x) => x.id === id);
    const cell = s?.cells[0];
    if (!s || !cell || cell.amount === null) continue;
    parts.push(`${s.financierLabel} ${formatUsdShort(cell.amount)} ${verb}`);
  }
  // a slide of one basis names that basis's series alone, the verb once
  const briefParts = view.series.flatMap((s) => {
    const cell = s.cells[0];
    if (s.basis !== opts.basis || !cell || cell.amount === null) return [];
    const kind = /-(grants|loans)-/.exec(`${s.id}-`)?.[1];
    return [`${SHORT_FINANCIER[s.financierLabel] ?? s.financierLabel}${kind ? ` ${kind}` : ""} ${formatUsdShort(cell.amount)}`];
  });
  if (opts.basis) return briefParts.length ? `${view.query.from}-${view.query.to}, ${BASIS_BRIEF[opts.basis] ?? opts.basis}: ${briefParts.join("; ")}.` : "";
  return parts.length ? `${view.query.from}-${view.query.to}: ${parts.join("; ")}. Each on its own basis; none of these are added together.` : "";
}

export function financiersDecadeView(c: CompareData, ctx: NeighbourContext & { annual: NeighbourContext["annual"] }, from = 2010, to = 2019): FinancierView {
  return getFinancierView(
    c,
    { basis: "all", financiers: ["us", "china", "japan", "adb", "ida"], china: "v3", groupBy: "span", from, to, dollars: "nominal", baseYear: null, measure: "total" },
    ctx,
  );
}
