// Server-side access to the validated dataset: read and checked once per process.
import "server-only";
import path from "node:path";
import { loadDatasetFromDir, type Dataset } from "./dataset";

let cached: Dataset | undefined;

/** AID_DATA_DIR serves another copy of the data (the browser test of hostile fixture data); by default data/. */
export function getDataset(): Dataset {
  cached ??= loadDatasetFromDir(process.env.AID_DATA_DIR ? path.resolve(process.env.AID_DATA_DIR) : path.join(process.cwd(), "data"));
  return cached;
}
