// Chart 4, the seed article's figures against the Greenbook: each figure's difference (%) or both in dollars.
import { citedSources } from "../../briefing/takeaways";
import { seedDrawn } from "../../export/drawn/seed";
import { getReconciliations } from "../../aid/queries";
import { seedVsGreenbookFigureText } from "../captions";
import type { ChartDefinition } from "../definition";
import { buildSeedVsGreenbookModel, renderSeedVsGreenbook, seedVsGreenbookHeight, seedVsGreenbookSummary } from ".";

export const seedVsGreenbook: ChartDefinition = {
  drawable: (ds, view, color) => {
    const recs = getReconciliations(ds);
    const model = buildSeedVsGreenbookModel(recs, view.compare === "dollars" ? "absolute" : "difference");
    return {
      text: seedVsGreenbookFigureText(recs, ds.seed.nonAid),
      body: (width, height) => {
        const natural = seedVsGreenbookHeight(model, width);
        // a frame of fixed height (a slide) may take up to 40% (at most 160 px) off the chart's height, from its plot
        const least = natural - Math.min(160, Math.round(natural * 0.4));
        const h = height === null ? natural : Math.max(least, height);
        return { node: renderSeedVsGreenbook(model, { width, height: h, color, idPrefix: "seed-vs-greenbook" }), height: h };
      },
    };
  },
  drawn: (ds, view) => seedDrawn(view, getReconciliations(ds)),
  facts: (ds) => {
    const recs = getReconciliations(ds);
    const text = seedVsGreenbookFigureText(recs, ds.seed.nonAid);
    // the summary without its rule in brackets (the chart's notes give it): two lines on a slide
    return { title: text.title, takeaway: seedVsGreenbookSummary(recs, { brief: true }), source: `${text.sourceLine}.`, sources: citedSources(ds, [ds.seed.sourceId, ds.programmes.sourceId]) };
  },
};
