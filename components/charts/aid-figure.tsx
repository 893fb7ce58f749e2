"use client";
// Chart 1: how much, in each period, split by kind, programme or form; static face first, Recharts after.
import { useMemo } from "react";
import { buildAidChartModel } from "@/lib/charts/aid-charts";
import { formatUsdFull } from "@/lib/format";
import { SourceLinks } from "../ui/source-links";
import { ChartFigure } from "./chart-figure";
import type { useAidView } from "./aid-data";
import { StackedBarsBody } from "./stacked-bars-figure-body";

export function AidFigure({ aid }: { aid: ReturnType<typeof useAidView> }) {
  const { data, error, loading, csvHref } = aid;
  const built = useMemo(() => (data ? buildAidChartModel(data) : null), [data]);
  if (!data || !built) {
    return (
      <ChartFigure id="aid-figure" testId="aid-figure" text={{ title: "How much: US aid to Cambodia", subtitle: "Loading", summary: "", sourceLine: "" }} state={error ? "error" : "loading"} errorMessage={error?.message} table={null}>
        <p className="chart-state">Loading the data for this view</p>
      </ChartFigure>
    );
  }
  const { model, text } = built;
  const empty = data.rows.length === 0 || data.rows.every((r) => r.coverage.yearsWithData === 0);
  return (
    <ChartFigure
      id="aid-figure"
      testId="aid-figure"
      text={text}
      state={error ? "error" : empty ? "empty" : loading ? "loading" : "ready"}
      errorMessage={error?.message}
      actions={
        <a href={csvHref} className="text-sm" download>
          Download CSV
        </a>
      }
      table={
        <table className="data" data-testid="aid-table">
          <caption>{text.title}: the numbers drawn ({text.subtitle})</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              {model.keys.map((k) => (
                <th scope="col" className="num" key={k.key}>{k.label}</th>
              ))}
              <th scope="col" className="num">Total</th>
              <th scope="col">Coverage</th>
              <th scope="col">Precision</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.period.id} className={r.coverage.yearsWithData === 0 ? "no-data" : undefined}>
                <th scope="row">{r.period.label}</th>
                {model.keys.map((k) => {
                  const v = r.parts.find((p) => p.key === k.key)?.amount ?? null;
                  // the seed states some kinds only: "not stated" there, while "no data" means no records in the annual series
                  const empty = data.query.series === "seed" ? "not stated" : "no data";
                  return <td className="num" key={k.key}>{r.coverage.yearsWithData === 0 || v === null ? empty : formatUsdFull(v)}</td>;
                })}
                <td className="num">{r.total === null && data.query.series === "seed" ? "not stated" : formatUsdFull(r.total)}</td>
                <td>{r.coverage.label}{r.coverage.partial ? " (partial)" : ""}</td>
                <td>{r.precision}</td>
                <td><SourceLinks ids={r.sourceIds} sources={data.meta.sources} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <StackedBarsBody model={model} idPrefix="aid" label={model.title} />
    </ChartFigure>
  );
}
