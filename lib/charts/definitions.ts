// Each chart's definition (its folder's chart.ts) under its registry slug: the one table the chart files, the
// numbers-drawn table, the embed page and the slides' facts look a chart up in. Adding a chart adds one line here.
import type { Dataset } from "../data/dataset";
import { normaliseView, type ViewState } from "../view";
import { aidByPeriod } from "./aid-by-period/chart";
import type { ChartDefinition } from "./definition";
import { financiers } from "./financiers/chart";
import { militaryShare } from "./military-share/chart";
import { neighbours } from "./neighbours/chart";
import type { ChartSlug } from "./registry";
import { relationsBand } from "./relations-band/chart";
import { seedVsGreenbook } from "./seed-vs-greenbook/chart";

export const CHART_DEFINITIONS: Record<ChartSlug, ChartDefinition> = {
  "aid-by-period": aidByPeriod,
  "relations-band": relationsBand,
  "military-share": militaryShare,
  "seed-vs-greenbook": seedVsGreenbook,
  neighbours,
  financiers,
};

/** What a chart draws in a view, as plain data: the table, the CSV, the PowerPoint chart, the embed's caption. */
export function drawnChart(ds: Dataset, chart: ChartSlug, view: ViewState) {
  return CHART_DEFINITIONS[chart].drawn(ds, view);
}

/** Title, takeaway and sources of a chart slide of `view`. */
export function slideFacts(ds: Dataset, chart: ChartSlug, view: ViewState) {
  return CHART_DEFINITIONS[chart].facts(ds, normaliseView(view));
}
