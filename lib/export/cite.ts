// "Cite this chart": a plain-text citation and a BibTeX entry naming the chart's title for the view, the publisher,
// the data version (the editions of the data sources and how far the relations record runs), the access date and
// the view's link.
import { GROUPING_WORDS, fyRange } from "../charts/aid-charts";
import type { ChartSlug } from "../charts/files";
import { formatPartialDate } from "../dates";
import type { Source } from "../schema";
import { normaliseView, type ViewState } from "../view";
import { viewTitle } from "../view-title";

export const PUBLISHER = "US aid to Cambodia: aid and relations dashboard";

/** The chart's title for a view, as a citation names it. */
export function chartCitationTitle(chart: ChartSlug, state: ViewState): string {
  const v = normaliseView(state);
  const years = fyRange(v.from, v.to);
  switch (chart) {
    case "aid-by-period":
      return viewTitle(v);
    case "military-share":
      return `Military versus economic US aid to Cambodia ${v.series === "seed" ? "in the seed article's figures" : GROUPING_WORDS[v.groupBy]}, ${years}, ${v.share === "percent" ? "shares" : "amounts"}`;
    case "relations-band":
      return `State of US-Cambodia relations, ${years}`;
    case "seed-vs-greenbook":
      return `Seed figures versus the Greenbook (${v.compare === "dollars" ? "dollars" : "difference"})`;
  }
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
