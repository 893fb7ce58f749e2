// "Cite this chart": a plain-text citation and a BibTeX entry naming the chart's title for the view, the publisher,
// the data version (the editions of the data sources and how far the relations record runs), the access date and
// the view's link.
import { chartEntry, type ChartSlug } from "../charts/registry";
import { formatPartialDate } from "../util/dates";
import type { Source } from "../data/schema";
import { normaliseView, type ViewState } from "../view";

const PUBLISHER = "US aid to Cambodia: aid and relations dashboard";

/** The chart's title for a view, as a citation names it (the registry's entry says how). */
export function chartCitationTitle(chart: ChartSlug, state: ViewState): string {
  return chartEntry(chart).citationTitle(normaliseView(state));
}

/** The data version: each primary data source's edition, and the date the relations record is sourced to. */
export function dataVersion(sources: readonly Pick<Source, "kind" | "publisher" | "title" | "edition">[], coverageEnd: string): string {
  const editions = sources.filter((s) => s.kind === "primary-data").map((s) => `${s.publisher} ${s.title}${s.edition ? `, ${s.edition}` : ""}`);
  return `${editions.join("; ")}; relations sourced to ${formatPartialDate(coverageEnd)}`;
}

export interface Citation {
  text: string;
  bibtex: string;
}

function bibEscape(s: string): string {
  return s.replace(/[\\{}]/g, "").replace(/([&%$#_])/g, "\\$1");
}

export function citeChart(input: { chart: ChartSlug; view: ViewState; link: string; version: string; accessed: Date }): Citation {
  const title = chartCitationTitle(input.chart, input.view);
  const iso = input.accessed.toISOString().slice(0, 10);
  const year = iso.slice(0, 4);
  const text = `${PUBLISHER}. "${title}." Data version: ${input.version}. ${input.link} (accessed ${formatPartialDate(iso)}).`;
  const key = `us-cambodia-aid-${input.chart}-${iso.replace(/-/g, "")}`;
  const bibtex = [
    `@misc{${key},`,
    `  title = {{${bibEscape(title)}}},`,
    `  author = {{${bibEscape(PUBLISHER)}}},`,
    `  publisher = {${bibEscape(PUBLISHER)}},`,
    `  year = {${year}},`,
    `  howpublished = {\\url{${input.link}}},`,
    `  url = {${input.link}},`,
    `  urldate = {${iso}},`,
    `  note = {Data version: ${bibEscape(input.version)}. Accessed ${formatPartialDate(iso)}},`,
    `}`,
  ].join("\n");
  return { text, bibtex };
}
