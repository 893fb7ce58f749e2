// Chart 5, Cambodia among its neighbours: US obligations to the countries the reader picks (Cambodia always, outlined)
// per period, side by side: totals, per year, per person, as a share of GDP, or Cambodia's share of the countries'.
import type { Dataset } from "../../data/dataset";
import { getNeighbourView, neighbourYearRange, type NeighbourQuery, type NeighbourView } from "../../compare/neighbours";
import { SOUTH_VIETNAM_LAST_YEAR } from "../../compare/population";
import type { NeighbourId } from "../../compare/ids";
import { neighboursSentence } from "../../compare/sentence";
import { licensedPublishers, neighbourColumns, neighbourTableRows, shortPublishers } from "../../compare/tables";
import { knownZeroRuns } from "../../aid/known-zero";
import { fyRange } from "../../aid/fiscal";
import { normaliseView, type NeighbourChartMeasure, type ViewState } from "../../view";
import { getCpi } from "../../aid/queries";
import { shortPeriod, type ClusteredModel, type ClusteredSeries, type ClusteredUnit } from "../clustered-bars/derive";
import { clusteredDefinition, clusteredTable, memoSpec, type ClusteredSpec } from "../clustered-bars/chart-parts";
import type { ColorVar } from "../palette";
import { GROUPING_WORDS, NB_MEASURE_TITLE } from "../registry";

const COUNTRY_COLOR: Readonly<Record<NeighbourId, ColorVar>> = {
  cambodia: "--chart-military",
  laos: "--chart-p1",
  vietnam: "--chart-p2",
  thailand: "--chart-p3",
  myanmar: "--chart-p4",
  malaysia: "--chart-p6",
  indonesia: "--chart-economic",
  philippines: "--chart-unsplit",
};

const UNIT: Record<NeighbourChartMeasure, ClusteredUnit> = { total: "usd", "per-year": "usd", "per-person": "usd-per-person", "gdp-share": "share", "cambodia-share": "share" };

export const context = (ds: Dataset) => ({ annual: ds.annual.rows, figures: ds.seed.figures, relations: ds.relations, cpi: getCpi(ds) });

/** The neighbours' query of a view: its countries, grouping and dollars, its years within the file's (FY1946-2020). */
function neighbourQueryOf(ds: Dataset, view: ViewState): NeighbourQuery {
  const v = normaliseView(view);
  const r = neighbourYearRange(ds.compare);
  const clamp = (y: number) => Math.min(r.last, Math.max(r.first, y));
  return {
    countries: v.countries,
    groupBy: v.groupBy,
    from: clamp(v.from),
    to: clamp(v.to),
    dollars: v.dollars,
    baseYear: v.dollars === "constant" ? v.base : null,
    measure: v.nbMeasure === "cambodia-share" ? "total" : v.nbMeasure,
  };
}

function seriesOf(nv: NeighbourView, measure: NeighbourChartMeasure, source: string): ClusteredSeries[] {
  if (measure === "cambodia-share")
    return [{ id: "cambodia-share", label: "Cambodia's share of US obligations to the countries chosen", colorVar: COUNTRY_COLOR.cambodia, highlight: true, values: nv.rows.map((r) => r.cambodiaShare), basis: "obligation", source }];
  return nv.query.countries.map((country, i) => ({
    id: country,
    label: `${nv.rows[0]?.cells[i]?.label ?? country}${country === "vietnam" && nv.query.from <= SOUTH_VIETNAM_LAST_YEAR ? ` (South Vietnam to ${SOUTH_VIETNAM_LAST_YEAR})` : ""}: obligations`,
    colorVar: COUNTRY_COLOR[country],
    highlight: country === "cambodia",
    values: nv.rows.map((r) => r.cells[i]?.total ?? null),
    basis: "obligation",
    source,
  }));
}

