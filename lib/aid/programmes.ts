// Obligations by programme and by form (grant or loan/credit), from the Greenbook's accounts.
import { type CpiTable, deflateToBaseYear } from "./cpi";
import type { Account, Programme, ProgrammeFile } from "../data/schema";

interface ProgrammeTotal {
  programme: Programme;
  /** null when no fiscal year of the range has programme records (no data, not zero) */
  amount: number | null;
  /** share of all obligations in the range, 0-1; null with no records */
  share: number | null;
  yearsWithObligations: number;
}

interface ProgrammeOptions {
  from: number;
  to: number;
  dollars: "nominal" | "constant";
  baseYear: number | null;
  cpi: CpiTable;
}

/** Sum of account rows that satisfy `match`, over fiscal years from..to, in the requested dollars. */
export function accountsTotal(
  file: ProgrammeFile,
  match: (a: Account) => boolean,
  opts: ProgrammeOptions,
): { amount: number; years: number[] } {
  const accounts = new Map(file.accounts.map((a) => [a.id, a]));
  let amount = 0;
  const years = new Set<number>();
  for (const r of file.rows) {
    if (r.fiscalYear < opts.from || r.fiscalYear > opts.to) continue;
    const a = accounts.get(r.accountId);
    if (!a || !match(a)) continue;
    amount += opts.dollars === "constant" && opts.baseYear !== null ? deflateToBaseYear(r.amount, r.fiscalYear, opts.baseYear, opts.cpi) : r.amount;
    if (r.amount !== 0) years.add(r.fiscalYear);
  }
  return { amount, years: [...years].sort((x, y) => x - y) };
}

/** Fiscal years of the range that have any programme record at all. */
export function yearsWithRecords(file: ProgrammeFile, from: number, to: number): number[] {
  return [...new Set(file.rows.filter((r) => r.fiscalYear >= from && r.fiscalYear <= to).map((r) => r.fiscalYear))].sort((a, b) => a - b);
}

/** Every programme's obligations over the range, largest first within economic then military. */
export function programmeBreakdown(file: ProgrammeFile, opts: ProgrammeOptions): ProgrammeTotal[] {
  const recorded = yearsWithRecords(file, opts.from, opts.to).length > 0;
  const totals: ProgrammeTotal[] = file.programmes.map((p) => {
    const t = accountsTotal(file, (a) => a.programmeId === p.id, opts);
    return { programme: p, amount: recorded ? Math.round(t.amount) : null, yearsWithObligations: t.years.length, share: null };
  });
  const all = totals.reduce((s, t) => s + (t.amount ?? 0), 0);
  for (const t of totals) t.share = t.amount === null ? null : all === 0 ? 0 : t.amount / all;
  return totals.sort((a, b) => (a.programme.kind === b.programme.kind ? (b.amount ?? 0) - (a.amount ?? 0) : a.programme.kind === "economic" ? -1 : 1));
}

/** Grants versus loans and credits over the range (null for both where no year has records). */
export function formBreakdown(file: ProgrammeFile, opts: ProgrammeOptions): { grant: number | null; loan: number | null } {
  if (yearsWithRecords(file, opts.from, opts.to).length === 0) return { grant: null, loan: null };
  const programmes = new Map(file.programmes.map((p) => [p.id, p]));
  const grant = accountsTotal(file, (a) => programmes.get(a.programmeId)?.form === "grant", opts).amount;
  const loan = accountsTotal(file, (a) => programmes.get(a.programmeId)?.form === "loan", opts).amount;
  return { grant: Math.round(grant), loan: Math.round(loan) };
}
