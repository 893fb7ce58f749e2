// "/methods": how every number is made, in plain words, with the sources, the reconciliation of the article's figures
// with the Greenbook and the disputed dates and claims, all rendered from the data. Prerendered. Each section keeps a
// stable id: each chart's "Sources and notes" links to its own (lib/pages/methods.ts).
import type { Metadata } from "next";
import { SiteHeader } from "@/components/dashboard/site-header";
import { SiteFooter } from "@/components/site/site-footer";
import { SourceRefs } from "@/components/ui/source-refs";
import { EvidenceSections } from "@/components/methods/evidence-sections";
import { Section } from "@/components/methods/section";
import { SourcesSection } from "@/components/methods/sources-section";
import { getDataset } from "@/lib/data/get-dataset";
import { formatPartialDate } from "@/lib/util/dates";
import { CPI_METHOD_NOTE, deflateToBaseYear } from "@/lib/aid/cpi";
import { formatUsdFull, formatUsdShort } from "@/lib/util/format";
import { METHOD_SECTIONS, type MethodSection } from "@/lib/pages/methods";
import { pageMetadata } from "@/lib/pages/meta";
import { sourceHref } from "@/lib/pages/source-href";
import { FISCAL_YEAR_NOTE, getCpi, getDisagreements } from "@/lib/aid/queries";

export const metadata: Metadata = pageMetadata({
  path: "/methods",
  title: "Methods and sources",
  description:
    "How the US aid to Cambodia dashboard is made: every source with its edition and licence, fiscal years, obligations, constant dollars, per-year averages, no data versus zero, the change of source in FY2021, and where the sources disagree.",
});

