// Reads the files in data/, validates each with its zod schema and then across files; errors name file, record and field.
import { readFileSync } from "node:fs";
import { errorPosition, scanJson } from "./json-scan";
import path from "node:path";
import type { z } from "zod";
import {
  AnnualFileSchema,
  CpiFileSchema,
  DisputesFileSchema,
  EventsFileSchema,
  ForeignAssistanceFileSchema,
  ProgrammeFileSchema,
  RelationsFileSchema,
  SeedFiguresFileSchema,
  SourcesFileSchema,
  type AnnualFile,
  type CpiFile,
  type DisputesFile,
  type EventsFile,
  type ForeignAssistanceFile,
  type ProgrammeFile,
  type RelationsFile,
  type SeedFiguresFile,
  type Source,
} from "./schema";

export const DATA_FILES = {
  sources: "sources.json",
  eventSources: "sources-events.json",
  seed: "seed-figures.json",
  annual: "annual-aid.json",
  programmes: "programme-obligations.json",
  cpi: "cpi-u.json",
  foreignAssistance: "foreignassistance-obligations.json",
  events: "events.json",
  relations: "relations.json",
  disputes: "disputes.json",
} as const;
type FileKey = keyof typeof DATA_FILES;

export interface Dataset {
  sources: Source[];
  sourceById: ReadonlyMap<string, Source>;
  seed: SeedFiguresFile;
  annual: AnnualFile;
  programmes: ProgrammeFile;
  cpi: CpiFile;
  foreignAssistance: ForeignAssistanceFile;
  events: EventsFile;
  relations: RelationsFile;
  disputes: DisputesFile;
}

