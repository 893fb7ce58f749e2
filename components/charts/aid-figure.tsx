// Chart 1: how much, in each period, split by kind, programme or form. The server draws the view's chart file and
// the table of exactly its numbers; the live Recharts face takes over near the viewport (live-bars.tsx).
import { buildAidChartModel } from "@/lib/charts/aid-charts";
import { barChartHeight } from "@/lib/charts/files";
import { formatUsdFull } from "@/lib/format";
import { aidApiQuery, type Theme, type ViewState } from "@/lib/view";
import type { AidView } from "@/lib/views";
import { SourceLinks } from "../ui/source-links";
import { ChartFigure } from "./chart-figure";
import { ChartPicture } from "./chart-picture";
import { LiveBars } from "./live-bars";
import { StackedLegend } from "./stacked-legend";

export function AidFigure({ view, theme, data }: { view: ViewState; theme: Theme; data: AidView }) {
  const { model, text } = buildAidChartModel(data);
  const query = aidApiQuery(view);
  const empty = data.rows.length === 0 || data.rows.every((r) => r.coverage.yearsWithData === 0);
  // the seed states some kinds only: "not stated" there, while "no data" means no records in the annual series
  const missing = data.query.series === "seed" ? "not stated" : "no data";
  return (
    <ChartFigure
      id="aid-figure"
      testId="aid-figure"
      text={text}
      state={empty ? "empty" : "ready"}
      actions={
        <a href={`/api/aid?${query ? `${query}&` : ""}format=csv`} className="text-sm" download>
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
                  return <td className="num" key={k.key}>{r.coverage.yearsWithData === 0 || v === null ? missing : formatUsdFull(v)}</td>;
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
      <LiveBars chart="aid" query={query} share={view.share}>
        <ChartPicture chart="aid-by-period" view={view} theme={theme} heightAt={barChartHeight} alt={`${model.title}. ${model.description}`} eager />
      </LiveBars>
      <StackedLegend model={model} />
    </ChartFigure>
  );
}
