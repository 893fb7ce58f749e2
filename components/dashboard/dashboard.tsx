// The main screen, rendered on the server for one view and theme: every chart is its chart file (an <img>), its
// caption and its table, so a link reads correctly before and without JavaScript. Only the leaves hydrate: the
// controls and each chart's live face (loaded on the reader's intent to use it: pointing, touching, Tabbing to it;
// see components/charts/use-reader-intent.ts). The first screen holds the
// finding (a sentence computed for the view), the controls, chart 1 and the relations band directly under it.
import { citeSegments } from "@/components/tables/table-cells";
import { DisputeList } from "./dispute-list";
import { getDataset } from "@/lib/data/get-dataset";
import { aidQueryOf, type Theme, type ViewState } from "@/lib/view";
import { FISCAL_YEAR_NOTE, getAidAnswer, getDisputes, getReconciliations } from "@/lib/aid/queries";
import { AidFigure } from "@/components/charts/aid-figure";
import { RelationsFigure } from "@/components/charts/relations-figure";
import { SeedVsGreenbookFigure } from "@/components/charts/seed-vs-greenbook-figure";
import { ShareFigure } from "@/components/charts/share-figure";
import { ViewControls } from "@/components/controls/view-controls";
import { ViewScope } from "@/components/controls/view-scope";
import { BrokenLinkNotice } from "./broken-link-notice";
import { periodsOf } from "@/lib/charts/relations-band/chart";
import { SiteHeader } from "./site-header";
import { SiteFooter } from "@/components/site/site-footer";
import { SummaryCards } from "./summary-cards";
import { findingSentence } from "@/lib/aid/finding";
import { PageExportActions } from "@/components/export/page-actions";
import { CompareSummary } from "@/components/compare/compare-summary";

export function Dashboard({ view, theme, brokenLink, badParams }: { view: ViewState; theme: Theme; brokenLink: boolean; badParams: string[] }) {
  const ds = getDataset();
  const cited = new Set(ds.events.events.flatMap((e) => e.sourceIds).concat(ds.relations.segments.flatMap((s) => s.sourceIds)));
  const sources = ds.sources.filter((s) => cited.has(s.id) || s.kind === "primary-data" || s.kind === "narrative").map((s) => ({ id: s.id, title: s.title, publisher: s.publisher }));
  const disputes = getDisputes(ds);
  const aid = getAidAnswer(ds, aidQueryOf(view));
  const share = view.split === "kind" || view.series === "seed" ? aid : getAidAnswer(ds, aidQueryOf(view, { forceKindSplit: true }));
  const periods = periodsOf(aid);
  const finding = findingSentence(ds, view);
  return (
    <div className="theme-root" data-theme={theme}>
      <SiteHeader theme={theme} current="dashboard" title="US aid to Cambodia, 1955-2024, and the state of relations" />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pb-4 space-y-6">
        <ViewScope view={view} theme={theme}>
        {brokenLink && <BrokenLinkNotice badParams={badParams} view={view} />}
        <div className="lede">
          {finding && (
            <p className="finding" data-testid="finding">
              {finding}
            </p>
          )}
          <noscript>
            <p className="notice">Charts are shown as drawn for this link; changing the view needs JavaScript. Every chart has its data table with it.</p>
          </noscript>
        </div>

        <section aria-labelledby="charts-h" className="space-y-6">
          <h2 id="charts-h" className="sr-only">Charts</h2>
          {/* the controls beside (on a laptop) or above (on a phone) chart 1 and the relations band, which share one
              time axis, the band directly under the bars */}
          <div className="charts-lead">
            <ViewControls />
            <div className="chart-pair" data-testid="chart-pair">
              <AidFigure view={view} theme={theme} data={aid} />
              <RelationsFigure view={view} theme={theme} relations={ds.relations} events={ds.events.events} sources={sources} periods={periods} />
            </div>
          </div>
          <SummaryCards ds={ds} view={view} />
          <PageExportActions />
          <ShareFigure view={view} theme={theme} data={share} />
          <SeedVsGreenbookFigure view={view} theme={theme} recs={getReconciliations(ds)} nonAid={ds.seed.nonAid} />
        </section>

        <CompareSummary ds={ds} view={view} theme={theme} />

        <section aria-labelledby="about-h">
          <h2 id="about-h" className="text-xl font-semibold">About these figures</h2>
          <p>
            How much the United States obligated to Cambodia, in what form, in which periods, and how that tracked relations between the two
            countries. Every figure names its source; where sources disagree, both are shown.
          </p>
          <p className="muted text-sm">{FISCAL_YEAR_NOTE}</p>
        </section>

        <section aria-labelledby="disputes-h">
          <h2 id="disputes-h" className="text-xl font-semibold">Where sources disagree</h2>
          <DisputeList
            rows={disputes.map((d) => [d.id, d.topic, d.claim, citeSegments(d.claimSourceIds, ds.sourceById), d.contrary, citeSegments(d.contrarySourceIds, ds.sourceById), d.note] as const)}
          />
        </section>

        <section aria-labelledby="reference-h">
          <h2 id="reference-h" className="text-xl font-semibold">Reference data</h2>
          <p>
            <a href="/data">Sources, every dated event and every fiscal year</a>: the {ds.sources.length} sources every citation on this page links
            to, all {ds.events.events.length} dated events ({ds.events.events[0].start.slice(0, 4)}-{ds.events.events.at(-1)!.start.slice(0, 4)}, including
            those outside the charts&apos; years), and the annual series FY1955-2024 with the totals of other editions where they differ. The data are also
            served as JSON and CSV by the API.
          </p>
        </section>
        </ViewScope>
      </main>
      <SiteFooter />
    </div>
  );
}
