// Types of scripts/bench/results-md.mjs for the TypeScript that imports it (tests/bench-results-md.test.ts).
export interface EdgeRow {
  target: string;
  path: string;
  app: string;
  mode: string;
  client: string;
  status: number | null;
  xCache: string | null;
  rps: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  errors: number;
  bytesPerResponse: number | null;
  cpuMsPer1000: number | null;
  /** through the cache: each round's rate, of which `rps` is the median */
  rpsRuns?: (number | null)[];
}
export interface BenchResult {
  startedAt: string;
  finishedAt?: string;
  node: string;
  next: string;
  commit?: string | null;
  load: { start: { one: number; cpus: number }; end?: { one: number } | null };
  warnings: string[];
  settings: { n: number; loadTest: { connections: number; durationS: number }; lighthouseRuns: number };
  summary: { figure: string; dashboard: string; reference: string; ratio: string }[];
  edge?: { connections: number; durationS: number; rounds?: number; rows: EdgeRow[] };
}
export function resultsMarkdown(result: BenchResult): string;
export function currentCommit(root: string): string | null;
export const RESULTS_MD: string;
