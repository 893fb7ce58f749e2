// What a chart slide says beside its chart, computed on the server from the data of the slide's view: the chart's own
// title, a one-line takeaway naming its series and source (for example the military share over FY1970-1975), and
// every source the chart cites, for the deck's sources slide. The author may replace title and takeaway.
import { aidQueryOf, normaliseView, type ViewState } from "../view";
import type { Dataset } from "../dataset";
import { formatUsdShort, percentText } from "../format";
import type { SourceRef } from "../schema";
import { getAidView, getReconciliations, type AidView } from "../views";
import { buildAidChartModel, buildShareChartModel, dollarBasis, SHARE_HIGHLIGHT_MIN_TOTAL } from "../charts/aid-charts";
import { relationsFigureText, seedVsGreenbookFigureText } from "../charts/captions";
import { CHART_WIDTH, viewPeriods } from "../charts/files";
import { buildRelationsBandModel } from "../charts/relations-band";
import type { DeckChart } from "./deck";

export interface SlideFacts {
  /** the chart's own title, the slide's heading unless the author wrote one */
  title: string;
  takeaway: string;
  sources: SourceRef[];
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

function publishers(sources: readonly SourceRef[]): string {
  return [...new Set(sources.map((s) => SHORT_NAMES[s.id] ?? s.publisher))].join("; ");
}

/** "current US dollars" or "constant 2025 US dollars", from the view's dollar basis. */
function dollarWords(aid: AidView): string {
  return dollarBasis(aid.query).split(",")[0].replace(/ \((nominal|CPI-U)\)$/, "");
}

function years(v: Pick<ViewState, "from" | "to">): string {
  return v.from === v.to ? `FY${v.from}` : `FY${v.from}-${v.to}`;
}

/** The whole range of the view as one group: the totals a takeaway quotes. */
function spanOf(ds: Dataset, view: ViewState): AidView {
  return getAidView(ds, aidQueryOf({ ...view, groupBy: "span", split: "kind" }));
}

function aidTakeaway(ds: Dataset, view: ViewState, aid: AidView, summary: string): string {
  if (view.series === "seed") return `${summary} Series: the seed article's own figures; source: ${publishers(aid.meta.sources)}.`;
  const span = spanOf(ds, view).rows[0];
  if (!span || span.total === null) return `${summary} Source: ${publishers(aid.meta.sources)}.`;
  const verb = view.measure === "per-year" ? "averaged" : "totalled";
  const rate = view.measure === "per-year" ? " a year" : "";
  const top = aid.rows.reduce<AidView["rows"][number] | null>((b, r) => (r.total !== null && (b === null || r.total > (b.total ?? 0)) ? r : b), null);
  const peak = aid.rows.length > 1 && top ? ` Largest: ${top.period.label}, ${formatUsdShort(top.total)}${rate}.` : "";
  // a per-year figure states its divisor (years with known values: records or a known $0)
  const basis = span.divisor ? `${span.divisor.label}; ${dollarWords(aid)}` : dollarWords(aid);
  return `US aid obligations to Cambodia ${verb} ${formatUsdShort(span.total)}${rate} over ${years(view)} (${basis}).${peak} Source: ${publishers(aid.meta.sources)}.`;
}

function shareTakeaway(ds: Dataset, view: ViewState, aid: AidView): string {
  const source = `Source: ${publishers(aid.meta.sources)}.`;
  if (view.series === "seed") return `The seed article states most periods' figures for one kind only, so no military share is computed from it. ${source}`;
  const span = spanOf(ds, view).rows[0];
  if (!span || span.militaryShare === null || span.military === null || span.economic === null)
    return `No economic and military split is available for ${years(view)}. ${source}`;
  const share = percentText(span.militaryShare * 100, { digits: 0 });
  let s = `Military aid was ${share} of US aid to Cambodia over ${years(view)} (${formatUsdShort(span.military)} of ${formatUsdShort(span.military + span.economic)}, ${dollarWords(aid)}).`;
  // the highest share as chart 2 labels it: among periods with at least $10M of aid
  const counted = aid.rows.filter((r) => r.militaryShare !== null && (r.economic ?? 0) + (r.military ?? 0) >= SHARE_HIGHLIGHT_MIN_TOTAL);
  const top = counted.reduce<AidView["rows"][number] | null>((b, r) => (b === null || (r.militaryShare ?? 0) > (b.militaryShare ?? 0) ? r : b), null);
  if (aid.rows.length > 1 && top?.militaryShare != null) s += ` Highest: ${top.period.label}, ${percentText(top.militaryShare * 100, { digits: 0 })}.`;
  return `${s} ${source}`;
}

function citedSources(ds: Dataset, ids: Iterable<string>): SourceRef[] {
  const out = new Map<string, SourceRef>();
  for (const id of ids) {
    const s = ds.sourceById.get(id);
    if (s) out.set(id, { id: s.id, title: s.title, publisher: s.publisher });
  }
  return [...out.values()];
}

/** Title, takeaway and sources of a chart slide of `view`. */
export function slideFacts(ds: Dataset, chart: DeckChart, state: ViewState): SlideFacts {
  const view = normaliseView(state);
  switch (chart) {
    case "aid-by-period": {
      const aid = getAidView(ds, aidQueryOf(view));
      const { text } = buildAidChartModel(aid);
      return { title: text.title, takeaway: aidTakeaway(ds, view, aid, text.summary), sources: aid.meta.sources };
    }
    case "military-share": {
      const aid = getAidView(ds, aidQueryOf(view, { forceKindSplit: true }));
      const { text } = buildShareChartModel(aid, view.share);
      return { title: text.title, takeaway: shareTakeaway(ds, view, aid), sources: aid.meta.sources };
    }
    case "relations-band": {
      const sources = ds.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher }));
      const model = buildRelationsBandModel({ relations: ds.relations, events: ds.events.events, periods: viewPeriods(ds, view), sources, width: CHART_WIDTH.default });
      const text = relationsFigureText(model, sources, ds.relations.coverageEnd, view);
      const ids = [...model.phases.flatMap((p) => p.sourceIds), ...model.markers.flatMap((m) => m.sourceIds)];
      const cited = citedSources(ds, ids);
      const phasePubs = publishers(citedSources(ds, model.phases.flatMap((p) => p.sourceIds)));
      // the summary's first sentence: the phases and the longest breaks (the count of events is on the chart)
      const first = text.summary.split(". ")[0].replace(/\.$/, "");
      return { title: text.title, takeaway: `${first}. Source: ${phasePubs || "none"}.`, sources: cited };
    }
    case "seed-vs-greenbook": {
      const recs = getReconciliations(ds);
      const text = seedVsGreenbookFigureText(recs, ds.seed.nonAid);
      return { title: text.title, takeaway: `${text.summary} ${text.sourceLine}.`, sources: citedSources(ds, [ds.seed.sourceId, ds.programmes.sourceId]) };
    }
  }
}
