// What a chart slide says beside its chart, computed on the server from the data of the slide's view: the chart's own
// title, a takeaway of at most two lines on a slide (for example the military share over FY1970-1975), the short
// source line the slide sets under it in small type, and every source the chart cites, for the deck's sources slide.
// The author may replace title and takeaway.
import { aidQueryOf, type ViewState } from "../view";
import type { Dataset } from "../data/dataset";
import type { SourceRef } from "../data/schema";
import { getAidAnswer, type AidAnswer } from "../aid/queries";
import { dollarBasis } from "../charts/aid-charts";
import { TAKEAWAY_FITS } from "./takeaway-fit";

export interface SlideFacts {
  /** the chart's own title, the slide's heading unless the author wrote one */
  title: string;
  /** at most TAKEAWAY_MAX characters (two lines on a slide at 1280 x 720), without its sources */
  takeaway: string;
  /** the sources in a few words, set under the takeaway in small type: "Source: USAID Greenbook." */
  source: string;
  sources: SourceRef[];
}

/** A computed takeaway's longest length: two lines of a slide's takeaway at 1280 x 720 (tests/briefing-takeaways). */
export const TAKEAWAY_MAX = TAKEAWAY_FITS;

/** "Source: USAID Greenbook." or "Sources: A; B." from short publisher names. */
export function sourceNote(names: string): string {
  return names ? `Source${names.includes("; ") ? "s" : ""}: ${names}.` : "";
}

/** Short names of the core sources, so a takeaway stays one line on a slide; others go by their publisher. */
const SHORT_NAMES: Record<string, string> = {
  "seed-globalsecurity": "GlobalSecurity.org (seed article)",
  "usaid-greenbook-2020": "USAID Greenbook",
  "fa-gov-2022": "ForeignAssistance.gov",
  "fa-gov-2020": "ForeignAssistance.gov",
  "bls-cpi-u": "BLS CPI-U",
  "state-oh-relations-guide": "State Department Office of the Historian",
  "state-oh-chiefs-of-mission": "State Department Office of the Historian",
};

export function publishers(sources: readonly SourceRef[]): string {
  return [...new Set(sources.map((s) => SHORT_NAMES[s.id] ?? s.publisher))].join("; ");
}

/** "current US dollars" or "constant 2025 US dollars", from the view's dollar basis. */
export function dollarWords(aid: AidAnswer): string {
  return dollarBasis(aid.query).split(",")[0].replace(/ \((nominal|CPI-U)\)$/, "");
}

export function years(v: Pick<ViewState, "from" | "to">): string {
  return v.from === v.to ? `FY${v.from}` : `FY${v.from}-${v.to}`;
}

/** The whole range of the view as one group: the totals a takeaway quotes. */
export function spanOf(ds: Dataset, view: ViewState): AidAnswer {
  return getAidAnswer(ds, aidQueryOf({ ...view, groupBy: "span", split: "kind" }));
}

export function citedSources(ds: Dataset, ids: Iterable<string>): SourceRef[] {
  const out = new Map<string, SourceRef>();
  for (const id of ids) {
    const s = ds.sourceById.get(id);
    if (s) out.set(id, { id: s.id, title: s.title, publisher: s.publisher });
  }
  return [...out.values()];
}

