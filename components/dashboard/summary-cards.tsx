// Headline figures above the charts, as one small table: aid in each phase of relations and its military share, from
// the annual series in current dollars for every fiscal year (a fixed view, said in the caption), cited once.
import { aggregateAnnual } from "@/lib/aid";
import { relationsPhasePeriods } from "@/lib/periods";
import type { Dataset } from "@/lib/dataset";
import { formatUsdShort } from "@/lib/format";
import { getCpi } from "@/lib/views";
import { CompactTable } from "../tables/compact-table";
import { citeSegments } from "../tables/table-cells";

export function SummaryCards({ ds }: { ds: Dataset }) {
  const rows = ds.annual.rows;
  const from = rows[0].fiscalYear;
  const to = rows[rows.length - 1].fiscalYear;
  const opts = { dollars: "nominal", baseYear: null, measure: "total", cpi: getCpi(ds) } as const;
  const [all] = aggregateAnnual(rows, [{ id: "all", label: `All years, FY${from}-${to}`, from, to }], opts);
  const phases = aggregateAnnual(rows, relationsPhasePeriods(ds.relations, from, to), opts).filter((r) => r.coverage.yearsWithData > 0);
  const cited = [...new Set([...all.sourceIds, ...phases.flatMap((p) => p.sourceIds)])];
  const share = (p: typeof all) =>
    p.militaryShare === null
      ? "no split"
      : `${(p.militaryShare * 100).toFixed(0)}%${p.coverage.splitYears > 0 && p.coverage.splitYears < p.coverage.yearsWithData ? ` (split known for ${p.coverage.splitYears} of ${p.coverage.yearsWithData} years)` : ""}`;
  return (
    <section aria-labelledby="summary-h">
      <h2 id="summary-h" className="text-xl font-semibold mb-2">At a glance</h2>
      <div className="table-scroll" data-testid="summary-cards">
        <CompactTable
          testId="summary-table"
          caption={[`US aid obligations in each phase of relations, current dollars, annual series FY${from}-${to} (a fixed view; the charts below follow yours). Sources: `, ...citeSegments(cited, ds.sourceById)]}
          head={["Phase of relations", "Aid", "Military share", "Years with records"]}
          numeric={[1, 2]}
          rows={[all, ...phases].map((p) => ({ key: p.period.id, cells: [p.period.label, formatUsdShort(p.total), share(p), p.coverage.label] }))}
        />
      </div>
    </section>
  );
}
