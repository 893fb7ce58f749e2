// The whole data set as files to take away: each data file as JSON (as validated) and as CSV (one row per record,
// lists joined by spaces, nested records as JSON), a README of the columns and the data version. /data/dataset.zip
// packs them; tests unpack the zip and check each file against the API.
import type { Dataset } from "./dataset";
import { changelogMarkdown } from "./changelog";
import { dataVersion } from "../export/cite";
import { toCsv, type CsvCell } from "../export/csv";

interface DatasetFile {
  name: string;
  text: string;
}

type Row = Record<string, unknown>;

function cell(v: unknown): CsvCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) return v.join(" ");
  return JSON.stringify(v);
}

/** CSV of records: the columns of the first record in order (with any later ones after), lists joined by a space. */
export function recordsCsv(rows: readonly Row[]): string {
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  return toCsv(cols, rows.map((r) => cols.map((c) => cell(r[c]))));
}

/** Each table of the data set: its name, what one row is, the rows, and the whole file as validated. */
function datasetTables(ds: Dataset): { name: string; row: string; rows: Row[]; json: unknown }[] {
  const accounts = new Map(ds.programmes.accounts.map((a) => [a.id, a]));
  const programmes = new Map(ds.programmes.programmes.map((p) => [p.id, p]));
  return [
    { name: "sources", row: "a source: publisher, title, edition, date, what it covers, address, how it was read, kind", rows: ds.sources, json: { sources: ds.sources } },
    { name: "annual-aid", row: "a fiscal year: status, economic, military and total obligations in current US dollars, source id (null amounts: no data)", rows: ds.annual.rows, json: ds.annual },
    {
      name: "programme-obligations",
      row: "a fiscal year and Greenbook account: amount obligated (current US dollars), with the account's programme, kind and form",
      rows: ds.programmes.rows.map((r) => {
        const a = accounts.get(r.accountId);
        const p = a ? programmes.get(a.programmeId) : undefined;
        return { ...r, accountName: a?.name ?? null, programmeId: a?.programmeId ?? null, programme: p?.label ?? null, kind: a?.kind ?? null, form: p?.form ?? null };
      }),
      json: ds.programmes,
    },
    { name: "cpi-u", row: "a calendar year: CPI-U annual average (1982-84=100), months averaged, note", rows: ds.cpi.rows, json: ds.cpi },
    { name: "foreignassistance-obligations", row: "a fiscal year and ForeignAssistance.gov edition: obligations in current and constant dollars", rows: ds.foreignAssistance.rows, json: ds.foreignAssistance },
    { name: "seed-figures", row: "a dollar figure the seed article gives: years, kind, programme, form, precision, amount, the words it is stated in", rows: ds.seed.figures, json: ds.seed },
    { name: "events", row: "a dated event: start, end, precision, label, category, title, description, source ids, confidence, seed paragraph, alternative dates", rows: ds.events.events, json: ds.events },
    { name: "relations", row: "a phase of relations: start, end, status, label, rationale, source ids, how its start is dated", rows: ds.relations.segments, json: ds.relations },
    { name: "disputes", row: "a claim the sources disagree on: the claim, the contrary evidence, both sets of sources", rows: ds.disputes.disputes, json: ds.disputes },
  ];
}

export function datasetVersion(ds: Dataset): string {
  return dataVersion(ds.sources, ds.relations.coverageEnd);
}

export function datasetFiles(ds: Dataset): DatasetFile[] {
  const tables = datasetTables(ds);
  const version = datasetVersion(ds);
  const readme = [
    "# US aid to Cambodia: the data set",
    "",
    `Data version: ${version}.`,
    "",
    "Each table comes as JSON (the file as validated by the dashboard, with its notes) and as CSV (one row per record;",
    "lists such as source ids are joined by a space; nested records are JSON). Amounts are whole US dollars, current",
    "(nominal) dollars, US government obligations by fiscal year (FY N: July N-1 to June N up to FY1976, October N-1 to",
    "September N from FY1977). An empty CSV cell or a JSON null is no data, never zero. Source ids refer to sources.csv.",
    "Methods: /methods on the dashboard. Licences: works of the US government are in the public domain; other",
    "publishers are cited, not republished.",
    "",
    "## Files",
    "",
    ...tables.flatMap((t) => {
      const cols = [...new Set(t.rows.flatMap((r) => Object.keys(r)))];
      return [`### ${t.name}.csv / ${t.name}.json`, "", `${t.rows.length} rows; one row is ${t.row}.`, "", `Columns: ${cols.join(", ")}.`, ""];
    }),
    "### data-version.txt",
    "",
    "The data version above: each primary data source's edition, and the date the relations record is sourced to.",
    "",
    "### CHANGELOG.md",
    "",
    "What changed in the data, newest first.",
    "",
  ].join("\n");
  return [
    { name: "README.md", text: readme },
    { name: "data-version.txt", text: `${version}\n` },
    { name: "CHANGELOG.md", text: changelogMarkdown() },
    ...tables.flatMap((t) => [
      { name: `${t.name}.json`, text: `${JSON.stringify(t.json, null, 2)}\n` },
      { name: `${t.name}.csv`, text: recordsCsv(t.rows) },
    ]),
  ];
}
