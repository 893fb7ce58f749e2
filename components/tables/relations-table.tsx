// Phases of the relationship on the data file's ordered scale; disputed boundaries list their alternative dates.
import { formatPartialDate } from "@/lib/dates";
import type { RelationsFile, Source } from "@/lib/schema";
import { SourceRefs } from "../ui/source-refs";

export function RelationsTable({ relations, sources }: { relations: RelationsFile; sources: ReadonlyMap<string, Source> }) {
  const label = new Map(relations.scale.map((s) => [s.status, s.label]));
  return (
    <div className="table-scroll">
      <table className="data" data-testid="relations-table">
        <caption>Phases of US-Cambodia relations</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Status</th>
            <th scope="col">Why</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {relations.segments.map((s) => (
            <tr key={s.id} data-phase={s.id}>
              <td className="whitespace-nowrap">
                {s.startBoundary.precision === "approximate" && s.startBoundary.label ? s.startBoundary.label : formatPartialDate(s.start)}
                {s.startBoundary.disputed && (
                  <div className="text-xs">
                    disputed; also given as {s.startBoundary.alternatives.map((a) => formatPartialDate(a.date)).join(", ")}
                  </div>
                )}
              </td>
              <td className="whitespace-nowrap">{formatPartialDate(s.end)}</td>
              <td>{label.get(s.status) ?? s.status}</td>
              <td>
                <strong>{s.label}.</strong> {s.rationale}
              </td>
              <td><SourceRefs ids={s.sourceIds} sources={sources} /></td>
            </tr>
          ))}
          <tr data-phase="not-covered">
            <td>{formatPartialDate(relations.coverageEnd)}</td>
            <td>today</td>
            <td>Not covered</td>
            <td>After the last sourced event no status is claimed.</td>
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
