// The columns the charts' drawn tables share: one CSV name and one reader's heading each, wherever a table has it.
import type { ColumnFormat, DrawnColumn } from "./types";

/** A column: its CSV name, its heading, its format and (optionally) its empty word, listing or CSV-only mark. */
export const column = (key: string, label: string, format: ColumnFormat = "text", more: Omit<DrawnColumn, "key" | "label" | "format"> = {}): DrawnColumn => ({ key, label, format, ...more });
/** Dollars, "no data" (or the word given) where there is none. */
export const usdColumn = (key: string, label: string, empty = "no data"): DrawnColumn => column(key, label, "usd", { empty });
/** An id or words the page does not repeat: the CSV keeps them. */
export const csvOnly = (key: string, label: string): DrawnColumn => column(key, label, "text", { csvOnly: true });

export const PERIOD = column("period", "Period");
export const PERIOD_ID = csvOnly("period_id", "Period id");
export const FROM_FY = column("from_fy", "From FY", "number");
export const TO_FY = column("to_fy", "To FY", "number");
export const STATUS = column("status", "Status");
export const UNITS = column("units", "Units");
export const DOLLARS = column("dollars", "Dollars");
export const BASE_YEAR = column("base_year", "Base year", "number", { empty: "none" });
export const MEASURE = column("measure", "Measure");
export const SOURCES = column("source_ids", "Sources", "sources");
export const YEARS_WITH_DATA = column("years_with_data", "Years with records", "number");
export const YEARS_IN_SPAN = column("years_in_span", "Years in the period", "number");
export const NOTES = column("notes", "Notes", "text", { listed: true });
