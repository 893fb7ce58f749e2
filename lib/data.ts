// Server-side access to the validated dataset: read and checked once per process.
import "server-only";
import path from "node:path";
import { loadDatasetFromDir, type Dataset } from "./dataset";

let cached: Dataset | undefined;

export function getDataset(): Dataset {
  cached ??= loadDatasetFromDir(path.join(process.cwd(), "data"));
  return cached;
}
