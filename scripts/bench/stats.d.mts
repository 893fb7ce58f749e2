// Types of scripts/bench/stats.mjs for the TypeScript that imports it (tests/bench-wrk.test.ts).
export function quantile(xs: number[], q: number): number;
export function median(xs: number[]): number;
export function round(x: number | null | undefined, d?: number): number | null;
export function ms(x: number | null | undefined): string;
export function sleep(t: number): Promise<void>;
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null;
export function fmtRatio(r: number | null | undefined): string;
export function orDash(x: unknown): string;
export const NA: string;
export function wholeNumber(what: string, raw: string | undefined, min: number, max?: number): number;
export function envInt(name: string, fallback: number, min?: number): number;
export function table(head: string[], rows: (string | number)[][]): string;
export function heading(t: string): void;
