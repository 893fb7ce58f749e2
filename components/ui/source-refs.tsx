// Inline citations: each source id links to its entry in the page's source list.
import type { SourceRef } from "@/lib/schema";
import { sourceHref } from "@/lib/source-href";

export function SourceRefs({ ids, sources }: { ids: readonly string[]; sources: ReadonlyMap<string, SourceRef> }) {
  return (
    <span className="text-xs">
      {ids.map((id, i) => {
        const s = sources.get(id);
        return (
          <span key={id}>
            {i > 0 && "; "}
            <a href={sourceHref(id)} title={s ? `${s.publisher}: ${s.title}` : id}>
              {s ? s.publisher : id}
            </a>
          </span>
        );
      })}
    </span>
  );
}
