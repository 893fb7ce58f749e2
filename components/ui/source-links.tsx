// Citations for client components: each source id links to its entry in the page's source list.
export function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: readonly { id: string; title: string; publisher: string }[] }) {
  return (
    <>
      {ids.map((id, i) => {
        const s = sources.find((x) => x.id === id);
        return (
          <span key={id}>
            {i > 0 && "; "}
            <a href={`#source-${id}`} title={s?.title}>
              {s ? s.publisher : id}
            </a>
          </span>
        );
      })}
    </>
  );
}
