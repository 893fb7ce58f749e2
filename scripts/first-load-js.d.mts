// Types for scripts/first-load-js.mjs, so TypeScript callers (e2e/bundle-budget.spec.ts) are checked.
export interface ScriptSize {
  /** as written in the HTML */
  src: string;
  /** decoded (uncompressed) size */
  bytes: number;
  /** size after gzip -9 (node:zlib, level 9) */
  gzipBytes: number;
}

export interface FirstLoadJs {
  path: string;
  scripts: ScriptSize[];
  totalGzipBytes: number;
  totalBytes: number;
  /** scripts in the HTML that are not counted (nomodule, non-JavaScript type), with why */
  skipped: { src: string; reason: string }[];
}

export function firstLoadJs(baseUrl: string, path?: string): Promise<FirstLoadJs>;
export function scriptUrlsInHtml(html: string): { scripts: string[]; skipped: { src: string; reason: string }[] };
export function formatFirstLoadJs(r: FirstLoadJs): string;
export function kB(n: number): string;
export function inlineRscPayload(html: string): { bytes: number; scripts: number };
