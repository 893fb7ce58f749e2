// Types of scripts/bench/wrk.mjs for the TypeScript that imports it (tests/bench-wrk.test.ts).
export interface WrkReport {
  rps: number;
  p50Ms: number | null;
  p99Ms: number | null;
  responses: number;
  errors: number;
  socket: { connect: number; read: number; write: number; timeout: number };
  non2xx: number;
  bytesPerResponse: number | null;
}
export function wrkPath(): string | null;
export function wrkTimeMs(s: string): number | null;
export function parseWrk(text: string): WrkReport;
export function childrenCpuSeconds(): number | null;
export function wrkLoad(
  url: string,
  o: { connections: number; durationS: number; warmupS: number; headers?: Record<string, string>; onRun?: (r: { stop: () => void } | null) => void },
): Promise<Omit<WrkReport, "p50Ms" | "p99Ms"> & { p50Ms: number; p99Ms: number; clientCpuMsPer1000: number | null }>;
