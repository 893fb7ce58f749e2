import { AnnualTable } from "@/components/tables/annual-table";
import { EventsTable } from "@/components/tables/events-table";
import { RelationsTable } from "@/components/tables/relations-table";
import { SeedFiguresTable } from "@/components/tables/seed-figures-table";
import { SourcesList } from "@/components/tables/sources-list";
import { SourceRefs } from "@/components/ui/source-refs";
import { getDataset } from "@/lib/data";
import { getDisputes, getReconciliations, FISCAL_YEAR_NOTE } from "@/lib/views";

export default function Home() {
  const ds = getDataset();
  const recs = getReconciliations(ds);
  const disputes = getDisputes(ds);
  return (
    <main className="mx-auto max-w-6xl p-4 space-y-10">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">US aid to Cambodia, 1955-2024, and the state of relations</h1>
        <p>
          How much the United States obligated to Cambodia each fiscal year, in what form, and how it tracked relations between the two countries. Every
          figure cites its source; where sources disagree, both are shown.
        </p>
        <p className="muted text-sm">{FISCAL_YEAR_NOTE} Amounts are obligations in current US dollars unless stated.</p>
      </header>

      <section aria-labelledby="seed-h">
        <h2 id="seed-h" className="text-xl font-semibold">The seed article&apos;s figures against the Greenbook</h2>
        <SeedFiguresTable recs={recs} nonAid={ds.seed.nonAid} sources={ds.sourceById} />
      </section>

      <section aria-labelledby="annual-h">
        <h2 id="annual-h" className="text-xl font-semibold">Annual obligations</h2>
        <p className="text-sm">
          FY1955-2020 from the USAID Greenbook (economic and military); FY2021-2024 totals from ForeignAssistance.gov, which gives no split. FY2024 is
          provisional.
        </p>
        <AnnualTable rows={ds.annual.rows} sources={ds.sourceById} sourceChangeAfter={ds.annual.sourceChanges.map((c) => c.afterFiscalYear)} />
      </section>

      <section aria-labelledby="relations-h">
        <h2 id="relations-h" className="text-xl font-semibold">State of relations</h2>
        <RelationsTable relations={ds.relations} sources={ds.sourceById} />
      </section>

      <section aria-labelledby="disputes-h">
        <h2 id="disputes-h" className="text-xl font-semibold">Where sources disagree</h2>
        <ul className="space-y-3">
          {disputes.map((d) => (
            <li key={d.id} data-dispute={d.id}>
              <strong>{d.topic}.</strong> Claim: {d.claim} <SourceRefs ids={d.claimSourceIds} sources={ds.sourceById} />. Against it: {d.contrary}{" "}
              <SourceRefs ids={d.contrarySourceIds} sources={ds.sourceById} />. <span className="muted">{d.note}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="events-h">
        <h2 id="events-h" className="text-xl font-semibold">Events</h2>
        <EventsTable events={ds.events.events} sources={ds.sourceById} />
      </section>

      <section aria-labelledby="sources-h">
        <h2 id="sources-h" className="text-xl font-semibold">Sources</h2>
        <SourcesList sources={ds.sources} />
      </section>
    </main>
  );
}
