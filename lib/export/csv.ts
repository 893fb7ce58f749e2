// RFC 4180 CSV with formula neutralisation, for API downloads and chart exports alike.
export type CsvCell = string | number | boolean | null | undefined;

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A cell a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe, unless it is a plain number. */
export function neutraliseCell(text: string): string {
  if (text === "" || PLAIN_NUMBER.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = neutraliseCell(typeof value === "string" ? value : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header row plus records, CRLF line ends, as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
