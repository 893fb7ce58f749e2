// Types for scripts/page-weight.mjs, so TypeScript callers (tests/page-weight.test.ts) are checked.
export interface Part {
  part: string;
  bytes: number;
}
export function htmlParts(html: string): Part[];
export function payloadText(html: string): string;
export function payloadParts(html: string): Part[];
export interface PageWeight {
  path: string;
  bytes: number;
  gzipBytes: number;
  parts: Part[];
  payloadChars: number;
  payloadParts: Part[];
  css: { href: string; bytes: number; gzipBytes: number }[];
}
export function pageWeight(base: string, pagePath?: string): Promise<PageWeight>;
export function formatPageWeight(w: PageWeight): string;