export default function MethodsPage() {
  const ds = getDataset();
  const cpi = getCpi(ds);
  const rows = ds.annual.rows;
  const noData = rows.filter((r) => r.status === "no-data").map((r) => r.fiscalYear);
  const knownZeros = rows.filter((r) => r.status === "known-zero");
  const unsplit = rows.filter((r) => r.total !== null && r.economic === null).map((r) => r.fiscalYear);
  const fy1974 = rows.find((r) => r.fiscalYear === 1974);
  const lastCpi = cpi.lastYear;
  const change = ds.annual.sourceChanges[0];
  const disagreements = getDisagreements(ds);
  const yearsText = (ys: number[]) => (ys.length ? ys.map((y) => `FY${y}`).join(", ") : "none");
  return (
    <div className="theme-root" data-theme="system">
      <SiteHeader current="methods" />
      <main id="main" tabIndex={-1} className="page-main space-y-6">
        <h1>Methods and sources</h1>
        <p>How each number on the dashboard is made and where it comes from, in plain words. Every rule here is applied the same way in the charts, the tables, the downloads and the API.</p>
        <nav aria-label="On this page" className="text-sm">
          <ul className="prose">
            {(Object.keys(METHOD_SECTIONS) as MethodSection[]).map((k) => (
              <li key={k}>
                <a href={`#${k}`}>{METHOD_SECTIONS[k]}</a>
              </li>
            ))}
          </ul>
        </nav>

        <SourcesSection ds={ds} />

        <Section id="fiscal-years">
          <p>{FISCAL_YEAR_NOTE}</p>
          <p>
            So FY1974 is July 1973 to June 1974, and FY2010 is October 2009 to September 2010. When the US government moved its year to October in
            1976, the three months from July to September 1976 belonged to no fiscal year: the Greenbook reports that transition quarter with FY1976,
            and so does this dashboard. Charts place each fiscal year over its own dates and each event at its calendar date, so bars and events share
            one time axis. Dates have no time zone: 3 May 1965 is 3 May 1965 wherever it is read.
          </p>
        </Section>

        <Section id="obligations">
          <p>
            Every US amount is an <strong>obligation</strong>: money the US government committed to spend in that fiscal year (for loans, the loan
            authorised). It is not what was paid out that year (a <strong>disbursement</strong>), which can come years later or not at all. A{" "}
            <strong>commitment</strong>, as other lenders such as China report it, is what a lender agreed to provide, often a loan to be repaid; it
            is closer to an obligation than to a disbursement, but the two are counted by different rules and are never added together here.
          </p>
          <p>Amounts are in current US dollars unless the view asks for constant dollars, and whole dollars throughout.</p>
        </Section>

        <Section id="constant-dollars">
          <p>{CPI_METHOD_NOTE}</p>
          {fy1974 && fy1974.total !== null && (
            <p>
              For example, the {formatUsdFull(fy1974.total)} obligated in FY1974 is {formatUsdShort(Math.round(deflateToBaseYear(fy1974.total, 1974, lastCpi, cpi)))} in {lastCpi}{" "}
              dollars: {formatUsdFull(fy1974.total)} x CPI-U {lastCpi} / CPI-U 1974. The CPI-U is the Bureau of Labor Statistics&apos; annual average for calendar years; fiscal years
              straddle two calendar years, so using the calendar year a fiscal year ends in is an approximation. The Greenbook&apos;s own constant-2020 column uses another deflator and
              is not used. A figure the article gives for a span of years is deflated as if spread evenly over it.
            </p>
          )}
        </Section>

        <Section id="per-year-averages">
          <p>
            A per-year average divides a period&apos;s total by the number of its years that <strong>have records</strong>, and says so where the number is: &quot;per year, over the 5 of
            10 years with records&quot;. A bar&apos;s own label ends in &quot;/yr&quot; so it is not read as the period&apos;s total. The setting &quot;over every year&quot; divides by every year of the period
            instead, counting years without records as no aid ($0): an assumption the chart states. A period with no records at all stays no data.
          </p>
          <p>Every part (economic, military, total-only, programmes) is divided by the same years and rounded so the parts add up to the whole dollar.</p>
        </Section>

        <Section id="no-data">
          <p>
            A year without records is <strong>no data</strong>, not zero: it is hatched in the charts, empty in tables and CSV files and <code>null</code> in the API. The Greenbook has no Cambodia records for{" "}
            {yearsText(noData)}: the timeline writes &quot;no data (no records, not $0)&quot;. A year is a <strong>known zero</strong> ($0) only where a cited event shows that no US aid could flow
            {knownZeros.length ? `: ${yearsText(knownZeros.map((r) => r.fiscalYear))}` : ""}.
          </p>
          {knownZeros.length > 0 && (
            <ul>
              {knownZeros.map((r) => (
                <li key={r.fiscalYear}>
                  FY{r.fiscalYear}: {r.knownZero?.reason} {r.knownZero && <SourceRefs ids={r.knownZero.sourceIds} sources={ds.sourceById} />}
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="source-change">
          {change && (
            <p>
              Up to FY{change.afterFiscalYear} the series comes from{" "}
              <a href={sourceHref(change.from)}>{ds.sourceById.get(change.from)?.title ?? change.from}</a>; from FY{change.afterFiscalYear + 1} from{" "}
              <a href={sourceHref(change.to)}>{ds.sourceById.get(change.to)?.title ?? change.to}</a>. {change.note}
            </p>
          )}
          <p>Years with a total but no economic/military split: {yearsText(unsplit)}.</p>
          {disagreements.length > 0 && (
            <div className="table-scroll">
              <table className="data">
                <caption>Where another edition gives a different total (current dollars)</caption>
                <thead>
                  <tr>
                    <th scope="col">Fiscal year</th>
                    <th scope="col">Shown</th>
                    <th scope="col">Other edition</th>
                    <th scope="col">Difference</th>
                  </tr>
                </thead>
                <tbody>
                  {disagreements.map((d) => (
                    <tr key={`${d.fiscalYear}-${d.other.sourceId}`}>
                      <th scope="row">FY{d.fiscalYear}</th>
                      <td>
                        {formatUsdFull(d.shown.total)} <SourceRefs ids={[d.shown.sourceId]} sources={ds.sourceById} />
                      </td>
                      <td>
                        {formatUsdFull(d.other.total)}
                        {d.other.provisional ? " (provisional)" : ""} <SourceRefs ids={[d.other.sourceId]} sources={ds.sourceById} />
                      </td>
                      <td>{formatUsdFull(d.other.total - d.shown.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Section>

        <Section id="economic-military">
          <p>
            The Greenbook splits each year into economic and military assistance; its total is the sum of all of a year&apos;s rows, including the negative adjustment rows that
            cancel double counting, so no subset of accounts is summed without its offsets. ForeignAssistance.gov gives totals only, so from FY{change ? change.afterFiscalYear + 1 : 2021} the
            split is not available, and a share computed from only some of a period&apos;s years is starred. Programmes (ESF, PL 480, MAP, IMET, FMF...) group the Greenbook&apos;s accounts.
          </p>
        </Section>

        <Section id="relations-phases">
          <p>
            The band of relations is a sequence of phases from recognition in February 1950 to {formatPartialDate(ds.relations.coverageEnd)}, each with a status on one scale (
            {ds.relations.scale.map((s) => s.label).join(", ")}). Each phase starts at its boundary&apos;s primary date; a fiscal year belongs to the phase in force at its midpoint.
            After the last sourced event the status is not covered. Where sources date a boundary differently, every date is shown.
          </p>
          <ul>
            {ds.relations.segments.map((s) => (
              <li key={s.id}>
                <strong>{s.label}</strong> ({formatPartialDate(s.start)} to {formatPartialDate(s.end)}): {s.rationale} <SourceRefs ids={s.sourceIds} sources={ds.sourceById} />
              </li>
            ))}
          </ul>
        </Section>

        <EvidenceSections ds={ds} />
      </main>
      <SiteFooter />
    </div>
  );
}
