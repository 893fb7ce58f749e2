// Chart 3, in what form: the military and economic parts of each period, as shares or amounts.
import type { Dataset } from "../../data/dataset";
import { formatUsdShort, percentText } from "../../util/format";
import { aidQueryOf, type ViewState } from "../../view";
import { getAidAnswer, type AidAnswer } from "../../aid/queries";
import { dollarWords, publishers, sourceNote, spanOf, years } from "../../briefing/takeaways";
import { shareDrawn } from "../../export/drawn/aid";
import { buildShareChartModel, SHARE_HIGHLIGHT_MIN_TOTAL } from "../share-chart";
import type { ChartDefinition } from "../definition";
import { withMark } from "../stacked-bars/derive";
import { stackedDrawable } from "../stacked-bars/drawable";

const shareAnswer = (ds: Dataset, view: ViewState) => getAidAnswer(ds, aidQueryOf(view, { forceKindSplit: true }));

function shareTakeaway(ds: Dataset, view: ViewState, aid: AidAnswer): string {
  if (view.series === "seed") return "The seed article states most periods' figures for one kind only, so no military share is computed from it.";
  const span = spanOf(ds, view).rows[0];
  if (!span || span.militaryShare === null || span.military === null || span.economic === null)
    return `No economic and military split is available for ${years(view)}.`;
  const share = percentText(span.militaryShare * 100, { digits: 0 });
  let s = `Military aid was ${share} of US aid to Cambodia over ${years(view)} (${formatUsdShort(span.military)} of ${formatUsdShort(span.military + span.economic)}, ${dollarWords(aid)}).`;
  // the highest share as chart 2 labels it: among periods with at least $10M of aid
  const counted = aid.rows.filter((r) => r.militaryShare !== null && (r.economic ?? 0) + (r.military ?? 0) >= SHARE_HIGHLIGHT_MIN_TOTAL);
  const top = counted.reduce<AidAnswer["rows"][number] | null>((b, r) => (b === null || (r.militaryShare ?? 0) > (b.militaryShare ?? 0) ? r : b), null);
  if (aid.rows.length > 1 && top?.militaryShare != null) s += ` Highest: ${top.period.label}, ${percentText(top.militaryShare * 100, { digits: 0 })}.`;
  return s;
}

export const militaryShare: ChartDefinition = {
  drawable: (ds, view, color) => {
    const { model, text } = buildShareChartModel(shareAnswer(ds, view), view.share);
    return stackedDrawable(withMark(model, view.mark), text, color, "share");
  },
  drawn: (ds, view) => shareDrawn(view, shareAnswer(ds, view)),
  facts: (ds, view) => {
    const aid = shareAnswer(ds, view);
    const { text } = buildShareChartModel(aid, view.share);
    return { title: text.title, takeaway: shareTakeaway(ds, view, aid), source: sourceNote(publishers(aid.meta.sources)), sources: aid.meta.sources };
  },
};
