// Chart 2, the state of relations: the band of relations phases and dated events on chart 1's time axis.
import type { Dataset } from "../../data/dataset";
import { citedSources, publishers, sourceNote } from "../../briefing/takeaways";
import { relationsDrawn } from "../../export/drawn/relations";
import { aidQueryOf, type ViewState } from "../../view";
import { getAidAnswer, type AidAnswer } from "../../aid/queries";
import { relationsFigureText } from "../captions";
import type { ChartDefinition } from "../definition";
import { buildRelationsBandModel, relationsBandHeight, renderRelationsBand } from ".";

const DEFAULT_WIDTH = 960;

/** The fiscal-year spans of chart 1's bars: the band and chart 1 share one time axis. */
export function periodsOf(aid: Pick<AidAnswer, "rows">): { from: number; to: number }[] {
  return aid.rows.map((r) => ({ from: r.period.from, to: r.period.to }));
}

/** The bars' periods of a view, read from the data set. */
function viewPeriods(ds: Dataset, view: ViewState): { from: number; to: number }[] {
  return periodsOf(getAidAnswer(ds, aidQueryOf(view)));
}

function bandInput(ds: Dataset, view: ViewState) {
  const sources = ds.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher }));
  return { relations: ds.relations, events: ds.events.events, periods: viewPeriods(ds, view), sources };
}

export const relationsBand: ChartDefinition = {
  drawable: (ds, view, color) => {
    const input = bandInput(ds, view);
    const text = relationsFigureText(buildRelationsBandModel({ ...input, width: DEFAULT_WIDTH }), input.sources, ds.relations.coverageEnd, view);
    return {
      text,
      body: (width, _height, legend) => {
        const model = buildRelationsBandModel({ ...input, width });
        const height = relationsBandHeight(model, width, legend);
        return { node: renderRelationsBand(model, { width, height, color, legend, idPrefix: "relations-band" }), height };
      },
    };
  },
  drawn: (ds, view) => relationsDrawn(view, { relations: ds.relations, events: ds.events.events, sources: ds.sources, periods: viewPeriods(ds, view) }),
  facts: (ds, view) => {
    const input = bandInput(ds, view);
    const model = buildRelationsBandModel({ ...input, width: DEFAULT_WIDTH });
    const text = relationsFigureText(model, input.sources, ds.relations.coverageEnd, view);
    const ids = [...model.phases.flatMap((p) => p.sourceIds), ...model.markers.flatMap((m) => m.sourceIds)];
    const phasePubs = publishers(citedSources(ds, model.phases.flatMap((p) => p.sourceIds)));
    // the summary's first sentence: the phases and the longest breaks (the count of events is on the chart)
    const first = text.summary
      .split(". ")[0]
      .replace(/\.$/, "")
      // two lines on a slide: "7 phases of relations over FY1960-1995; ..."
      .replace(/^Between (FY\d+) and FY(\d+) the relationship passed through (\d+ phases?);/, "$3 of relations over $1-$2;");
    return { title: text.title, takeaway: `${first}.`, source: sourceNote(phasePubs), sources: citedSources(ds, ids) };
  },
};
