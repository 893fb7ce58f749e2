// A view as the aid query the server answers (lib/aid/queries.ts), and the /api/aid parameters that carry it.
import type { AidQuery } from "../aid/queries";
import { normaliseView } from "./state";
import type { ViewState } from "./settings";

/** The rows chart 1 draws for a view, or chart 2's (the kind split forced). */
export function aidQueryOf(state: ViewState, opts: { forceKindSplit?: boolean } = {}): AidQuery {
  const v = normaliseView(state);
  return {
    series: v.series,
    groupBy: v.groupBy,
    split: opts.forceKindSplit ? "kind" : v.split,
    from: v.from,
    to: v.to,
    dollars: v.dollars,
    baseYear: v.dollars === "constant" ? v.base : null,
    measure: v.measure,
    averageOver: v.measure === "per-year" && v.series === "annual" ? v.averageOver : "years-with-records",
  };
}
