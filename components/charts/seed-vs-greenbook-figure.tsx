"use client";
// Chart 4, "Seed figures versus the Greenbook": how far off each of the seed article's aid figures is (default view,
// Greenbook minus seed as % of the seed figure), or the dollars side by side. The static face is painted on the
// server at 960 px; the live Recharts face is loaded when the chart nears the viewport (use-lazy-component) and takes over once it
// has painted, while the static face stays in the DOM (hidden) for print.
import { useCallback, useMemo, useRef, useState } from "react";
import {
  buildSeedVsGreenbookModel,
  PRECISION_LABEL,
  pctText,
  renderSeedVsGreenbook,
  seedVsGreenbookHeight,
  type SeedVsGreenbookMode,
} from "@/lib/charts/seed-vs-greenbook";
import { seedVsGreenbookFigureText } from "@/lib/charts/captions";
import { formatUsdFull } from "@/lib/format";
import type { Comparison, Reconciliation } from "@/lib/reconcile";
import type { NonAidFigure, SourceRef } from "@/lib/schema";
import { ChartFigure, type FigureText } from "./chart-figure";
import { SvgTree } from "./svg-tree";
import { useChartWidth } from "./use-chart-width";
import { useLazyComponent } from "./use-lazy-component";
import { sourceHref } from "@/lib/source-href";

const loadLive = () => import("./seed-vs-greenbook-live");

export interface SeedVsGreenbookFigureProps {
  /** getReconciliations(ds): plain JSON, passed from a server component */
  recs: Reconciliation[];
  /** ds.seed.nonAid: named in the notes as not aid and not drawn (the $500M debt) */
  nonAid?: NonAidFigure[];
  /** for the table's source links (#source-<id>); without it the links show the source ids */
  sources?: SourceRef[];
  /** the view's choice (it lives in the URL); without it the figure keeps its own state */
  mode?: SeedVsGreenbookMode;
  onModeChange?: (mode: SeedVsGreenbookMode) => void;
}

const MODES: { mode: SeedVsGreenbookMode; label: string }[] = [
  { mode: "difference", label: "Difference (%)" },
  { mode: "absolute", label: "Dollars" },
];

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

function ModeToggle({ mode, onChange }: { mode: SeedVsGreenbookMode; onChange: (m: SeedVsGreenbookMode) => void }) {
  return (
    <div role="group" aria-label="Chart view" className="segmented no-print">
      {MODES.map((m) => (
        <button key={m.mode} type="button" aria-pressed={mode === m.mode} onClick={() => onChange(m.mode)} data-mode={m.mode}>
          {m.label}
        </button>
      ))}
    </div>
  );
}

export function SeedVsGreenbookFigure({ recs, nonAid, sources, mode: controlledMode, onModeChange }: SeedVsGreenbookFigureProps) {
  const [ownMode, setOwnMode] = useState<SeedVsGreenbookMode>("difference");
  const mode = controlledMode ?? ownMode;
  const setMode = onModeChange ?? setOwnMode;
  const [liveReady, setLiveReady] = useState(false);
  const onReady = useCallback(() => setLiveReady(true), []);
  const ref = useRef<HTMLDivElement>(null);
  const width = useChartWidth(ref);
  const SeedVsGreenbookLive = useLazyComponent(loadLive, ref);
  const model = useMemo(() => buildSeedVsGreenbookModel(recs, mode), [recs, mode]);
  const height = seedVsGreenbookHeight(model, width);
  const staticNode = useMemo(() => renderSeedVsGreenbook(model, { width, height, idPrefix: "seed-vs-greenbook-static" }), [model, width, height]);
  const text: FigureText = useMemo(() => seedVsGreenbookFigureText(recs, nonAid), [recs, nonAid]);
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
            <ModeToggle mode={mode} onChange={setMode} />
            <a href="/api/reconciliation?format=csv" className="text-sm" download>
              Download CSV
            </a>
          </>
        )
      }
      table={<SeedVsGreenbookTable recs={recs} sources={sources} />}
    >
      <div ref={ref} data-chart="seed-vs-greenbook" data-mode={mode}>
        <div className="static-face" data-superseded={liveReady || undefined} data-face="static">
          <SvgTree node={staticNode} />
        </div>
        {SeedVsGreenbookLive && (
          <div className="live-face" data-pending={!liveReady || undefined} data-face="live">
            <SeedVsGreenbookLive model={model} width={width} height={height} onReady={onReady} />
          </div>
        )}
      </div>
    </ChartFigure>
  );
}
