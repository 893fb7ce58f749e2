// The deck that ships with the app: "US aid to Cambodia and the state of relations since 1955", six chart slides
// (the eras, the 1970-75 peak, the 1965-69 and 1975-91 breaks, the post-1997 restrictions, the recent decline, and
// where the seed and the Greenbook disagree). Takeaways are left out: they are computed from each slide's view.
import { DEFAULT_VIEW, type ViewState } from "../view/state";
import type { Deck } from "./deck";

const view = (v: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...v });

export const DEFAULT_DECK: Deck = {
  version: 1,
  title: "US aid to Cambodia and the state of relations since 1955",
  subtitle: "Obligations FY1955-2024 from the USAID Greenbook and ForeignAssistance.gov, with the phases of relations",
  notes: "Six charts, each drawn from the dashboard's data for the view shown. Every figure is an obligation by US fiscal year.",
  slides: [
    {
      id: "eras",
      chart: "aid-by-period",
      view: view({ groupBy: "relations-phase", dollars: "constant" }),
      title: "Aid followed the eras of relations",
      notes: "Constant 2025 dollars, so the 1950s and the 1970s compare with today. Each bar is one phase of relations; partial phases are marked with an asterisk.",
    },
    {
      id: "peak-1970-75",
      chart: "military-share",
      view: view({ groupBy: "year", from: 1970, to: 1975 }),
      title: "The 1970-75 peak was mostly military",
      notes: "The Khmer Republic years: aid rose to its highest level and most of it was military assistance. The takeaway's share is over the whole span, FY1970-1975.",
    },
    {
      id: "breaks",
      chart: "relations-band",
      view: view({ groupBy: "year", from: 1960, to: 1995 }),
      title: "Two breaks: 1965-69 and 1975-91",
      notes: "Cambodia severed relations in May 1965; they were restored in 1969. The embassy closed in April 1975 and no mission returned until November 1991.",
    },
    {
      id: "restrictions",
      chart: "aid-by-period",
      view: view({ groupBy: "year", from: 1995, to: 2010, split: "programme" }),
      title: "After 1997: restrictions, then a slow return",
      notes: "After the July 1997 fighting, Congress restricted aid to the government; assistance went through NGOs and health programmes.",
    },
    {
      id: "recent",
      chart: "aid-by-period",
      view: view({ groupBy: "year", from: 2010, to: 2024 }),
      title: "The recent decline",
      notes: "FY2021-2024 come from ForeignAssistance.gov with no economic/military split; FY2024 is provisional, so its low total is not a measured collapse.",
    },
    {
      id: "disagree",
      chart: "seed-vs-greenbook",
      view: view({}),
      title: "Where the seed article and the Greenbook disagree",
      notes: "The seed article's figures against Greenbook obligations for the same years and kind. Differences come from counting: obligations versus disbursements, grants only, one programme, calendar years.",
    },
  ],
};
