// What a chart draws in a view, read straight from the data set (server side: the embed page's caption, tests). The
// browser reads the same through the API (./index.ts); both end in the same builders.
import { viewPeriods, type ChartSlug } from "../../charts/files";
import type { Dataset } from "../../dataset";
import { aidQueryOf, type ViewState } from "../../view";
import { getAidView, getReconciliations } from "../../views";
import { aidDrawn, shareDrawn } from "./aid";
import { relationsDrawn } from "./relations";
import { seedDrawn } from "./seed";
import type { DrawnChart } from "./types";

export function drawnFromDataset(ds: Dataset, chart: ChartSlug, view: ViewState): DrawnChart {
  switch (chart) {
    case "aid-by-period":
      return aidDrawn(view, getAidView(ds, aidQueryOf(view)));
    case "military-share":
      return shareDrawn(view, getAidView(ds, aidQueryOf(view, { forceKindSplit: true })));
    case "relations-band":
      return relationsDrawn(view, { relations: ds.relations, events: ds.events.events, sources: ds.sources, periods: viewPeriods(ds, view) });
    case "seed-vs-greenbook":
      return seedDrawn(view, getReconciliations(ds));
  }
}
