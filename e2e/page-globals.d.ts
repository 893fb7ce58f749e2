// What the specs' scripts leave on a page's window (addInitScript, exposeFunction), read back with page.evaluate.
export {};

declare global {
  interface Window {
    /** Content-Security-Policy violations the page reported (helpers.ts recordCspViolations) */
    __csp?: string[];
    /** the export spec's exposed function that hears each violation */
    __exportCspViolation?: (v: string) => void;
    /** set only if a hostile record's script ran (hostile-data.spec.ts) */
    __xss?: number;
    /** the texts Recharts measured (live-faces.spec.ts) */
    measured?: string[];
  }
}
