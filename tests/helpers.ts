// Shared test fixtures: the real data files as texts, to load as-is or mutate one field at a time.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DATA_FILES, buildDataset, loadDatasetFromDir, type Dataset } from "@/lib/data/dataset";

export const DATA_DIR = path.join(__dirname, "..", "data");

export function realTexts(): Record<keyof typeof DATA_FILES, string | null> {
  const out = {} as Record<keyof typeof DATA_FILES, string | null>;
  for (const [k, f] of Object.entries(DATA_FILES)) out[k as keyof typeof DATA_FILES] = readFileSync(path.join(DATA_DIR, f), "utf8");
  return out;
}

let ds: Dataset | undefined;
export function realDataset(): Dataset {
  ds ??= loadDatasetFromDir(DATA_DIR);
  return ds;
}

type Path = readonly (string | number)[];
type Container = Record<string | number, unknown>;

export function getAt(json: unknown, p: Path): unknown {
  return p.reduce<unknown>((v, k) => (v as Container)[k], json);
}

/** Validation problems for the real data with one value in one file replaced (undefined deletes the field). */
export function problemsAfter(key: keyof typeof DATA_FILES, p: Path, value: unknown): string[] {
  const texts = realTexts();
  const json: unknown = JSON.parse(texts[key]!);
  const parent = getAt(json, p.slice(0, -1)) as Container;
  const last = p[p.length - 1];
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  texts[key] = JSON.stringify(json);
  return problemsOf(texts);
}

/** A value of the real data, for building a mutation from it. */
export function realValue(key: keyof typeof DATA_FILES, p: Path): unknown {
  return getAt(JSON.parse(realTexts()[key]!), p);
}

export function problemsOf(texts: Record<keyof typeof DATA_FILES, string | null>): string[] {
  try {
    buildDataset(texts, "data");
    return [];
  } catch (e) {
    return (e as { problems?: string[] }).problems ?? [String(e)];
  }
}
