// Chart 6, the United States among Cambodia's financiers, 2000 on: every financier's series on the ONE basis the
// reader picks (disbursement by default), side by side per period, never stacked and never added across bases.
import type { Dataset } from "../../data/dataset";
import { BASIS_WORDS, FINANCIERS, getFinancierView, selectSeries, seriesCatalogue, type Financier, type FinancierQuery } from "../../compare/financiers";
import { seriesRange } from "../../compare/query";
import { financiersDecadeView, financiersSentence } from "../../compare/sentence";
import { FINANCIERS_COLUMNS, financierTableRows, licensedPublishers, shortPublishers } from "../../compare/tables";
import type { ViewState } from "../../view";
import { shortPeriod, type ClusteredModel } from "../clustered-bars/derive";
import { clusteredDefinition, clusteredTable, memoSpec, type ClusteredSpec } from "../clustered-bars/chart-parts";
import type { ColorVar } from "../palette";
import { GROUPING_WORDS } from "../registry";
import { context } from "../neighbours/chart";

const FINANCIER_COLOR: Readonly<Record<Financier, ColorVar>> = {
  us: "--chart-military",
  china: "--chart-p1",
  japan: "--chart-p2",
  adb: "--chart-p3",
  ida: "--chart-p4",
  australia: "--chart-p6",
  korea: "--chart-economic",
  "eu-institutions": "--chart-unsplit",
};

export const BASIS_TITLE: Readonly<Record<ViewState["basis"], string>> = {
  disbursement: "money paid out (disbursements)",
  commitment: "money agreed (commitments)",
  obligation: "US obligations",
  "debt-service": "debt service Cambodia paid",
};

/** The financiers' query of a view: its basis and grouping over the years that basis's sources cover; a period's
 * amount is its average a year (so a short last period does not look like a fall), a year's is the year's. */
function financierQueryOf(ds: Dataset, view: ViewState): FinancierQuery {
  const base = { basis: view.basis, financiers: [...FINANCIERS], china: "v3" } as const;
  const range = seriesRange(selectSeries(seriesCatalogue(ds.compare, ds.annual.rows), base)) ?? { first: 2000, last: 2000 };
  return {
    ...base,
    groupBy: view.fgroupBy,
    from: range.first,
    to: range.last,
    dollars: view.dollars,
    baseYear: view.dollars === "constant" ? view.base : null,
    measure: view.fgroupBy === "year" ? "total" : "per-year",
  };
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function buildFinanciersSpec(ds: Dataset, view: ViewState): ClusteredSpec {
  const q = financierQueryOf(ds, view);
  const fv = getFinancierView(ds.compare, q, context(ds));
  const dollars = q.dollars === "constant" ? `constant ${q.baseYear} US dollars (CPI-U)` : "current US dollars";
  const perYear = q.measure === "per-year";
  const title = `The United States among Cambodia's financiers ${GROUPING_WORDS[q.groupBy]}, ${q.from}-${q.to}: ${BASIS_TITLE[q.basis as ViewState["basis"]]}`;
  const decade = financiersDecadeView(ds.compare, context(ds));
  const sourceIds = [...fv.sourceIds, ...decade.sourceIds, ...(q.dollars === "constant" || fv.series.some((s) => s.id === "china-commitments") ? [ds.cpi.sourceId] : [])];
  const model: ClusteredModel = {
    title,
    description: `Bars side by side for each period, one per financier's series (${fv.series.length}), all ${q.basis}s, the United States outlined${perYear ? ", each period's average a year" : ""}; no data is a gap, never zero. The data table lists every value.`,
    categories: fv.periods.map((p) => p.label),
    shortCategories: fv.periods.map((p) => shortPeriod(p, false)),
    series: fv.series.map((s) => ({
      id: s.id,
      // "Loans disbursed", "Debt service paid to it": the instrument names its basis, so the API's "(disbursement)" goes
      label: s.label.replace(/ \((disbursement|debt-service)\)$/, ""),
      colorVar: FINANCIER_COLOR[s.financier],
      highlight: s.financier === "us",
      pale: s.instrument.startsWith("Grants"),
      values: s.cells.map((c) => c.amount),
      basis: s.basis,
      source: shortPublishers(ds, s.sourceIds),
    })),
    unit: "usd",
  };
  const publishers = licensedPublishers(ds, sourceIds);
  // the decade's figures on the chart's own basis (the section opens with every basis: compare-summary.tsx)
  const sentence = financiersSentence(decade, { basis: q.basis }) || financiersSentence(decade);
  return {
    model,
    text: {
      title,
      subtitle: `${capitalised(BASIS_WORDS[q.basis as ViewState["basis"]])}; ${perYear ? "each period's average a year over its years with records, " : ""}${dollars}. The United States outlined; one basis only, never added to another.`,
      summary: sentence,
      sourceLine: `Sources: ${publishers}`,
      notes: [...fv.notes, "Bars side by side, never stacked; a hatched stub on the zero line is no data (not zero); grants are drawn paler than the same financier's loans.", ...new Set(fv.series.flatMap((s) => s.notes))],
    },
    axisTitle: `${BASIS_TITLE[q.basis as ViewState["basis"]]}, ${dollars}${perYear ? " a year" : ""}`,
    table: clusteredTable([...FINANCIERS_COLUMNS], financierTableRows(fv), title, { period: "period", series: ["financier", "instrument"], value: "amount_usd", perPeriod: ["from_year", "to_year"] }),
    takeaway: sentence,
    source: `Sources: ${publishers}.`,
    sourceIds,
  };
}

/** Chart 6's spec of a view: the settings it draws are its key. */
export const financiersSpec = memoSpec((v) => [v.basis, v.fgroupBy, v.dollars, v.dollars === "constant" ? v.base : ""].join("|"), buildFinanciersSpec);

export const financiers = clusteredDefinition("financiers", financiersSpec);
