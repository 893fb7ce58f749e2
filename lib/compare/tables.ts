// The comparison's tables as rows of plain cells, each row naming its source, basis and divisor: the API's CSV
// (lib/api/compare-endpoints.ts) and charts 5 and 6's tables (/charts/neighbours.csv, /charts/financiers.csv) write
// these same columns. And the sources as the comparison cites them, with the licence the product must name.
import type { Dataset } from "../data/dataset";
import type { CsvCell } from "../export/csv";
import type { ColumnFormat, DrawnColumn } from "../export/drawn/types";
import { BASE_YEAR, column, csvOnly, DOLLARS, FROM_FY, MEASURE, NOTES, PERIOD, PERIOD_ID, SOURCES, STATUS, TO_FY, UNITS, usdColumn, YEARS_IN_SPAN, YEARS_WITH_DATA } from "../export/drawn/columns";
import type { FinancierView } from "./financiers";
import type { NeighbourView } from "./neighbours";

/** Sources as the comparison answers cite them: with the licence the product must name (ODC-By, CC BY). */
export function compareSources(ds: Dataset, ids: Iterable<string>) {
  return [...new Set(ids)].flatMap((id) => {
    const s = ds.sourceById.get(id);
    return s ? [{ id: s.id, title: s.title, publisher: s.publisher, licence: s.licence ?? null }] : [];
  });
}

/** The neighbours table's columns in a view's units: the API's CSV header is their keys. */
export function neighbourColumns(units: NeighbourView["units"]): DrawnColumn[] {
  const amount: ColumnFormat = units === "USD" ? "usd" : units === "USD per person" ? "usd-cents" : "fraction";
  const value = (key: string, label: string, format: ColumnFormat) => column(key, label, format, { empty: "no data" });
  const none = (key: string, label: string) => column(key, label, "text", { empty: "none" });
  return [
    PERIOD_ID, PERIOD, FROM_FY, TO_FY, csvOnly("country_id", "Country id"), column("country", "Country"), STATUS,
    value("economic", "Economic", amount), value("military", "Military", amount), value("total", "Total", amount), UNITS,
    value("total_usd", "Total, US dollars", "usd"), value("cambodia_share_of_chosen", "Cambodia's share of the countries chosen", "fraction"),
    YEARS_WITH_DATA, YEARS_IN_SPAN, none("missing_years", "Years without records"), none("negative_years", "Net-negative years"),
    none("population_series", "Population series"), none("gdp_years", "Years with a GDP"), column("reason", "Reason"),
    DOLLARS, BASE_YEAR, MEASURE, SOURCES, NOTES,
  ];
}

export const NEIGHBOURS_CSV_HEADER = neighbourColumns("USD").map((c) => c.key);

/** The rows of the neighbours table: one per period and country (the API's CSV and chart 5's table). */
export function neighbourTableRows(v: NeighbourView): CsvCell[][] {
  return (
    v.rows.flatMap((r) =>
      r.cells.map((c) => [
        r.period.id, r.period.label, r.period.from, r.period.to, c.country, c.label,
        c.yearsWithData === 0 ? "no data" : c.total === null ? "not available" : c.yearsWithData < c.yearsInSpan ? "partial" : "complete",
        c.economic, c.military, c.total, v.units, c.amountUsd, r.cambodiaShare === null ? null : r.cambodiaShare.toFixed(4),
        c.yearsWithData, c.yearsInSpan, c.missingYears.join(" "), c.negativeYears.join(" "), c.populationSeries.join(" "),
        c.gdpYears?.join(" ") ?? null, c.reason, v.query.dollars, v.query.baseYear, v.query.measure, v.sourceIds.join(" "), c.notes.join(" "),
      ]),
    )
  );
}

export const FINANCIERS_COLUMNS: readonly DrawnColumn[] = [
  PERIOD_ID, PERIOD, column("from_year", "From", "number"), column("to_year", "To", "number"), csvOnly("series_id", "Series id"),
  column("financier", "Financier"), column("instrument", "Instrument"), column("basis", "Basis"),
  column("basis_meaning", "Basis, in words"), usdColumn("amount_usd", "Amount"), STATUS, YEARS_WITH_DATA,
  YEARS_IN_SPAN, column("coverage", "Coverage"), column("year_kind", "Years"), DOLLARS, BASE_YEAR, MEASURE, SOURCES, NOTES,
];

export const FINANCIERS_CSV_HEADER = FINANCIERS_COLUMNS.map((c) => c.key);

/** The rows of the financiers table: one per period and series (the API's CSV and chart 6's table). */
export function financierTableRows(v: FinancierView): CsvCell[][] {
  return (
    v.periods.flatMap((p, i) =>
      v.series.map((s) => {
        const c = s.cells[i];
        return [
          p.id, p.label, p.from, p.to, s.id, s.financierLabel, s.instrument, s.basis, s.basisWords, c.amount,
          c.yearsWithData === 0 ? "no data" : c.yearsWithData < c.yearsInSpan ? "partial" : "complete",
          c.yearsWithData, c.yearsInSpan, c.coverage, s.years, v.query.dollars, v.query.baseYear, v.query.measure, s.sourceIds.join(" "), s.notes.join(" "),
        ];
      }),
    )
  );
}


/** The publishers' short names the comparison's charts print. */
const SHORT_PUBLISHER: Record<string, string> = {
  "U.S. Agency for International Development": "USAID Greenbook",
  "U.S. Agency for International Development and U.S. Department of State": "ForeignAssistance.gov",
  "AidData at William & Mary": "AidData",
  "OECD Development Assistance Committee": "OECD DAC",
  "Gapminder; UN DESA Population Division": "Gapminder / UN WPP",
  "U.S. Bureau of Labor Statistics": "BLS CPI-U",
};

function shortLicence(licence: string | null): string {
  if (!licence) return "";
  if (/ODC-By/.test(licence)) return "ODC-By";
  if (/CC BY/.test(licence)) return "CC BY";
  if (/public domain/i.test(licence)) return "public domain";
  if (/OECD/.test(licence)) return "reuse with attribution";
  return "cited as asked";
}

/** "USAID Greenbook; World Bank": each publisher once, by its short name (a live chart's tooltip names a series' source). */
export function shortPublishers(ds: Dataset, ids: Iterable<string>): string {
  return [...new Set(compareSources(ds, ids).map((s) => SHORT_PUBLISHER[s.publisher] ?? s.publisher))].join("; ");
}

/** "USAID Greenbook (public domain); World Bank (CC BY); AidData (ODC-By)": each publisher once, with its licence. */
export function licensedPublishers(ds: Dataset, ids: Iterable<string>): string {
  const out = new Map<string, string>();
  for (const s of compareSources(ds, ids)) {
    const name = SHORT_PUBLISHER[s.publisher] ?? s.publisher;
    const l = shortLicence(s.licence);
    if (!out.has(name) || (l && !out.get(name))) out.set(name, l);
  }
  return [...out].map(([name, l]) => (l ? `${name} (${l})` : name)).join("; ");
}
