// Reads the files in data/, validates each with its zod schema and then across files; errors name file, record and field.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDataText } from "./parse";
import { crossCheck } from "./checks";
import { crossCheckCompare } from "../compare/checks";
import { COMPARE_FILES, COMPARE_SCHEMAS, compareData, type CompareData } from "../compare/schema";
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
  ...COMPARE_FILES,
} as const;
export type FileKey = keyof typeof DATA_FILES;

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
  /** the comparison files: neighbours, population, GDP, other financiers (lib/compare) */
  compare: CompareData;
}

export class DataValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid data (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.join("\n")}`);
    this.name = "DataValidationError";
  }
}

/** ["rows", 12, "military"] -> "rows[12].military" */
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
  ...COMPARE_SCHEMAS,
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
  const compare = compareData(parsed);
  problems.push(...crossCheck({ ...ds, compare }, (key) => `${dirLabel}/${DATA_FILES[key]}`));
  problems.push(
    ...crossCheckCompare(
      compare,
      { annual: ds.annual, annualLabel: `${dirLabel}/${DATA_FILES.annual}`, sourceIds: new Set(ds.sources.map((s) => s.id)) },
      (key) => `${dirLabel}/${DATA_FILES[key]}`,
    ),
  );
  if (problems.length) throw new DataValidationError(problems);
  const { coreSourceCount: _count, ...rest } = ds;
  return { ...rest, compare, sourceById: new Map(ds.sources.map((s) => [s.id, s])) };
}

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
