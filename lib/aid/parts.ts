// The stacks of chart 1: each period's amount split by kind, by programme group, or by grant versus loan.
import { type CpiTable, deflateToBaseYear } from "./cpi";
import { roundPartsTo, type AidRow, type AverageOver, type Period } from "./aggregate";
import type { AnnualRow, ProgrammeFile } from "../data/schema";

export const SPLITS = ["kind", "programme", "form"] as const;
export type Split = (typeof SPLITS)[number];

export interface PartKey {
  key: string;
  label: string;
  /** CSS custom property holding the fill colour: both faces and the exports resolve the same variable */
  colorVar: string;
  /** a shorter name for the page's legend on a phone, where eight long names would push the band off the first
   * screen; the full name stays the accessible one and is in the table, the tooltip and every export */
  short?: string;
}

export interface Part {
  key: string;
  amount: number | null;
}

const KIND_KEYS: PartKey[] = [
  { key: "economic", label: "Economic", colorVar: "--chart-economic" },
  { key: "military", label: "Military", colorVar: "--chart-military" },
];
const SEED_TOTAL_KEY: PartKey = { key: "total", label: "Total (no split stated)", colorVar: "--chart-unsplit" };
const UNSPLIT_KEY: PartKey = { key: "unsplit", label: "Total only (no breakdown, FY2021 on)", short: "Total only (FY2021 on)", colorVar: "--chart-unsplit" };

/** Programme groups a reader knows; each Greenbook programme belongs to exactly one. */
const PROGRAMME_GROUPS: (PartKey & { programmeIds: string[] })[] = [
  { key: "esf", label: "Economic Support Fund", colorVar: "--chart-p1", programmeIds: ["esf"] },
  { key: "development", label: "Development assistance and USAID", short: "Development and USAID", colorVar: "--chart-p2", programmeIds: ["development-assistance", "development-credit", "usaid-operations"] },
  { key: "food", label: "Food aid (PL 480 and USDA)", short: "Food aid (PL 480, USDA)", colorVar: "--chart-p3", programmeIds: ["pl480-title-i", "pl480-title-ii", "food-aid-other"] },
  { key: "health-other", label: "Health, democracy and other economic", short: "Health, democracy, other", colorVar: "--chart-p4", programmeIds: ["global-health", "democracy", "peace-corps", "demining-security", "humanitarian", "other-economic"] },
  { key: "military-equipment", label: "Military equipment (MAP, excess articles)", short: "Military equipment", colorVar: "--chart-p5", programmeIds: ["map", "eda"] },
  { key: "military-other", label: "FMF, IMET and other military", short: "FMF, IMET, other military", colorVar: "--chart-p6", programmeIds: ["imet", "fmf", "counter-drug", "other-military"] },
];
const FORM_KEYS: PartKey[] = [
  { key: "grant", label: "Grants", colorVar: "--chart-economic" },
  { key: "loan", label: "Loans and credits", colorVar: "--chart-military" },
];

export function partKeysFor(split: Split, series: "annual" | "seed"): PartKey[] {
  if (series === "seed") return [...KIND_KEYS, SEED_TOTAL_KEY];
  if (split === "programme") return [...PROGRAMME_GROUPS, UNSPLIT_KEY];
  if (split === "form") return [...FORM_KEYS, UNSPLIT_KEY];
  return [...KIND_KEYS, UNSPLIT_KEY];
}

/** Parts for kind split come straight from the aggregated row. */
export function kindParts(row: AidRow): Part[] {
  if (row.series === "seed")
    return [
      { key: "economic", amount: row.economic },
      { key: "military", amount: row.military },
      { key: "total", amount: row.total },
    ];
  return [
    { key: "economic", amount: row.economic },
    { key: "military", amount: row.military },
    { key: "unsplit", amount: row.unsplit },
  ];
}

/**
 * Programme-group or grant/loan parts per period, from the Greenbook accounts; years after the programme detail
 * (FY2021 on) go to "unsplit". Amounts follow the row's dollars and measure.
 */
export function detailedParts(
  split: "programme" | "form",
  periods: readonly Period[],
  ctx: { annual: readonly AnnualRow[]; programmes: ProgrammeFile; cpi: CpiTable },
  opts: { dollars: "nominal" | "constant"; baseYear: number | null; measure: "total" | "per-year"; averageOver?: AverageOver },
): Map<string, Part[]> {
  const programmeOf = new Map(ctx.programmes.accounts.map((a) => [a.id, a.programmeId]));
  const formOf = new Map(ctx.programmes.programmes.map((p) => [p.id, p.form]));
  const groupOf = new Map(PROGRAMME_GROUPS.flatMap((g) => g.programmeIds.map((id) => [id, g.key] as const)));
  const detailYears = new Set(ctx.programmes.rows.map((r) => r.fiscalYear));
  const rowsByYear = new Map<number, { accountId: string; amount: number }[]>();
  for (const r of ctx.programmes.rows) {
    const list = rowsByYear.get(r.fiscalYear) ?? [];
    list.push(r);
    rowsByYear.set(r.fiscalYear, list);
  }
  const annualByYear = new Map(ctx.annual.map((r) => [r.fiscalYear, r]));
  const conv = (amount: number, fy: number) =>
    opts.dollars === "constant" && opts.baseYear !== null ? deflateToBaseYear(amount, fy, opts.baseYear, ctx.cpi) : amount;
  const keys = partKeysFor(split, "annual").map((k) => k.key);
  const out = new Map<string, Part[]>();
  for (const p of periods) {
    const sums = new Map<string, number>();
    let total = 0;
    let withData = 0;
    let withDetail = 0;
    for (let fy = p.from; fy <= p.to; fy++) {
      const annual = annualByYear.get(fy);
      if (!annual || annual.total === null) continue;
      withData++;
      total += conv(annual.total, fy);
      // a year known to be $0 has every programme and form at $0: known detail, nothing to add
      if (annual.status === "known-zero") {
        withDetail++;
        continue;
      }
      if (!detailYears.has(fy)) {
        sums.set("unsplit", (sums.get("unsplit") ?? 0) + conv(annual.total, fy));
        continue;
      }
      withDetail++;
      for (const r of rowsByYear.get(fy) ?? []) {
        const programmeId = programmeOf.get(r.accountId)!;
        const key = split === "programme" ? groupOf.get(programmeId)! : formOf.get(programmeId)!;
        sums.set(key, (sums.get(key) ?? 0) + conv(r.amount, fy));
      }
    }
    const divYears = opts.averageOver === "every-year" ? p.to - p.from + 1 : withData;
    const div = opts.measure === "per-year" && withData > 0 ? divYears : 1;
    // a breakdown nobody published is unknown, not zero: programme or form parts of years after the detail ends
    // (FY2021 on) are null, as the unsplit part is for years that have the detail
    const exact = keys.map((key) => {
      const known = key === "unsplit" ? withData > withDetail : withDetail > 0;
      return withData === 0 || !known ? null : (sums.get(key) ?? 0) / div;
    });
    // rounded so the parts add up to the period's total (aggregateAnnual rounds the same sum the same way)
    const rounded = withData === 0 ? exact : roundPartsTo(exact, Math.round(total / div));
    out.set(p.id, keys.map((key, i) => ({ key, amount: rounded[i] })));
  }
  return out;
}
