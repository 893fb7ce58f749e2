// The methods page's stable section ids, and which section each chart's "Sources and notes" links to.
import type { Source } from "../data/schema";

export const METHOD_SECTIONS = {
  sources: "Sources",
  "fiscal-years": "Fiscal years and the transition quarter",
  obligations: "Obligations, commitments and disbursements",
  "constant-dollars": "Constant dollars",
  "per-year-averages": "Per-year averages and their divisor",
  "no-data": "No data is not zero",
  "source-change": "The change of source at FY2020/21, and editions",
  "economic-military": "Economic and military aid",
  "relations-phases": "Relations phases",
  reconciliation: "Why the article's figures and the Greenbook differ",
  disputes: "Disputed dates and claims",
} as const;
export type MethodSection = keyof typeof METHOD_SECTIONS;

/** The section of /methods behind each chart figure (by the figure's element id). */
const FIGURE_SECTION: Record<string, MethodSection> = {
  "aid-figure": "obligations",
  "relations-figure": "relations-phases",
  "share-figure": "economic-military",
  "seed-vs-greenbook": "reconciliation",
  // charts 5 and 6: obligations beside commitments and disbursements, each series on its own basis
  neighbours: "obligations",
  financiers: "obligations",
};

export function methodsHref(figureId: string): string {
  return `/methods#${FIGURE_SECTION[figureId] ?? "sources"}`;
}

/** The terms a source is used under, in plain words. Works of the US government are in the public domain; other
 * publishers keep their copyright, and the product cites and summarises them without republishing their text. */
export function licenceOf(s: Pick<Source, "publisher" | "kind" | "id">): string {
  const usGov = /U\.S\.|United States|Congress|Federal Register|Public Papers|Bureau of Labor|Peace Corps|Voice of America|USAID|Agency for International Development|Department of State/i;
  if (s.id === "seed-globalsecurity") return "Copyright GlobalSecurity.org: its figures and dates are cited and summarised, not republished";
  if (usGov.test(s.publisher) && !/Human Events/i.test(s.publisher)) return "Public domain (a work of the US government)";
  if (/United Nations|UN Chronicle/i.test(s.publisher)) return "United Nations: cited, not republished";
  return "Publisher's copyright: cited and summarised, not republished";
}
