// The busiest view of each of the six charts, for the PowerPoint readability tests: the most categories, series,
// events and the longest labels each chart can put on one slide (every year, every programme, every neighbour, every
// financier, the seed comparison in dollars with its value labels, the relations band with all its events).
import { NEIGHBOUR_IDS } from "@/lib/compare/ids";
import type { DeckSlideSpec } from "@/lib/export/pptx";
import { DEFAULT_VIEW, type ViewState } from "@/lib/view";

const view = (v: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...v });

export const BUSY_VIEWS: Pick<DeckSlideSpec, "chart" | "view">[] = [
  { chart: "aid-by-period", view: view({ groupBy: "year", split: "programme" }) },
  { chart: "relations-band", view: view({ groupBy: "year" }) },
  { chart: "military-share", view: view({ groupBy: "year" }) },
  { chart: "seed-vs-greenbook", view: view({ compare: "dollars" }) },
  { chart: "neighbours", view: view({ countries: [...NEIGHBOUR_IDS], nbMeasure: "per-year" }) },
  { chart: "financiers", view: view({ fgroupBy: "year" }) },
];
