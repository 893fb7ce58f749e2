// "/briefing": present a deck (the one in the link, the one kept in this browser, or the default deck). Prerendered
// without a deck: the deck lives in the browser and in the URL fragment, which never reaches the server.
import type { Metadata } from "next";
import { BriefingShow } from "@/components/briefing/briefing-show";
import { defaultDeckFacts } from "@/lib/briefing/default-facts";
import { getDataset } from "@/lib/data/get-dataset";

export const metadata: Metadata = {
  title: "Briefing | US aid to Cambodia dashboard",
  description: "Present the dashboard's charts as slides, with a presenter view, speaker notes and takeaways computed from the data.",
};

export default function BriefingPage() {
  return <BriefingShow initialFacts={defaultDeckFacts(getDataset())} />;
}
