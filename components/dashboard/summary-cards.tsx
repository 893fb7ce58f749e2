// Headline figures above the charts: aid in each phase of relations and its military share, from the annual series.
import { aggregateAnnual, relationsPhasePeriods } from "@/lib/aid";
import type { Dataset } from "@/lib/dataset";
import { formatUsdShort } from "@/lib/format";
import { getCpi } from "@/lib/views";

export function SummaryCards({ ds }: { ds: Dataset }) {
  const rows = ds.annual.rows;
  const from = rows[0].fiscalYear;
  const to = rows[rows.length - 1].fiscalYear;
  const opts = { dollars: "nominal", baseYear: null, measure: "total", cpi: getCpi(ds) } as const;
  const [all] = aggregateAnnual(rows, [{ id: "all", label: `FY${from}-${to}`, from, to }], opts);
  const phases = aggregateAnnual(rows, relationsPhasePeriods(ds.relations, from, to), opts).filter((r) => r.coverage.yearsWithData > 0);
  const publishers = (ids: string[]) => ids.map((id) => ds.sourceById.get(id)?.publisher ?? id).join("; ");
  return (
    <section aria-labelledby="summary-h">
      <h2 id="summary-h" className="text-xl font-semibold mb-2">At a glance</h2>
      <ul className="summary-cards" data-testid="summary-cards">
        <li className="summary-card">
          <p className="text-sm">All US aid obligations, {all.period.label}</p>
          <p className="figure">{formatUsdShort(all.total)}</p>
          <p className="text-xs muted">
            current dollars, {all.coverage.label}; annual series; {publishers(all.sourceIds)}
          </p>
        </li>
        {phases.map((p) => (
          <li key={p.period.id} className="summary-card" data-phase={p.period.id}>
            <p className="text-sm">{p.period.label}</p>
            <p className="figure">{formatUsdShort(p.total)}</p>
            <p className="text-sm">
              {p.militaryShare === null ? "no military/economic split" : `${(p.militaryShare * 100).toFixed(0)}% military`}
              {p.coverage.splitYears > 0 && p.coverage.splitYears < p.coverage.yearsWithData ? ` (split known for ${p.coverage.splitYears} of ${p.coverage.yearsWithData} years)` : ""}
            </p>
            <p className="text-xs muted">
              {p.coverage.label}; annual series; {publishers(p.sourceIds)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
