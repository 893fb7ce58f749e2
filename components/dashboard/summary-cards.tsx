// Headline figures, as one compact strip of phases of relations: aid in each phase and its military share, for the
// reader's range and dollars (totals: a fixed measure, said in the caption), cited once. On a phone the strip is a
// short table that scrolls sideways inside its box, well under a screen tall.
import type { Dataset } from "@/lib/data/dataset";
import { dollarWords, phaseAid } from "@/lib/aid/finding";
import { fyRange } from "@/lib/aid/fiscal";
import { formatUsdShort, percentText } from "@/lib/util/format";
import type { ViewState } from "@/lib/view";
import { CompactTable } from "../tables/compact-table";
import { citeSegments } from "../tables/table-cells";
import { sourceHref } from "@/lib/pages/source-href";

export function SummaryCards({ ds, view }: { ds: Dataset; view: ViewState }) {
  const phases = phaseAid(ds, view);
  const all = [...new Set(phases.flatMap((p) => p.row.sourceIds))];
  // the data's own sources in the caption; those of the known zeros (the events that rule aid out) in a note under
  // the strip, so the strip stays well under a phone's screen
  const isData = (id: string) => ds.sourceById.get(id)?.kind === "primary-data";
  const cited = all.filter(isData);
  const zeroCited = all.filter((id) => !isData(id));
  const share = (p: (typeof phases)[number]) => {
    const r = p.row;
    if (r.militaryShare === null) return r.coverage.yearsWithData === 0 ? "no data" : r.total === 0 ? "no aid" : "no split";
    const partial = r.coverage.splitYears > 0 && r.coverage.splitYears < r.coverage.yearsWithData;
    return `${percentText(Math.round(r.militaryShare * 100))}${partial ? ` (${r.coverage.splitYears} of ${r.coverage.yearsWithData} yrs)` : ""}`;
  };
  // compact on a phone's strip: "15 of 16 (4 at $0)"; the full wording is in chart 1's table and tooltips
  const records = (c: (typeof phases)[number]["row"]["coverage"]) =>
    `${c.yearsWithData} of ${c.yearsInSpan}${c.knownZeroYears.length ? ` (${c.knownZeroYears.length} at $0)` : ""}`;
  return (
    <section aria-labelledby="summary-h">
      <h2 id="summary-h" className="text-xl font-semibold mb-2">Aid in each phase of relations</h2>
      <div className="table-scroll summary-strip" data-testid="summary-cards" tabIndex={0} role="region" aria-label="Table of aid in each phase (scrolls sideways)">
        <CompactTable
          testId="summary-table"
          caption={[`Total obligations, ${dollarWords(view)}, ${fyRange(view.from, view.to)} (always totals). Sources: `, ...citeSegments(cited, ds.sourceById)]}
          head={["Phase", "Relations", "Aid", "Military", "Years known"]}
          numeric={[2, 3]}
          rows={phases.map((p) => ({
            key: p.row.period.id,
            className: p.row.coverage.yearsWithData === 0 ? "no-data" : undefined,
            cells: [fyRange(p.row.period.from, p.row.period.to), p.statusWords, formatUsdShort(p.row.total), share(p), records(p.row.coverage)],
          }))}
        />
      </div>
      {zeroCited.length > 0 && (
        <p className="muted text-sm mt-1">
          {[`Years known to be $0 (no US aid could flow) rest on: `, ...citeSegments(zeroCited, ds.sourceById)].map((seg, i) =>
            typeof seg === "string" ? seg : seg[0] === "a" ? <a key={i} href={sourceHref(seg[2])}>{seg[1]}</a> : seg[1],
          )}
        </p>
      )}
    </section>
  );
}
