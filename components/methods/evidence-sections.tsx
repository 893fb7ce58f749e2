// /methods "Reconciliation" and "Disputes": the article's figures against the Greenbook, and every claim or date that
// sources give two ways, each version with its source.
import { SourceRefs } from "@/components/ui/source-refs";
import type { Dataset } from "@/lib/data/dataset";
import { formatPartialDate } from "@/lib/util/dates";
import { formatPercent, formatUsdFull, formatUsdShort } from "@/lib/util/format";
import { getDisputes, getReconciliations } from "@/lib/aid/queries";
import { Section } from "./section";

export function EvidenceSections({ ds }: { ds: Dataset }) {
  const recs = getReconciliations(ds);
  const disputes = getDisputes(ds);
  const disputedEvents = ds.events.events.filter((e) => e.alternatives.length > 0);
  const disputedPhases = ds.relations.segments.filter((s) => s.startBoundary.disputed);
  return (
    <>
      <Section id="reconciliation">
        <p>
          The article the dashboard started from gives ten dollar figures. Each is compared with the Greenbook for the same fiscal years and kind, and where the article names a
          programme, with that programme&apos;s accounts. They differ for plain reasons: the article counts some things the Greenbook does not (or the reverse), rounds, gives lower
          bounds (&quot;over $500M&quot;) or earmarks rather than obligations, and sometimes its years are calendar rather than fiscal years. Greenbook minus the article, as a share of the
          article&apos;s figure:
        </p>
        <div className="table-scroll">
          <table className="data stack-cards" data-testid="reconciliation-table">
            <caption>The article&apos;s figures against the Greenbook (current dollars)</caption>
            <thead>
              <tr>
                <th scope="col">Article</th>
                <th scope="col">Years</th>
                <th scope="col">Article&apos;s figure</th>
                <th scope="col">Greenbook, same kind</th>
                <th scope="col">Difference</th>
                <th scope="col">Programme&apos;s accounts</th>
                <th scope="col">Why they differ</th>
              </tr>
            </thead>
            <tbody>
              {recs.map((r) => (
                <tr key={r.figure.id}>
                  <th scope="row" data-label="Article">{r.figure.description}</th>
                  <td data-label="Years">
                    FY{r.fiscalYears.from}
                    {r.fiscalYears.to !== r.fiscalYears.from ? `-${r.fiscalYears.to}` : ""}
                  </td>
                  <td data-label="Article's figure">
                    {formatUsdFull(r.figure.amount)} ({r.figure.precision})
                  </td>
                  <td data-label="Greenbook, same kind">{formatUsdFull(r.sameKind.greenbookAmount)}</td>
                  <td data-label="Difference">
                    {r.sameKind.differenceUsd === null ? "no data" : `${formatUsdShort(r.sameKind.differenceUsd)} (${formatPercent(r.sameKind.differencePct)})`}
                  </td>
                  <td data-label="Programme's accounts">{r.programme ? r.programme.summary : "no programme named"}</td>
                  <td data-label="Why they differ">{r.why}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="disputes">
        <p>Where sources contradict each other, or the article contradicts itself, both versions are shown, each with its source; none is silently chosen.</p>
        <ul>
          {disputes.map((d) => (
            <li key={d.id} id={`dispute-${d.id}`}>
              <strong>{d.topic}.</strong> {d.claim} <SourceRefs ids={d.claimSourceIds} sources={ds.sourceById} /> Against it: {d.contrary}{" "}
              <SourceRefs ids={d.contrarySourceIds} sources={ds.sourceById} /> <span className="muted">{d.note}</span>
            </li>
          ))}
        </ul>
        <h3>Events and phases dated two ways</h3>
        <ul>
          {disputedEvents.map((e) => (
            <li key={e.id}>
              <a href={`/timeline?q=${encodeURIComponent(e.title)}`}>{e.title}</a>: {formatPartialDate(e.start)} (<SourceRefs ids={e.sourceIds} sources={ds.sourceById} />)
              {e.alternatives.map((a) => (
                <span key={a.date}>
                  {" "}
                  or {formatPartialDate(a.date)} (<SourceRefs ids={a.sourceIds} sources={ds.sourceById} />)
                </span>
              ))}
            </li>
          ))}
          {disputedPhases.map((s) => (
            <li key={s.id}>
              Start of &quot;{s.label}&quot;: {formatPartialDate(s.start)}
              {s.startBoundary.alternatives.map((a) => (
                <span key={a.date}>
                  {" "}
                  or {formatPartialDate(a.date)} (<SourceRefs ids={a.sourceIds} sources={ds.sourceById} />: {a.note})
                </span>
              ))}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
