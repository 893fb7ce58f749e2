// Chart 1: how much, in each period, split by kind, programme or form. The server draws the view's chart file and
// the table of exactly its numbers; the live Recharts face takes over when the reader points at, touches or Tabs to it (live-bars.tsx).
import { chartTableHref } from "@/lib/charts/registry";
import { buildAidChartModel } from "@/lib/charts/aid-charts";
import { barChartHeight } from "@/lib/charts/layout";
import { formatUsdFull } from "@/lib/util/format";
import { knownZeroLabel } from "@/lib/aid/known-zero";
import { aidApiQuery, markShown, type ViewState } from "@/lib/view";
import type { AidAnswer } from "@/lib/aid/queries";
import { CompactTable } from "../tables/compact-table";
import { citeSegments, periodCell } from "../tables/table-cells";
import { ChartActions } from "./chart-actions";
import { ChartFigure } from "./chart-figure";
import { ChartPicture } from "./chart-picture";
import { LiveBars } from "./live-bars";
import { StackedLegend } from "./stacked-legend";
import { stackedLegendItems } from "@/lib/charts/stacked-bars";

export function AidFigure({ view, data }: { view: ViewState; data: AidAnswer }) {
  const { model, text } = buildAidChartModel(data);
  // the row of a timeline link's marked year
  const marked = (p: { from: number; to: number }) => markShown(view) && p.from <= view.mark && view.mark <= p.to;
  const query = aidApiQuery(view);
  const empty = data.rows.length === 0 || data.rows.every((r) => r.coverage.yearsWithData === 0);
  // the seed states some kinds only: "not stated" there, while "no data" means no records in the annual series
  const missing = data.query.series === "seed" ? "not stated" : "no data";
  const sources = new Map(data.meta.sources.map((x) => [x.id, x]));
  // per-year averages say what they divide by; the average over the split years alone, where it differs, is its own column
  const perYear = data.query.measure === "per-year";
  const splitAverage = perYear && data.rows.some((r) => r.splitYearsAverage && r.splitYearsAverage.years !== r.divisor?.years);
  const extraHead = [...(perYear ? ["Divided by"] : []), ...(splitAverage ? ["Economic, per year with the split", "Military, per year with the split"] : [])];
  return (
    <ChartFigure
      id="aid-figure"
      testId="aid-figure"
      text={text}
      state={empty ? "empty" : "ready"}
      actions={
        <ChartActions chart="aid-by-period"><a href={chartTableHref("aid-by-period", "csv", view)} className="text-sm" download>
          Download CSV
        </a></ChartActions>
      }
      table={
        <CompactTable
          testId="aid-table"
          caption={`${text.title}: the numbers drawn (${text.subtitle})`}
          head={["Period", ...model.keys.map((k) => k.label), "Total", ...extraHead, "Coverage", "Precision", "Sources"]}
          numeric={[...model.keys.map((_, i) => i + 1), model.keys.length + 1, ...(splitAverage ? [model.keys.length + 3, model.keys.length + 4] : [])]}
          dittoInPrint={[0, 1, 2].map((i) => model.keys.length + 2 + extraHead.length + i)}
          rows={data.rows.map((r) => ({
            key: r.period.id,
            className: r.coverage.yearsWithData === 0 ? "no-data" : undefined,
            marked: marked(r.period) || undefined,
            cells: [
              periodCell(r.period.label, marked(r.period) ? view.mark : null),
              ...model.keys.map((k) => {
                const v = r.parts.find((p) => p.key === k.key)?.amount ?? null;
                return r.coverage.yearsWithData === 0 || v === null ? missing : formatUsdFull(v);
              }),
              r.total === null && data.query.series === "seed" ? "not stated" : formatUsdFull(r.total),
              ...(perYear ? [r.divisor?.label ?? "no data"] : []),
              ...(splitAverage
                ? [r.splitYearsAverage ? `${formatUsdFull(r.splitYearsAverage.economic)} over ${r.splitYearsAverage.years} yr` : "-", r.splitYearsAverage ? `${formatUsdFull(r.splitYearsAverage.military)} over ${r.splitYearsAverage.years} yr` : "-"]
                : []),
              // a year known to be $0 says why beside its number
              [`${r.coverage.label}${r.coverage.partial ? " (partial)" : ""}`, ...r.knownZeros.map(knownZeroLabel)].join("; "),
              r.precision,
              citeSegments(r.sourceIds, sources),
            ],
          }))}
        />
      }
    >
      {/* the legend above the bars: the relations band follows them directly (see the dashboard's chart pair) */}
      <StackedLegend items={stackedLegendItems(model)} />
      <LiveBars chart="aid" query={query} share={view.share} mark={markShown(view) ? view.mark : null} label={text.title}>
        <ChartPicture chart="aid-by-period" heightAt={barChartHeight} alt={`${model.title}. ${model.description}`} eager />
      </LiveBars>
    </ChartFigure>
  );
}
