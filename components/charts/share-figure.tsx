"use client";
// Chart 2: military versus economic, as 100% stacked shares or absolute amounts.
import { useMemo } from "react";
import { buildShareChartModel } from "@/lib/charts/aid-charts";
import { formatUsdFull } from "@/lib/format";
import type { ViewState } from "@/lib/view";
import type { AidView } from "@/lib/views";
import { SourceLinks } from "../ui/source-links";
import { ChartFigure } from "./chart-figure";
import { useAidView } from "./aid-data";
import { StackedBarsBody } from "./stacked-bars-figure-body";

export function ShareFigure({ view, initial, onShareMode }: { view: ViewState; initial: { view: ViewState; data: AidView }; onShareMode: (m: ViewState["share"]) => void }) {
  const { data, error, loading, csvHref } = useAidView(view, initial, { forceKindSplit: true });
  const built = useMemo(() => (data ? buildShareChartModel(data, view.share) : null), [data, view.share]);
  const toggle = (
    <div role="group" aria-label="Show military versus economic as" className="segmented no-print">
      {(["percent", "absolute"] as const).map((m) => (
        <button key={m} type="button" aria-pressed={view.share === m} onClick={() => onShareMode(m)}>
          {m === "percent" ? "Shares (100%)" : "Amounts"}
        </button>
      ))}
    </div>
  );
  if (!data || !built) {
    return (
      <ChartFigure id="share-figure" testId="share-figure" text={{ title: "In what form: military versus economic aid", subtitle: "Loading", summary: "", sourceLine: "" }} state={error ? "error" : "loading"} errorMessage={error?.message} table={null}>
        <p className="chart-state">Loading the data for this view</p>
      </ChartFigure>
    );
  }
  const { model, text } = built;
  return (
    <ChartFigure
      id="share-figure"
      testId="share-figure"
      text={text}
      state={error ? "error" : data.rows.length === 0 ? "empty" : loading ? "loading" : "ready"}
      errorMessage={error?.message}
      actions={
        <>
          {toggle}
          <a href={csvHref} className="text-sm" download>
            Download CSV
          </a>
        </>
      }
      table={
        <table className="data" data-testid="share-table">
          <caption>{text.title}: the numbers drawn</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="num">Economic</th>
              <th scope="col" className="num">Military</th>
              <th scope="col" className="num">Military share</th>
              <th scope="col">Note</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {model.bars.map((b, i) => {
              const r = data.rows[i];
              return (
                <tr key={b.id} className={b.placeholder === "no-data" ? "no-data" : undefined}>
                  <th scope="row">{b.label}</th>
                  <td className="num">{b.placeholder ? "-" : formatUsdFull(r.economic)}</td>
                  <td className="num">{b.placeholder ? "-" : formatUsdFull(r.military)}</td>
                  <td className="num">{b.placeholder || r.militaryShare === null ? "-" : `${(r.militaryShare * 100).toFixed(1)}%`}</td>
                  <td>{b.placeholder === "no-data" ? "no data" : b.placeholder === "no-split" ? "no split available" : b.description}</td>
                  <td><SourceLinks ids={r.sourceIds} sources={data.meta.sources} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      }
    >
      <StackedBarsBody model={model} idPrefix="share" label={model.title} />
    </ChartFigure>
  );
}
