// Number and money formatting shared by tables, charts, captions and exports.

/** $409.6M, $1.18B, $992,000, $0: short enough for a bar label, exact enough to check against the source. */
export function formatUsdShort(n: number | null): string {
  if (n === null) return "no data";
  const sign = n < 0 ? "-" : "";
  const a = Math.abs(n);
  if (a >= 1e9) return `${sign}$${trim(a / 1e9, a >= 1e10 ? 1 : 2)}B`;
  if (a >= 1e6) return `${sign}$${trim(a / 1e6, 1)}M`;
  return `${sign}$${Math.round(a).toLocaleString("en-US")}`;
}

/** Whole dollars with separators: $409,600,000. */
export function formatUsdFull(n: number | null): string {
  if (n === null) return "no data";
  return `${n < 0 ? "-" : ""}$${Math.round(Math.abs(n)).toLocaleString("en-US")}`;
}

/** A number already in percent: as given ("25%", axis ticks) or to `digits` decimals ("61.3%"); `signed` writes "+"
 * before a positive number (differences). Every percentage the site prints is written here. */
export function percentText(p: number, opts: { digits?: number; signed?: boolean } = {}): string {
  return `${opts.signed && p > 0 ? "+" : ""}${opts.digits === undefined ? String(p) : p.toFixed(opts.digits)}%`;
}

/** A signed difference in percent: "+29.6%", "-0.02%"; below `twoDecimalsBelow` (but not 0) two decimals are kept so a
 * small difference does not read as "-0.0%". */
export function formatPercent(p: number | null, digits = 1, twoDecimalsBelow = 0.05): string {
  if (p === null || !Number.isFinite(p)) return "n/a";
  return percentText(p, { digits: p !== 0 && Math.abs(p) < twoDecimalsBelow ? 2 : digits, signed: true });
}

function trim(x: number, digits: number): string {
  return x.toFixed(digits).replace(/\.0+$/, "").replace(/(\.\d*?)0+$/, "$1");
}
