// The bibliography every citation on the page links into.
import type { Source } from "@/lib/data/schema";

export function SourcesList({ sources }: { sources: Source[] }) {
  return (
    <ol className="list-decimal pl-6 text-sm space-y-1" data-testid="sources-list">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`}>
          <strong>{s.publisher}</strong>, {s.url ? <a href={s.url}>{s.title}</a> : s.title}
          {s.edition ? `, ${s.edition}` : ""}
          {s.date ? ` (${s.date})` : ""}. {s.covers}
          {s.viaNote ? <span className="muted"> {s.viaNote}</span> : null}
        </li>
      ))}
    </ol>
  );
}
