// Citations for client components: each source id links to its entry in the page's source list.
import { sourceHref } from "@/lib/source-href";

export function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: readonly { id: string; title: string; publisher: string }[] }) {
  return (
    <>
      {ids.map((id, i) => {
        const s = sources.find((x) => x.id === id);
        // two editions of one publisher's data set are told apart by their titles
        const twin = s && ids.some((o) => o !== id && sources.find((x) => x.id === o)?.publisher === s.publisher);
        return (
          <span key={id}>
            {i > 0 && "; "}
            <a href={sourceHref(id)} title={s?.title}>
              {s ? (twin ? s.title : s.publisher) : id}
            </a>
          </span>
        );
      })}
    </>
  );
}
