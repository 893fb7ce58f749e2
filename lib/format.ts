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

export function formatPercent(p: number | null, digits = 1): string {
  if (p === null || !Number.isFinite(p)) return "n/a";
  // a small difference keeps two decimals rather than reading "-0.0%"
  const d = p !== 0 && Math.abs(p) < 0.05 ? 2 : digits;
  return `${p > 0 ? "+" : ""}${p.toFixed(d)}%`;
}

function trim(x: number, digits: number): string {
  return x.toFixed(digits).replace(/\.0+$/, "").replace(/(\.\d*?)0+$/, "$1");
}
