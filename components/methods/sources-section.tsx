// /methods "Sources": every data source with its publisher, edition, coverage and licence, and the publications the
// events and phases cite.
import type { Dataset } from "@/lib/data/dataset";
import { formatPartialDate } from "@/lib/util/dates";
import { licenceOf } from "@/lib/pages/methods";
import { sourceHref } from "@/lib/pages/source-href";
import { Section } from "./section";

export function SourcesSection({ ds }: { ds: Dataset }) {
  const core = ds.sources.filter((s) => ["primary-data", "narrative"].includes(s.kind) || s.id.startsWith("state-oh-"));
  const others = ds.sources.filter((s) => !core.includes(s));
  return (
    <Section id="sources">
      <p>The data sources and the article the dashboard started from. Each event and phase of relations also cites its own publications ({others.length} more, listed below and on the <a href="/data#sources-h">data page</a>).</p>
      <div className="table-scroll">
        <table className="data stack-cards">
          <caption>Data sources: publisher, edition, what they cover and the terms they are used under</caption>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Publisher</th>
              <th scope="col">Edition</th>
              <th scope="col">Covers</th>
              <th scope="col">Licence</th>
            </tr>
          </thead>
          <tbody>
            {core.map((s) => (
              <tr key={s.id} id={`method-source-${s.id}`}>
                <th scope="row" data-label="Source">
                  {s.url ? <a href={s.url}>{s.title}</a> : s.title}
                </th>
                <td data-label="Publisher">{s.publisher}</td>
                <td data-label="Edition">{s.edition ?? (s.date ? formatPartialDate(s.date) : "not stated")}</td>
                <td data-label="Covers">
                  {s.covers}
                  {s.viaNote && <span className="muted"> {s.viaNote}</span>}
                </td>
                <td data-label="Licence">{licenceOf(s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>The {others.length} publications cited by events and phases</summary>
        <ul>
          {others.map((s) => (
            <li key={s.id}>
              <a href={sourceHref(s.id)}>{s.title}</a>, {s.publisher}
              {s.date ? `, ${formatPartialDate(s.date)}` : ""}. <span className="muted">{licenceOf(s)}.</span>
            </li>
          ))}
        </ul>
      </details>
    </Section>
  );
}
