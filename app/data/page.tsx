// "/data": the reference behind the dashboard, prerendered: every source, every dated event, every fiscal year.
import type { Metadata } from "next";
import { AnnualTable } from "@/components/tables/annual-table";
import { EventsTable } from "@/components/tables/events-table";
import { SourcesList } from "@/components/tables/sources-list";
import { getDataset } from "@/lib/data";
import { FISCAL_YEAR_NOTE, getDisagreements } from "@/lib/views";

export const metadata: Metadata = {
  title: "Sources, events and annual figures | US aid to Cambodia dashboard",
  description: "Every source cited by the US aid to Cambodia dashboard, every dated event 1950-2026, and US aid obligations for every fiscal year FY1955-2024.",
};

export default function ReferencePage() {
  const ds = getDataset();
  const events = ds.events.events;
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-6xl p-4 space-y-8">
      <header className="space-y-2">
        <p>
          <a href="/">Back to the dashboard</a>
        </p>
        <h1 className="text-2xl font-bold">Sources, events and annual figures</h1>
        <p>The reference behind every chart: what each figure comes from, every dated event, and the annual series as transcribed.</p>
        <nav aria-label="On this page" className="text-sm">
          <a href="#sources-h">Sources ({ds.sources.length})</a> · <a href="#events-h">All dated events ({events.length})</a> ·{" "}
          <a href="#annual-h">Annual obligations</a>
        </nav>
      </header>

      <section aria-labelledby="sources-h">
        <h2 id="sources-h" className="text-xl font-semibold">Sources</h2>
        <SourcesList sources={ds.sources} />
      </section>

      <section aria-labelledby="events-h">
        <h2 id="events-h" className="text-xl font-semibold">
          All dated events, {events[0].start.slice(0, 4)}-{events[events.length - 1].start.slice(0, 4)}
        </h2>
        <p className="text-sm muted">Including those before FY1955 and after FY2024, outside the charts&apos; years.</p>
        <EventsTable events={events} sources={ds.sourceById} />
      </section>

      <section aria-labelledby="annual-h">
        <h2 id="annual-h" className="text-xl font-semibold">Annual obligations, FY1955-2024</h2>
        <p className="text-sm muted">{FISCAL_YEAR_NOTE}</p>
        <AnnualTable rows={ds.annual.rows} sources={ds.sourceById} sourceChangeAfter={ds.annual.sourceChanges.map((c) => c.afterFiscalYear)} disagreements={getDisagreements(ds)} />
      </section>
    </main>
  );
}