function buildNeighboursSpec(ds: Dataset, view: ViewState): ClusteredSpec {
  const v = normaliseView(view);
  const q = neighbourQueryOf(ds, v);
  const nv = getNeighbourView(ds.compare, q, context(ds));
  const unit = UNIT[v.nbMeasure];
  const sourceIds = [...nv.sourceIds, ...(q.dollars === "constant" && unit !== "share" ? [ds.cpi.sourceId] : [])];
  const dollars = unit === "share" ? "current dollars over current dollars" : q.dollars === "constant" ? `constant ${q.baseYear} US dollars (CPI-U)` : "current US dollars";
  const publishers = licensedPublishers(ds, sourceIds);
  // a value's own sources (a tooltip's): the obligations, the population or GDP divided by, the price index; not the
  // sources of the notes on years known to be $0
  const noteIds = new Set(knownZeroRuns(ds.annual.rows, q.from, q.to).flatMap((r) => r.sourceIds));
  const valueSources = shortPublishers(ds, sourceIds.filter((id) => id === ds.compare.neighboursAid.sourceId || !noteIds.has(id)));
  const title = `US aid to Cambodia and its neighbours ${GROUPING_WORDS[q.groupBy]}, ${fyRange(q.from, q.to)}: ${NB_MEASURE_TITLE[v.nbMeasure]}`;
  const model: ClusteredModel = {
    title,
    description: `Bars side by side for each period, one per country (${q.countries.length} countries, Cambodia outlined), ${NB_MEASURE_TITLE[v.nbMeasure]}; no data is a gap, never zero; net-negative periods hang below zero. The data table lists every value.`,
    categories: nv.rows.map((r) => r.period.label),
    shortCategories: nv.rows.map((r) => shortPeriod(r.period, true)),
    series: seriesOf(nv, v.nbMeasure, valueSources),
    unit,
  };
  const reasons = [...new Set(nv.rows.flatMap((r) => r.cells.flatMap((c) => (c.reason && c.yearsWithData > 0 ? [`${c.label}: ${c.reason}`] : []))))];
  const notes = [
    ...nv.notes,
    "Bars side by side, never stacked; a hatched stub on the zero line is no data (not zero); a dashed bar below zero is net negative (more de-obligated than obligated), as published.",
    ...(q.to < v.to ? [`The Greenbook's Southeast Asia series ends in FY${q.to}.`] : []),
    ...reasons.slice(0, 6),
  ];
  // the 1970s per person, the figures alone (the section opens with the full sentence: compare-summary.tsx)
  const sentence = neighboursSentence(ds.compare, q.countries, context(ds), { brief: true });
  return {
    model,
    text: {
      title,
      subtitle: `US obligations (Greenbook), economic and military together; ${v.nbMeasure === "cambodia-share" ? "Cambodia's share of the countries' total" : nv.units === "USD" ? "US dollars" : nv.units}; ${dollars}. Cambodia outlined.`,
      summary: sentence,
      sourceLine: `Sources: ${publishers}`,
      notes,
    },
    axisTitle: unit === "share" ? "Share" : `US obligations, ${unit === "usd-per-person" ? "dollars per person" : "US dollars"} (${dollars})`,
    table: clusteredTable(neighbourColumns(nv.units), neighbourTableRows(nv), title, { period: "period", series: ["country"], value: "total", perPeriod: ["from_fy", "to_fy", "cambodia_share_of_chosen"] }),
    takeaway: sentence || `${title}.`,
    source: `Sources: ${publishers}.`,
    sourceIds,
  };
}

/** Chart 5's spec of a view: the settings it draws are its key. */
export const neighboursSpec = memoSpec((view) => {
  const v = normaliseView(view);
  return [v.countries.join(","), v.nbMeasure, v.groupBy, v.from, v.to, v.dollars, v.dollars === "constant" ? v.base : ""].join("|");
}, buildNeighboursSpec);

export const neighbours = clusteredDefinition("neighbours", neighboursSpec);
