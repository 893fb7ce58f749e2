// Annual obligations, one row per fiscal year; years without records read "no data", never zero, unless a cited event
// established that no aid could flow ("known zero", with its reason and sources).
import { formatUsdFull } from "@/lib/util/format";
import type { AnnualRow, Source } from "@/lib/data/schema";
import type { Disagreement } from "@/lib/aid/queries";
import { SourceRefs } from "../ui/source-refs";

export function AnnualTable({
  rows,
  sources,
  sourceChangeAfter,
  disagreements,
}: {
  rows: AnnualRow[];
  sources: ReadonlyMap<string, Source>;
  sourceChangeAfter: number[];
  disagreements: Disagreement[];
}) {
  return (
    <div className="table-scroll">
      <table className="data" data-testid="annual-table">
        <caption>US aid obligations to Cambodia by fiscal year, current US dollars, with the totals of other editions where they differ</caption>
        <thead>
          <tr>
            <th scope="col">Fiscal year</th>
            <th scope="col" className="num">Economic</th>
            <th scope="col" className="num">Military</th>
            <th scope="col" className="num">Total</th>
            <th scope="col">Status</th>
            <th scope="col">Source</th>
            <th scope="col">Other sources say</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const noSplit = r.status !== "no-data" && r.economic === null;
            return (
              <tr key={r.fiscalYear} className={r.status === "no-data" ? "no-data" : undefined} data-fy={r.fiscalYear}>
                <th scope="row">
                  FY{r.fiscalYear}
                  {sourceChangeAfter.includes(r.fiscalYear - 1) && <div className="text-xs muted">source changes here</div>}
                </th>
                <td className="num">{noSplit ? "no split" : formatUsdFull(r.economic)}</td>
                <td className="num">{noSplit ? "no split" : formatUsdFull(r.military)}</td>
                <td className="num">{formatUsdFull(r.total)}</td>
                <td>{r.status === "no-data" ? "no data (no record)" : r.knownZero ? `known zero: ${r.knownZero.label}. ${r.knownZero.reason}` : r.status}</td>
                <td><SourceRefs ids={r.knownZero ? r.knownZero.sourceIds : [r.sourceId]} sources={sources} /></td>
                <td>
                  {disagreements
                    .filter((d) => d.fiscalYear === r.fiscalYear)
                    .map((d) => (
                      <div key={d.other.sourceId} className="whitespace-nowrap">
                        {formatUsdFull(d.other.total)}
                        {d.other.provisional ? " (provisional)" : ""} <SourceRefs ids={[d.other.sourceId]} sources={sources} />
                        {sources.get(d.other.sourceId)?.edition ? <span className="muted text-xs"> {sources.get(d.other.sourceId)?.edition}</span> : null}
                      </div>
                    ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
