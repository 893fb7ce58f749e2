// A page title and description for a view, so shared links and browser tabs say what they show.
import { chartFileHref, viewTitle } from "../charts/registry";

export { viewTitle };
import { normaliseView, type ViewState } from "./";
import { SPLIT_WORDS } from "./summary";

export function viewDescription(state: ViewState): string {
  const v = normaliseView(state);
  return `${viewTitle(v)}, split ${SPLIT_WORDS[v.split]}, with the state of US-Cambodia relations and every figure's source (USAID Greenbook, ForeignAssistance.gov, BLS CPI-U, State Department).`;
}

/** The link preview of a view (Open Graph and Twitter card): the aid chart's PNG for exactly that view. */
export function viewPreviewImage(state: ViewState): { url: string; width: number; height: number; alt: string } {
  return { url: chartFileHref("aid-by-period", "png", state, { width: 1200, height: 630 }), width: 1200, height: 630, alt: viewTitle(state) };
}
