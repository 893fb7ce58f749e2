// "CSV of the numbers drawn": the drawn table of a chart in a view as a plain RFC 4180 table (header, rows, no
// preamble), formula-safe as the API's CSV.
import { toCsv } from "./csv";
import type { DrawnChart } from "./drawn";

export function drawnCsv(drawn: Pick<DrawnChart, "table">): string {
  return toCsv(drawn.table.header, drawn.table.rows);
}
