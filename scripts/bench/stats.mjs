// Small helpers of the bench: quantiles, rounding, ratios, the plain-text tables it prints, and the one check of
// its whole-number flags and environment settings.
/** Nearest-rank quantile. @param {number[]} xs sorted ascending @param {number} q 0..1 */
export const quantile = (xs, q) => {
  if (!xs.length) return NaN;
  const i = Math.min(xs.length - 1, Math.max(0, Math.ceil(q * xs.length) - 1)); // nearest rank
  return xs[i];
};
/** @param {number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
export const round = (/** @type {number | null | undefined} */ x, d = 1) => (x != null && Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);
export const ms = (/** @type {number | null | undefined} */ x) => (x == null || !Number.isFinite(x) ? "-" : x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(1)} ms`);
export const sleep = (/** @type {number} */ t) => new Promise((r) => setTimeout(r, t));
/** a / b, or null when either is missing or b is 0. @param {number | null | undefined} a @param {number | null | undefined} b */
export const ratio = (a, b) => (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? null : a / b);
/** "0.42x" @param {number | null | undefined} r */
export const fmtRatio = (r) => (r == null || !Number.isFinite(r) ? "-" : `${r < 10 ? r.toFixed(2) : r.toFixed(1)}x`);
export const orDash = (/** @type {unknown} */ x) => (x == null || (typeof x === "number" && !Number.isFinite(x)) ? "-" : String(x));
export const NA = "not available";

/** `raw` as a whole number from `min` to `max`; anything else throws a message naming `what` (a flag or a variable).
 * @param {string} what @param {string | undefined} raw @param {number} min @param {number} max */
export function wholeNumber(what, raw, min, max = Number.MAX_SAFE_INTEGER) {
  const n = Number(raw);
  if (raw === undefined || raw.trim() === "" || !Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${what} must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? " up" : ` to ${max}`}, not "${raw}"`);
  }
  return n;
}

/** The environment variable `name` as a whole number of at least `min`, or `fallback` when it is not set.
 * @param {string} name @param {number} fallback */
export function envInt(name, fallback, min = 1) {
  const raw = process.env[name];
  return raw === undefined ? fallback : wholeNumber(name, raw, min);
}

/**
 * A plain-text table; columns after the first are right-aligned.
 * @param {string[]} head @param {(string | number)[][]} rows
 */
export function table(head, rows) {
  const cells = rows.map((r) => r.map(String));
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (/** @type {string[]} */ r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join("  ");
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...cells.map(line)].join("\n");
}
export const heading = (/** @type {string} */ t) => console.log(`\n== ${t}`);
