"use client";
// Both faces of a stacked-bar chart in one box: the static SVG (server-painted, kept for print) and the live
// Recharts chart that takes over once loaded, at the same measured size; plus the HTML legend.
import { useRef } from "react";
import { BAR_CHART_HEIGHT, DEFAULT_CHART_WIDTH } from "@/lib/charts/layout";
import { renderStackedBars, type StackedBarModel } from "@/lib/charts/stacked-bars";
import { SvgTree } from "./svg-tree";
import { useChartWidth } from "./use-chart-width";
import { useLazyComponent } from "./use-lazy-component";

const loadLive = () => import("./stacked-bars-live");

/** Phones get a shorter chart so the bars and the legend fit on one screen. */
export function barChartHeight(width: number): number {
  return width < 520 ? 300 : BAR_CHART_HEIGHT;
}

export function StackedBarsBody({ model, idPrefix, label }: { model: StackedBarModel; idPrefix: string; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const measured = useChartWidth(ref);
  const width = measured || DEFAULT_CHART_WIDTH;
  const height = barChartHeight(width);
  const Live = useLazyComponent(loadLive, ref);
  return (
    <div ref={ref} data-chart={idPrefix}>
      <div className="static-face" data-superseded={Live !== null || undefined} data-face="static">
        <SvgTree node={renderStackedBars(model, { width, height, idPrefix })} />
      </div>
      {Live && (
        <div className="live-face" data-face="live">
          <Live model={model} width={width} height={height} label={label} idPrefix={idPrefix} />
          <div className="live-annotations">
            <SvgTree node={renderStackedBars(model, { width, height, idPrefix: `${idPrefix}-live`, layer: "annotations" })} />
          </div>
        </div>
      )}
      <ul className="chart-legend" aria-label="Legend">
        {model.keys.map((k) => (
          <li key={k.key}>
            <span className={`swatch${k.key === "unsplit" || k.key === "total" ? " swatch-hatch" : ""}`} style={{ background: `var(${k.colorVar})` }} aria-hidden />
            {k.label}
          </li>
        ))}
        {model.bars.some((b) => b.placeholder === "no-data") && (
          <li>
            <span className="swatch swatch-hatch swatch-empty" aria-hidden />
            No data (no records; not zero)
          </li>
        )}
        {model.bars.some((b) => b.placeholder === "no-split") && (
          <li>
            <span className="swatch swatch-hatch swatch-empty" aria-hidden />
            No split available
          </li>
        )}
        {model.bars.some((b) => b.partial && b.valueLabel?.endsWith("*")) && <li>* Partial: some years of the period have no records</li>}
        {model.bars.some((b) => b.emphasis === "provisional" && !b.placeholder) && (
          <li>
            <span className="swatch swatch-provisional" aria-hidden />
            Dashed outline: includes provisional FY2024 (the latest year of its source is incomplete)
          </li>
        )}
        {model.bars.some((b) => b.emphasis !== "exact" && b.emphasis !== "provisional") && (
          <li>
            <span className="swatch swatch-outline" aria-hidden />
            Outlined: approximate, lower-bound (&ldquo;over&rdquo;) or earmarked figure
          </li>
        )}
      </ul>
    </div>
  );
}
