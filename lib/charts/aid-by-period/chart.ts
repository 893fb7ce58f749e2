// Chart 1, aid by period: the stacked bars of /api/aid's view (economic, military, programmes or grant/loan parts).
import type { Dataset } from "../../data/dataset";
import { formatUsdShort } from "../../util/format";
import { aidQueryOf, type ViewState } from "../../view";
import { getAidAnswer, type AidAnswer } from "../../aid/queries";
import { dollarWords, publishers, sourceNote, spanOf, years } from "../../briefing/takeaways";
import { aidDrawn } from "../../export/drawn/aid";
import { buildAidChartModel } from "../aid-charts";
import type { ChartDefinition } from "../definition";
import { withMark } from "../stacked-bars/derive";
import { stackedDrawable } from "../stacked-bars/drawable";

/** A period as a takeaway names it: its label, or its years where the label is long (a phase of relations). */
const shortLabel = (p: AidAnswer["rows"][number]["period"]) => (p.label.length > 20 ? `FY${p.from}-${p.to}` : p.label);

function aidTakeaway(ds: Dataset, view: ViewState, aid: AidAnswer, summary: string): string {
  if (view.series === "seed") return `${summary} Series: the seed article's own figures.`;
  const span = spanOf(ds, view).rows[0];
  if (!span || span.total === null) return summary;
  const verb = view.measure === "per-year" ? "averaged" : "totalled";
  const rate = view.measure === "per-year" ? " a year" : "";
  const top = aid.rows.reduce<AidAnswer["rows"][number] | null>((b, r) => (r.total !== null && (b === null || r.total > (b.total ?? 0)) ? r : b), null);
  const peak = aid.rows.length > 1 && top ? ` Largest: ${shortLabel(top.period)}, ${formatUsdShort(top.total)}${rate}.` : "";
  // a per-year figure states its divisor (years with known values: records or a known $0)
  const basis = span.divisor ? `${span.divisor.label.replace(/^per year, /, "")}; ${dollarWords(aid)}` : dollarWords(aid);
  return `US aid obligations ${verb} ${formatUsdShort(span.total)}${rate} over ${years(view)} (${basis}).${peak}`;
}

export const aidByPeriod: ChartDefinition = {
  drawable: (ds, view, color) => {
    const { model, text } = buildAidChartModel(getAidAnswer(ds, aidQueryOf(view)));
    return stackedDrawable(withMark(model, view.mark), text, color, "aid");
  },
  drawn: (ds, view) => aidDrawn(view, getAidAnswer(ds, aidQueryOf(view))),
  facts: (ds, view) => {
    const aid = getAidAnswer(ds, aidQueryOf(view));
    const { text } = buildAidChartModel(aid);
    return { title: text.title, takeaway: aidTakeaway(ds, view, aid, text.summary), source: sourceNote(publishers(aid.meta.sources)), sources: aid.meta.sources };
  },
};
