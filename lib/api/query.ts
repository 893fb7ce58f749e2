// Strict parsing of API query strings: every failure names the parameter and what it allows.
export type ParamSpec =
  | { kind: "enum"; values: readonly string[] }
  | { kind: "int"; min: number; max: number; what: string }
  /** a list of known values, comma-separated or repeated (a form's checkboxes send one parameter each) */
  | { kind: "list"; values: readonly string[] };

export type QuerySpec = Record<string, ParamSpec>;

export type QueryValues<S extends QuerySpec> = {
  [K in keyof S]?: S[K] extends { kind: "list"; values: readonly (infer V)[] } ? V[] : S[K] extends { kind: "enum"; values: readonly (infer V)[] } ? V : number;
};

export interface QueryIssue {
  param: string;
  message: string;
}

export const MAX_VALUE_LENGTH = 40;
/** A comma list of every id is longer than one value may usually be. */
const MAX_LIST_LENGTH = 120;

function allowed(spec: ParamSpec): string {
  if (spec.kind === "int") return `a whole number from ${spec.min} to ${spec.max}`;
  const values = spec.values.map((v) => `"${v}"`).join(", ");
  return spec.kind === "list" ? `a comma-separated list of ${values}` : values;
}

/** The items of a list parameter's values (each may be a comma list): an unknown, repeated or over-long item is an
 * issue naming the allowed values. */
export function parseListValues<T extends string>(name: string, raws: readonly string[], values: readonly T[]): { ok: true; values: T[] } | { ok: false; issue: QueryIssue } {
  const allowedText = values.map((v) => `"${v}"`).join(", ");
  const out: T[] = [];
  for (const raw of raws) {
    if (raw.length > MAX_LIST_LENGTH) return { ok: false, issue: { param: name, message: `value is longer than ${MAX_LIST_LENGTH} characters; allowed: a comma-separated list of ${allowedText}` } };
    for (const item of raw.split(",").map((x) => x.trim())) {
      const known = values.find((a) => a === item);
      if (!known) return { ok: false, issue: { param: name, message: `unknown value "${item.slice(0, MAX_VALUE_LENGTH)}"; allowed values are ${allowedText}, separated by commas` } };
      if (out.includes(known)) return { ok: false, issue: { param: name, message: `"${known}" is listed twice; list each of ${allowedText} at most once` } };
      out.push(known);
    }
  }
  return { ok: true, values: out };
}

/** Parses search params against a spec: unknown, repeated, over-long, non-integer, out-of-range and unknown values are issues. */
export function parseQuery<S extends QuerySpec>(
  params: URLSearchParams,
  spec: S,
): { ok: true; values: QueryValues<S> } | { ok: false; issues: QueryIssue[] } {
  const issues: QueryIssue[] = [];
  const values: Record<string, string | number | string[]> = {};
  const names = [...new Set(params.keys())];
  for (const name of names) {
    const all = params.getAll(name);
    const s = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined;
    if (!s) {
      const known = Object.keys(spec);
      issues.push({
        param: name.slice(0, MAX_VALUE_LENGTH),
        message: `unknown parameter; allowed parameters are ${known.length ? known.map((k) => `"${k}"`).join(", ") : "none"}`,
      });
      continue;
    }
    if (s.kind === "list") {
      const list = parseListValues(name, all, s.values);
      if (list.ok) values[name] = list.values;
      else issues.push(list.issue);
      continue;
    }
    if (all.length > 1) {
      issues.push({ param: name, message: `given ${all.length} times; give it once, as ${allowed(s)}` });
      continue;
    }
    const raw = all[0];
    if (raw.length > MAX_VALUE_LENGTH) {
      issues.push({ param: name, message: `value is longer than ${MAX_VALUE_LENGTH} characters; allowed: ${allowed(s)}` });
      continue;
    }
    if (s.kind === "enum") {
      if (!s.values.includes(raw)) issues.push({ param: name, message: `unknown value "${raw}"; allowed values are ${allowed(s)}` });
      else values[name] = raw;
    } else {
      if (!/^-?\d+$/.test(raw)) issues.push({ param: name, message: `"${raw}" is not a whole number; expected ${s.what}, ${allowed(s)}` });
      else {
        const n = Number(raw);
        if (n < s.min || n > s.max) issues.push({ param: name, message: `${n} is out of range; expected ${s.what}, ${allowed(s)}` });
        else values[name] = n;
      }
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, values: values as QueryValues<S> };
}
