// The main screen, rendered on the server for one view and theme: every chart is its chart file (an <img>), its
// caption and its table, so a link reads correctly before and without JavaScript. Only the leaves hydrate: the
// controls, each chart's live face (loaded near the viewport) and the band's markers.
import { ThemeToggle } from "@/components/controls/theme-toggle";
import { SourceRefs } from "@/components/ui/source-refs";
import { getDataset } from "@/lib/data";
import { aidQueryOf, type Theme, type ViewState } from "@/lib/view";
import { FISCAL_YEAR_NOTE, getAidView, getDisputes, getReconciliations } from "@/lib/views";
import { AidFigure } from "@/components/charts/aid-figure";
import { RelationsFigure } from "@/components/charts/relations-figure";
import { SeedVsGreenbookFigure } from "@/components/charts/seed-vs-greenbook-figure";
import { ShareFigure } from "@/components/charts/share-figure";
import { ViewControls } from "@/components/controls/view-controls";
import { BrokenLinkNotice } from "./broken-link-notice";
import { periodsOf } from "@/lib/charts/files";
import { SummaryCards } from "./summary-cards";
import { PageExportActions } from "@/components/export/page-actions";

export function Dashboard({ view, theme, brokenLink, badParams }: { view: ViewState; theme: Theme; brokenLink: boolean; badParams: string[] }) {
  const ds = getDataset();
  const cited = new Set(ds.events.events.flatMap((e) => e.sourceIds).concat(ds.relations.segments.flatMap((s) => s.sourceIds)));
  const sources = ds.sources.filter((s) => cited.has(s.id) || s.kind === "primary-data" || s.kind === "narrative").map((s) => ({ id: s.id, title: s.title, publisher: s.publisher }));
  const disputes = getDisputes(ds);
  const aid = getAidView(ds, aidQueryOf(view));
  const share = view.split === "kind" || view.series === "seed" ? aid : getAidView(ds, aidQueryOf(view, { forceKindSplit: true }));
  const periods = periodsOf(aid);
  return (
    <div className="theme-root" data-theme={theme}>
      <main className="mx-auto max-w-6xl p-4 space-y-8">
        <header className="space-y-2">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h1 className="text-2xl font-bold">US aid to Cambodia, 1955-2024, and the state of relations</h1>
            <ThemeToggle initial={theme} />
          </div>
          <p>
            How much the United States obligated to Cambodia, in what form, in which periods, and how that tracked relations between the two
            countries. Every figure names its source; where sources disagree, both are shown.
          </p>
          <p className="muted text-sm">{FISCAL_YEAR_NOTE}</p>
          <noscript>
            <p className="notice">Charts are shown as drawn for this link; changing the view needs JavaScript. Every chart has its data table below it.</p>
          </noscript>
        </header>

        <SummaryCards ds={ds} />

        <section aria-labelledby="charts-h" className="space-y-6">
          <h2 id="charts-h" className="sr-only">Charts</h2>
          {brokenLink && <BrokenLinkNotice badParams={badParams} />}
          <ViewControls view={view} />
          <PageExportActions view={view} />
          <AidFigure view={view} theme={theme} data={aid} />
          <RelationsFigure view={view} theme={theme} relations={ds.relations} events={ds.events.events} sources={sources} periods={periods} />
          <ShareFigure view={view} theme={theme} data={share} />
          <SeedVsGreenbookFigure view={view} theme={theme} recs={getReconciliations(ds)} nonAid={ds.seed.nonAid} sources={sources} />
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

        <section aria-labelledby="reference-h">
          <h2 id="reference-h" className="text-xl font-semibold">Reference data</h2>
          <p>
            <a href="/data">Sources, every dated event and every fiscal year</a>: the {ds.sources.length} sources every citation on this page links
            to, all {ds.events.events.length} dated events ({ds.events.events[0].start.slice(0, 4)}-{ds.events.events.at(-1)!.start.slice(0, 4)}, including
            those outside the charts&apos; years), and the annual series FY1955-2024 with the totals of other editions where they differ. The data are also
            served as JSON and CSV by the API (see the README).
          </p>
        </section>
      </main>
    </div>
  );
}
