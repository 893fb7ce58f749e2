// "/briefing/edit": the deck editor (reorder, edit title, takeaway and notes, remove, preview, present, share).
import type { Metadata } from "next";
import { DeckEditor } from "@/components/briefing/deck-editor";
import { defaultDeckFacts } from "@/lib/briefing/default-facts";
import { getDataset } from "@/lib/data/get-dataset";

export const metadata: Metadata = { title: "Edit the briefing | US aid to Cambodia dashboard" };

export default function EditPage() {
  return <DeckEditor initialFacts={defaultDeckFacts(getDataset())} />;
}
