// A view in words, as the controls announce it to screen readers and show it on a phone's collapsed controls:
// "Showing by year, constant 2020 dollars, totals, FY1955-2024".
import { fyRange } from "../aid/fiscal";
import { markShown, normaliseView, type ViewState } from "./";

const GROUPING = { year: "by year", decade: "by decade", "seed-period": "by the seed article's periods", "relations-phase": "by phase of relations", span: "as one span" } as const;
/** Each split in a sentence about the view: "by decade, economic and military". */
export const SPLIT_WORDS = { kind: "economic and military", programme: "by programme", form: "grants and loans" } as const;

function perYearWords(v: ViewState): string {
  if (v.measure !== "per-year") return "totals";
  if (v.series === "seed") return "per year";
  return v.averageOver === "every-year" ? "per year over every year of each period" : "per year over the years with known values";
}

export function viewInWords(state: ViewState): string {
  const v = normaliseView(state);
  const what = v.series === "seed" ? "the seed article's figures" : `${GROUPING[v.groupBy]}, ${SPLIT_WORDS[v.split]}`;
  const dollars = v.dollars === "constant" ? `constant ${v.base} dollars` : "current dollars";
  return `${what}, ${dollars}, ${perYearWords(v)}, ${fyRange(v.from, v.to)}`;
}

export function viewAnnouncement(state: ViewState): string {
  // the charts' own settings too, so a change made with chart 3's or chart 4's toggle is announced as well
  const own = [state.share === "absolute" ? "military share in amounts" : "", state.compare === "dollars" ? "seed comparison in dollars" : "", markShown(state) ? `FY${state.mark} marked` : ""].filter(Boolean);
  return `Showing ${viewInWords(state)}${own.length ? `; ${own.join(", ")}` : ""}`;
}
