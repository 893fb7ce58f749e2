// Chart 4, "Seed figures versus the Greenbook": how far off each of the seed article's aid figures is (default view,
// Greenbook minus seed as % of the seed figure), or the dollars side by side. The server draws the chart file and the
// table; the live Recharts face takes over near the viewport (live-seed.tsx).
import {
  buildSeedVsGreenbookModel,
  PRECISION_LABEL,
  pctText,
  seedVsGreenbookHeight,
  type SeedVsGreenbookMode,
} from "@/lib/charts/seed-vs-greenbook";
import { seedVsGreenbookFigureText } from "@/lib/charts/captions";
import { formatUsdFull } from "@/lib/format";
import type { Comparison, Reconciliation } from "@/lib/reconcile";
import type { NonAidFigure, SourceRef } from "@/lib/schema";
import type { Theme, ViewState } from "@/lib/view";
import { sourceHref } from "@/lib/source-href";
import { ViewToggle } from "../controls/view-toggle";
import { ChartFigure } from "./chart-figure";
import { ChartPicture } from "./chart-picture";
import { LiveSeed } from "./live-seed";

export interface SeedVsGreenbookFigureProps {
  /** getReconciliations(ds): plain JSON, passed from a server component */
  recs: Reconciliation[];
  /** ds.seed.nonAid: named in the notes as not aid and not drawn (the $500M debt) */
  nonAid?: NonAidFigure[];
  /** for the table's source links (#source-<id>); without it the links show the source ids */
  sources?: SourceRef[];
}

const MODES = [
  ["difference", "Difference (%)"],
  ["dollars", "Dollars"],
] as const;

function diffCell(c: Comparison): string {
  if (c.greenbookAmount === null || c.differenceUsd === null) return "no records";
  const usd = `${c.differenceUsd > 0 ? "+" : ""}${formatUsdFull(c.differenceUsd)}`;
  if (c.verdict) return `${c.verdict} (${usd}${c.differencePct === null ? "" : `, ${pctText(c.differencePct)}`})`;
  return c.differencePct === null ? `${usd} (absolute only)` : `${usd} (${pctText(c.differencePct)})`;
}

export function SeedVsGreenbookTable({ recs, sources }: { recs: readonly Reconciliation[]; sources?: SeedVsGreenbookFigureProps["sources"] }) {
  const byId = new Map((sources ?? []).map((s) => [s.id, s]));
  const difference = buildSeedVsGreenbookModel(recs, "difference");
  return (
    <table className="data" data-testid="seed-vs-greenbook-table">
      <caption>Every aid figure in the seed article, checked against USAID Greenbook obligations (current dollars): the numbers drawn</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">The seed says</th>
          <th scope="col">Precision</th>
          <th scope="col" className="num">Seed amount</th>
          <th scope="col" className="num">Greenbook, same years and kind</th>
          <th scope="col" className="num">Greenbook minus seed</th>
          <th scope="col">Named programme&apos;s accounts in the Greenbook</th>
          <th scope="col">Label in the difference view</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody>
        {recs.map((r, i) => {
          const row = difference.rows[i];
          return (
            <tr key={r.figure.id} data-figure={r.figure.id} data-precision={r.figure.precision}>
              <th scope="row">{row.label}</th>
              <td>
                &ldquo;{r.figure.statedAs}&rdquo; <span className="muted text-xs">seed paragraph {r.figure.paragraph}</span>
              </td>
              <td>{PRECISION_LABEL[r.figure.precision]}</td>
              <td className="num">{formatUsdFull(r.figure.amount)}</td>
              <td className="num">
                {formatUsdFull(r.sameKind.greenbookAmount)}
                <div className="muted text-xs">{r.sameKind.against}</div>
              </td>
              <td className="num">{diffCell(r.sameKind)}</td>
              <td>
                {r.programme ? (
                  <>
                    {formatUsdFull(r.programme.greenbookAmount)}: {diffCell(r.programme)}
                    <div className="muted text-xs">{r.programme.against}</div>
                  </>
                ) : (
                  <span className="muted">none named</span>
                )}
              </td>
              <td>
                {row.text}
                {row.programmeMark ? `; ${row.programmeMark.text}` : ""}
              </td>
              <td className="text-xs">
                {r.sourceIds.map((id, k) => (
                  <span key={id}>
                    {k > 0 && "; "}
                    <a href={sourceHref(id)} title={byId.get(id)?.title}>
                      {byId.get(id)?.publisher ?? id}
                    </a>
                  </span>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function SeedVsGreenbookFigure({ recs, nonAid, sources, view, theme }: SeedVsGreenbookFigureProps & { view: ViewState; theme: Theme }) {
  const mode: SeedVsGreenbookMode = view.compare === "dollars" ? "absolute" : "difference";
  const model = buildSeedVsGreenbookModel(recs, mode);
  const text = seedVsGreenbookFigureText(recs, nonAid);
  const empty = recs.length === 0;
  return (
    <ChartFigure
      id="seed-vs-greenbook"
      testId="seed-vs-greenbook-figure"
      text={text}
      state={empty ? "empty" : "ready"}
      actions={
        empty ? undefined : (
          <>
            <ViewToggle view={view} setting="compare" label="Chart view" options={MODES} />
            <a href="/api/reconciliation?format=csv" className="text-sm" download>
              Download CSV
            </a>
          </>
        )
      }
      table={<SeedVsGreenbookTable recs={recs} sources={sources} />}
    >
      <div data-mode={mode} data-testid="seed-vs-greenbook-chart">
        <LiveSeed mode={mode}>
          <ChartPicture chart="seed-vs-greenbook" view={view} theme={theme} heightAt={(w) => seedVsGreenbookHeight(model, w)} alt={`${model.title}. ${model.description}`} />
        </LiveSeed>
      </div>
    </ChartFigure>
  );
}
