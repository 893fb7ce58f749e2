// How the export button names its chart ("Export chart: state of relations").
import type { ChartSlug } from "@/lib/charts/files";

export const CHART_NAMES: Record<ChartSlug, string> = {
  "aid-by-period": "how much (aid by period)",
  "relations-band": "state of relations",
  "military-share": "military versus economic",
  "seed-vs-greenbook": "seed figures versus the Greenbook",
};
