// A drawn table's cell as the HTML table writes it: the CSV's plain value in its column's format ("$1,234,567" for
// 1234567 in a "usd" column), an empty cell as the column's word for it ("no data", "not stated"). Shared by the
// server (captions) and the table's client leaf (cells), so the page shows exactly the CSV's values.
import { formatPercent, formatUsdFull, percentText } from "../../util/format";
import { formatPartialDate } from "../../util/dates";
import type { CsvCell } from "../csv";
import type { ColumnFormat } from "./types";

export function cellText(value: CsvCell, format: ColumnFormat, empty = ""): string {
  if (value === null || value === undefined || value === "") return empty;
  const n = Number(value);
  switch (format) {
    case "usd":
      return formatUsdFull(n);
    case "usd-cents":
      return `${n < 0 ? "-" : ""}$${Math.abs(n).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    case "usd-signed":
      return `${n > 0 ? "+" : ""}${formatUsdFull(n)}`;
    case "percent":
      return percentText(n, { digits: 1 });
    case "percent-signed":
      return formatPercent(n);
    case "fraction":
      return percentText(n * 100, { digits: 2 });
    case "date":
      return formatPartialDate(String(value));
    default:
      return String(value);
  }
}

/** Columns whose figures align right. */
export const isNumeric = (format: ColumnFormat) => format !== "text" && format !== "date" && format !== "sources";