export class DataValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid data (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.join("\n")}`);
    this.name = "DataValidationError";
  }
}

/** ["rows", 12, "military"] -> "rows[12].military" */
export function formatPath(segments: readonly PropertyKey[]): string {
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
export const MAX_DATA_FILE_CHARS = 5_000_000;

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

const SCHEMAS = {
  sources: SourcesFileSchema,
  eventSources: SourcesFileSchema,
  seed: SeedFiguresFileSchema,
  annual: AnnualFileSchema,
  programmes: ProgrammeFileSchema,
  cpi: CpiFileSchema,
  foreignAssistance: ForeignAssistanceFileSchema,
  events: EventsFileSchema,
  relations: RelationsFileSchema,
  disputes: DisputesFileSchema,
} as const;

/** Validates a whole set of file texts (keyed like DATA_FILES) and returns the dataset or throws DataValidationError. */
export function buildDataset(texts: Record<FileKey, string | null>, dirLabel = "data"): Dataset {
  const problems: string[] = [];
  const parsed: Partial<Record<FileKey, unknown>> = {};
  for (const key of Object.keys(DATA_FILES) as FileKey[]) {
    const label = `${dirLabel}/${DATA_FILES[key]}`;
    const text = texts[key];
    if (text === null) {
      problems.push(`${label}: the file is missing`);
      continue;
    }
    const r = parseDataText(label, text, SCHEMAS[key]);
    if (r.ok) parsed[key] = r.value;
    else problems.push(...r.problems);
  }
  if (problems.length) throw new DataValidationError(problems);
  const ds = {
    coreSourceCount: (parsed.sources as { sources: Source[] }).sources.length,
    sources: [
      ...(parsed.sources as { sources: Source[] }).sources,
      ...(parsed.eventSources as { sources: Source[] }).sources,
    ],
    seed: parsed.seed as SeedFiguresFile,
    annual: parsed.annual as AnnualFile,
    programmes: parsed.programmes as ProgrammeFile,
    cpi: parsed.cpi as CpiFile,
    foreignAssistance: parsed.foreignAssistance as ForeignAssistanceFile,
    events: parsed.events as EventsFile,
    relations: parsed.relations as RelationsFile,
    disputes: parsed.disputes as DisputesFile,
  };
  problems.push(...crossCheck(ds, dirLabel));
  if (problems.length) throw new DataValidationError(problems);
  const { coreSourceCount: _count, ...rest } = ds;
  return { ...rest, sourceById: new Map(ds.sources.map((s) => [s.id, s])) };
}

/** Checks that only show across records or files: duplicates, references, order, overlaps, sums. */
function crossCheck(ds: Omit<Dataset, "sourceById"> & { coreSourceCount: number }, dir: string): string[] {
  const out: string[] = [];
  const f = (key: FileKey) => `${dir}/${DATA_FILES[key]}`;
  const sourceIds = new Set<string>();
  ds.sources.forEach((s, i) => {
    const file = i < ds.coreSourceCount ? f("sources") : f("eventSources");
    if (sourceIds.has(s.id)) out.push(`${file}: sources: duplicate source id "${s.id}"`);
    sourceIds.add(s.id);
  });
  const knownSource = (file: string, where: string, ids: readonly string[]) => {
    for (const sid of ids) if (!sourceIds.has(sid)) out.push(`${file}: ${where}: unknown source id "${sid}"`);
  };

  // Annual series: one row per fiscal year, consecutive, null exactly when there is no data.
  const annualFile = f("annual");
  const seenYears = new Map<number, number>();
  ds.annual.rows.forEach((r, i) => {
    const at = `rows[${i}]`;
    if (seenYears.has(r.fiscalYear)) out.push(`${annualFile}: ${at}.fiscalYear: duplicate year ${r.fiscalYear} (also rows[${seenYears.get(r.fiscalYear)}])`);
    seenYears.set(r.fiscalYear, i);
    if (i > 0) {
      const prevYear = ds.annual.rows[i - 1].fiscalYear;
      if (r.fiscalYear < prevYear) out.push(`${annualFile}: ${at}.fiscalYear: years must increase (${r.fiscalYear} after ${prevYear})`);
      else if (r.fiscalYear > prevYear + 1)
        out.push(`${annualFile}: ${at}.fiscalYear: gap before ${r.fiscalYear}; list a year without records with status "no-data"`);
    }
    knownSource(annualFile, `${at}.sourceId`, [r.sourceId]);
    if (r.status === "no-data") {
      for (const k of ["economic", "military", "total"] as const)
        if (r[k] !== null) out.push(`${annualFile}: ${at}.${k}: a "no-data" year must have null, received ${r[k]}`);
    } else {
      if (r.total === null) out.push(`${annualFile}: ${at}.total: a year with records needs a total`);
      if ((r.economic === null) !== (r.military === null))
        out.push(`${annualFile}: ${at}.${r.economic === null ? "economic" : "military"}: give both economic and military or neither`);
      if (r.economic !== null && r.military !== null && r.total !== null && r.economic + r.military !== r.total)
        out.push(`${annualFile}: ${at}.total: ${r.total} is not economic + military (${r.economic + r.military})`);
    }
  });
  ds.annual.sourceChanges.forEach((c, i) => knownSource(annualFile, `sourceChanges[${i}]`, [c.from, c.to]));

  // Seed figures.
  const seedFile = f("seed");
  knownSource(seedFile, "sourceId", [ds.seed.sourceId]);
  const seedIds = new Set<string>();
  [...ds.seed.figures, ...ds.seed.nonAid].forEach((fig) => {
    if (seedIds.has(fig.id)) out.push(`${seedFile}: duplicate figure id "${fig.id}"`);
    seedIds.add(fig.id);
  });
  ds.seed.figures.forEach((fig, i) => {
    if (fig.endYear < fig.startYear) out.push(`${seedFile}: figures[${i}].endYear: ${fig.endYear} is before startYear ${fig.startYear}`);
  });

  // Programmes and accounts.
  const progFile = f("programmes");
  knownSource(progFile, "sourceId", [ds.programmes.sourceId]);
  const programmes = new Map(ds.programmes.programmes.map((p) => [p.id, p]));
  if (programmes.size !== ds.programmes.programmes.length) out.push(`${progFile}: programmes: duplicate programme id`);
  const accounts = new Map<string, (typeof ds.programmes.accounts)[number]>();
  ds.programmes.accounts.forEach((a, i) => {
    if (accounts.has(a.id)) out.push(`${progFile}: accounts[${i}].id: duplicate account id "${a.id}"`);
    accounts.set(a.id, a);
    const p = programmes.get(a.programmeId);
    if (!p) out.push(`${progFile}: accounts[${i}].programmeId: unknown programme "${a.programmeId}"`);
    else if (p.kind !== a.kind) out.push(`${progFile}: accounts[${i}].kind: ${a.kind} account in ${p.kind} programme "${p.id}"`);
  });
  const seenAccountYears = new Set<string>();
  const sums = new Map<string, number>();
  ds.programmes.rows.forEach((r, i) => {
    const key = `${r.fiscalYear}/${r.accountId}`;
    if (seenAccountYears.has(key)) out.push(`${progFile}: rows[${i}]: duplicate row for FY${r.fiscalYear} account "${r.accountId}"`);
    seenAccountYears.add(key);
    const a = accounts.get(r.accountId);
    if (!a) {
      out.push(`${progFile}: rows[${i}].accountId: unknown account "${r.accountId}"`);
      return;
    }
    const sk = `${r.fiscalYear}/${a.kind}`;
    sums.set(sk, (sums.get(sk) ?? 0) + r.amount);
  });
  for (const r of ds.annual.rows) {
    if (r.sourceId !== ds.programmes.sourceId || r.status === "no-data") continue;
    for (const kind of ["economic", "military"] as const) {
      const want = r[kind];
      const got = sums.get(`${r.fiscalYear}/${kind}`) ?? 0;
      if (want !== null && want !== got)
        out.push(`${progFile}: rows: FY${r.fiscalYear} ${kind} accounts sum to ${got}, but ${annualFile} has ${want}`);
    }
  }

  // CPI.
  const cpiFile = f("cpi");
  knownSource(cpiFile, "sourceId", [ds.cpi.sourceId]);
  ds.cpi.rows.forEach((r, i) => {
    if (i > 0 && r.year !== ds.cpi.rows[i - 1].year + 1)
      out.push(`${cpiFile}: rows[${i}].year: ${r.year} does not follow ${ds.cpi.rows[i - 1].year} (duplicate or gap)`);
  });

  // ForeignAssistance.gov editions.
  const faFile = f("foreignAssistance");
  const faSeen = new Set<string>();
  ds.foreignAssistance.rows.forEach((r, i) => {
    const key = `${r.sourceId}/${r.fiscalYear}`;
    if (faSeen.has(key)) out.push(`${faFile}: rows[${i}]: duplicate year ${r.fiscalYear} for ${r.sourceId}`);
    faSeen.add(key);
    knownSource(faFile, `rows[${i}].sourceId`, [r.sourceId]);
  });

  // Events.
  const evFile = f("events");
  const evIds = new Set<string>();
  ds.events.events.forEach((e, i) => {
    const at = `events[${i}]`;
    if (evIds.has(e.id)) out.push(`${evFile}: ${at}.id: duplicate event id "${e.id}"`);
    evIds.add(e.id);
    knownSource(evFile, `${at}.sourceIds`, e.sourceIds);
    const parts = e.start.split("-").length;
    const want = { day: 3, month: 2, year: 1 } as const;
    if (e.precision in want && parts !== want[e.precision as keyof typeof want])
      out.push(`${evFile}: ${at}.start: "${e.start}" does not match precision "${e.precision}"`);
    if ((e.precision === "range" || e.precision === "approximate") && e.end === null)
      out.push(`${evFile}: ${at}.end: a ${e.precision} date needs an end`);
    if (e.precision === "approximate" && e.label === null) out.push(`${evFile}: ${at}.label: an approximate date needs a label`);
    if (e.end !== null && e.end < e.start) out.push(`${evFile}: ${at}.end: ${e.end} is before start ${e.start}`);
  });

  // Relations: an ordered scale and consecutive, non-overlapping segments up to coverageEnd.
  const relFile = f("relations");
  const statuses = new Set(ds.relations.scale.map((s) => s.status));
  if (statuses.size !== ds.relations.scale.length) out.push(`${relFile}: scale: duplicate status`);
  const ranks = ds.relations.scale.map((s) => s.rank);
  if (new Set(ranks).size !== ranks.length) out.push(`${relFile}: scale: duplicate rank`);
  ds.relations.segments.forEach((s, i) => {
    const at = `segments[${i}]`;
    if (!statuses.has(s.status)) out.push(`${relFile}: ${at}.status: "${s.status}" is not on the scale`);
    if (s.end <= s.start) out.push(`${relFile}: ${at}.end: ${s.end} is not after start ${s.start}`);
    knownSource(relFile, `${at}.sourceIds`, s.sourceIds);
    s.startBoundary.alternatives.forEach((a, j) => knownSource(relFile, `${at}.startBoundary.alternatives[${j}].sourceIds`, a.sourceIds));
    if (i > 0) {
      const prev = ds.relations.segments[i - 1];
      if (s.start < prev.end) out.push(`${relFile}: ${at}.start: ${s.start} overlaps segments[${i - 1}] (ends ${prev.end})`);
      else if (s.start > prev.end) out.push(`${relFile}: ${at}.start: gap after segments[${i - 1}] (ends ${prev.end})`);
    }
  });
  const last = ds.relations.segments[ds.relations.segments.length - 1];
  if (last && last.end !== ds.relations.coverageEnd)
    out.push(`${relFile}: segments[${ds.relations.segments.length - 1}].end: ${last.end} is not coverageEnd ${ds.relations.coverageEnd}`);

  // Disputes.
  const dFile = f("disputes");
  ds.disputes.disputes.forEach((d, i) => {
    knownSource(dFile, `disputes[${i}].claimSourceIds`, d.claimSourceIds);
    knownSource(dFile, `disputes[${i}].contrarySourceIds`, d.contrarySourceIds);
    if (d.check && !programmes.has(d.check.programmeId)) out.push(`${dFile}: disputes[${i}].check.programmeId: unknown programme "${d.check.programmeId}"`);
    if (d.check && d.check.to < d.check.from) out.push(`${dFile}: disputes[${i}].check.to: ${d.check.to} is before from ${d.check.from}`);
  });
  return out;
}

/** Reads every data file from a directory (tests point this at fixtures) and validates the set. */
export function loadDatasetFromDir(dir: string): Dataset {
  const texts = {} as Record<FileKey, string | null>;
  for (const [key, name] of Object.entries(DATA_FILES) as [FileKey, string][]) {
    try {
      texts[key] = readFileSync(path.join(dir, name), "utf8");
    } catch {
      texts[key] = null;
    }
  }
  return buildDataset(texts, path.relative(process.cwd(), dir) || dir);
}
