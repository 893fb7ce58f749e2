// "/briefing/presenter": the presenter window opened from /briefing (current and next slide, notes, timer, clock).
import type { Metadata } from "next";
import { PresenterView } from "@/components/briefing/presenter-view";
import { defaultDeckFacts } from "@/lib/briefing/default-facts";
import { getDataset } from "@/lib/data/get-dataset";

export const metadata: Metadata = { title: "Presenter view | US aid to Cambodia briefing", robots: { index: false } };

export default function PresenterPage() {
  return <PresenterView initialFacts={defaultDeckFacts(getDataset())} />;
}
