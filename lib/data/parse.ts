// One data file's text to a typed value, or to problems that name the file, the record and the field.
import type { z } from "zod";
import { errorPosition, scanJson } from "./json-scan";

function formatPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out || "(root)";
}

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const s of segments) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[s];
  }
  return v;
}

function describeValue(v: unknown): string {
  if (v === undefined) return "nothing (the field is missing)";
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}, received ${describeValue(value)}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((x) => JSON.stringify(x)).join(", ")}, received ${describeValue(value)}`;
    default:
      return `${issue.message}, received ${describeValue(value)}`;
  }
}

/** Far above any real data file (the largest is under 100 kB): a file this size is a mistake, not data. */
const MAX_DATA_FILE_CHARS = 5_000_000;

/** Parses one file's text; returns the typed value or the list of problems, each prefixed with the file name. */
export function parseDataText<S extends z.ZodType>(
  fileLabel: string,
  text: string,
  schema: S,
): { ok: true; value: z.infer<S> } | { ok: false; problems: string[] } {
  if (text.length > MAX_DATA_FILE_CHARS)
    return { ok: false, problems: [`${fileLabel}: the file is ${(text.length / 1e6).toFixed(1)} MB; a data file may be at most ${MAX_DATA_FILE_CHARS / 1e6} MB`] };
  if (text.charCodeAt(0) === 0xfeff) return { ok: false, problems: [`${fileLabel}: starts with a byte-order mark (U+FEFF); save it as UTF-8 without one`] };
  if (text.trim() === "") return { ok: false, problems: [`${fileLabel}: the file is empty`] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const at = errorPosition(message, text) ?? scanJson(text).invalidAt;
    if (at === null) return { ok: false, problems: [`${fileLabel}: invalid JSON: ${message}`] };
    const line = text.slice(0, at).split("\n").length;
    const near = text.slice(Math.max(0, at - 12), at + 12).replace(/\s+/g, " ");
    return { ok: false, problems: [`${fileLabel}: ${formatPath(scanJson(text, at).path)}: invalid JSON at line ${line} near "${near}": ${message.split(/ in JSON| at position|, "|, \.\.\./)[0].replace(/\s+/g, " ")}`] };
  }
  const dupes = scanJson(text).duplicates;
  if (dupes.length)
    return { ok: false, problems: dupes.map((d) => `${fileLabel}: ${formatPath([...d.path, d.key])}: the key "${d.key}" is given more than once in the same record; JSON keeps only the last`) };
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${fileLabel}: ${formatPath(issue.path)}: ${issueMessage(issue, json)}`),
  };
}
