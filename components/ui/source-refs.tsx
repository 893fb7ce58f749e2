// Inline citations: each source id links to its entry on the reference page, named as every citation is
// (citeSegments: by publisher, or by title where two sources of one publisher are cited together).
import type { SourceRef } from "@/lib/data/schema";
import { citeSegments } from "../tables/table-cells";
import { Segments } from "./segments";

export function SourceRefs({ ids, sources }: { ids: readonly string[]; sources: ReadonlyMap<string, SourceRef> }) {
  return (
    <span className="text-xs">
      <Segments cell={citeSegments(ids, sources)} />
    </span>
  );
}
