// Chart 4's live face: Recharts, at exactly the width, height, margins, axis sizes and domain of the static face
// (lib/charts/seed-vs-greenbook.ts). Each bar is painted with the same mark builders as the static face, so the
// two look alike; Recharts adds tooltips on hover and on keyboard focus (accessibilityLayer: focus the chart, then
// the left and right arrow keys move from figure to figure and the tooltip follows).
import { type CSSProperties, type KeyboardEvent as ReactKeyboardEvent } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
  type XAxisTickContentProps,
  type YAxisTickContentProps,
} from "recharts";
import { cssVarColor } from "@/lib/charts/palette";
import {
  absoluteBarMarks,
  absoluteTickFormat,
  BAR_CATEGORY_GAP_PERCENT,
  BAR_GAP,
  categoryLines,
  categoryTickNode,
  differenceAxisTitles,
  differenceLabelsNode,
  differenceRowMarks,
  differenceTickFormat,
  FONT_SIZE,
  legendNode,
  patternDefs,
  seedVsGreenbookLayout,
  type AbsoluteModel,
  type DifferenceModel,
  type RowTooltip,
  type SeedVsGreenbookModel,
} from "@/lib/charts/seed-vs-greenbook";
import { renderSvgNode, SvgTree } from "./svg-tree";
import { NO_GRID_LINES } from "./pixel-axis";
import { besideBar, besideRow, TOOLTIP_PINNED, TOOLTIP_PINNED_Y } from "./tooltip-beside";
import { usePainted } from "./use-painted";

interface SeedVsGreenbookLiveProps {
  model: SeedVsGreenbookModel;
  width: number;
  height: number;
  /** distinct from the static face's, so the two faces' pattern ids never collide */
  idPrefix?: string;
  /** called once the chart has painted, so the figure can hide the static face */
  onReady?: () => void;
}

type Datum = { id: string; shown?: number; seed?: number | null; greenbook?: number | null; programme?: number | null };

const AXIS_TICK = { fill: "var(--chart-axis)", fontSize: FONT_SIZE };

function TooltipCard({ tooltip, maxWidth, place }: { tooltip: RowTooltip; maxWidth: number; place: CSSProperties }) {
  return (
    // beside the figure's bars (never over them), no wider than the plot or than the room beside them
    <div className="chart-tooltip" role="status" style={{ maxWidth, ...place }}>
      <p className="font-semibold">{tooltip.title}</p>
      <p className="muted">{tooltip.quote}</p>
      <ul>
        {tooltip.lines.map((l) => (
          <li key={l.label}>
            {l.label}: <strong>{l.value}</strong>
          </li>
        ))}
      </ul>
      <p className="muted">Why they can differ: {tooltip.why}</p>
    </div>
  );
}

/** The tooltip of the active figure, placed by `place` (its row's index) beside that figure's bars. */
function tooltipFor(model: SeedVsGreenbookModel, maxWidth: number, place: (i: number) => CSSProperties) {
  const byId = new Map(model.rows.map((r, i) => [r.id, i]));
  function SeedVsGreenbookTooltip({ active, payload, activeIndex }: TooltipContentProps) {
    if (!active) return null;
    const datum = payload?.[0]?.payload as Datum | undefined;
    const i = (datum && byId.get(datum.id)) ?? (activeIndex != null ? Number(activeIndex) : -1);
    const tooltip = model.rows[i]?.tooltip;
    return tooltip ? <TooltipCard tooltip={tooltip} maxWidth={maxWidth} place={place(i)} /> : null;
  }
  return SeedVsGreenbookTooltip;
}

/**
 * Recharts' keyboard layer moves "forward" on ArrowRight only in left-to-right charts; in a vertical-layout chart
 * (rows top to bottom) ArrowRight moves up. Re-map so that ArrowRight and ArrowDown always go to the next figure and
 * ArrowLeft and ArrowUp to the previous one, in both views.
 */
function remapArrows(layout: "horizontal" | "vertical") {
  const next = layout === "vertical" ? "ArrowLeft" : "ArrowRight";
  const prev = layout === "vertical" ? "ArrowRight" : "ArrowLeft";
  const map: Record<string, string> = { ArrowRight: next, ArrowDown: next, ArrowLeft: prev, ArrowUp: prev };
  return (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const target = e.target;
    const mapped = map[e.key];
    if (!mapped || !e.nativeEvent.isTrusted || !(target instanceof SVGSVGElement) || !target.classList.contains("recharts-surface")) return;
    e.preventDefault();
    if (mapped === e.key) return;
    e.stopPropagation();
    target.dispatchEvent(new KeyboardEvent("keydown", { key: mapped, bubbles: true }));
  };
}

function DifferenceLive({ model, width, height, idPrefix }: { model: DifferenceModel; width: number; height: number; idPrefix: string }) {
  const layout = seedVsGreenbookLayout(model, width, height);
  const data: Datum[] = model.rows.map((r) => ({ id: r.id, shown: r.shown }));
  const index = new Map(model.rows.map((r, i) => [r.id, i]));
  const labels = differenceLabelsNode(model, layout, cssVarColor);
  const rowBand = layout.plot.height / Math.max(1, model.rows.length);
  const label = `${model.title}, Greenbook minus seed as % of the seed figure. Focus the chart and use the arrow keys to move between figures.`;
  const CategoryTick = (p: YAxisTickContentProps) => {
    const row = model.rows[index.get(String(p.payload.value)) ?? -1];
    if (!row) return null;
    return renderSvgNode(categoryTickNode(categoryLines(row, layout.yAxisWidth - 10), Number(p.x), Number(p.y), "left", cssVarColor));
  };
  const shape = (p: BarShapeProps) => {
    const i = index.get((p.payload as Datum).id) ?? p.index;
    if (!model.rows[i]) return null;
    return renderSvgNode(differenceRowMarks(model, i, { x: p.x, y: p.y, width: p.width, height: p.height }, layout, cssVarColor, idPrefix, false));
  };
  return (
    <div onKeyDownCapture={remapArrows("vertical")}>
    <BarChart
      width={width}
      height={height}
      data={data}
      layout="vertical"
      margin={layout.margin}
      barCategoryGap={BAR_CATEGORY_GAP_PERCENT}
      barGap={BAR_GAP}
      accessibilityLayer
      title={model.title}
      desc={model.description}
      role="application"
      aria-label={label}
    >
      <SvgTree node={patternDefs(model, cssVarColor, idPrefix)} />
      <SvgTree node={legendNode(layout, cssVarColor, idPrefix)} />
      <CartesianGrid horizontal={false} horizontalCoordinatesGenerator={NO_GRID_LINES} stroke="var(--chart-grid)" />
      <XAxis
        type="number"
        domain={[model.axis.min, model.axis.max]}
        ticks={layout.ticks}
        interval={0}
        allowDataOverflow
        height={layout.xAxisHeight}
        tickFormatter={(v: number) => differenceTickFormat(v)}
        tick={AXIS_TICK}
        stroke="var(--chart-axis)"
      />
      <YAxis type="category" dataKey="id" width={layout.yAxisWidth} interval={0} tick={CategoryTick} tickLine={false} axisLine={false} />
      <SvgTree node={differenceAxisTitles(layout, cssVarColor)} />
      {labels && <SvgTree node={labels} />}
      <Tooltip
        content={tooltipFor(model, Math.max(160, layout.plot.width), (i) => besideRow({ y: layout.plot.top + i * rowBand, height: rowBand }, height))}
        cursor={{ fill: "var(--chart-grid)", fillOpacity: 0.5 }}
        isAnimationActive={false}
        position={TOOLTIP_PINNED_Y}
      />
      <Bar dataKey="shown" name="Greenbook minus seed, %" shape={shape} isAnimationActive={false} />
      <ReferenceLine x={0} stroke="var(--chart-axis)" strokeWidth={1.5} />
    </BarChart>
    </div>
  );
}

function AbsoluteLive({ model, width, height, idPrefix }: { model: AbsoluteModel; width: number; height: number; idPrefix: string }) {
  const layout = seedVsGreenbookLayout(model, width, height);
  const data: Datum[] = model.rows.map((r) => ({ id: r.id, ...r.values }));
  const index = new Map(model.rows.map((r, i) => [r.id, i]));
  const band = layout.plot.width / Math.max(1, model.rows.length);
  const label = `${model.title}, in current US dollars. Focus the chart and use the arrow keys to move between figures.`;
  const CategoryTick = (p: XAxisTickContentProps) => {
    const row = model.rows[index.get(String(p.payload.value)) ?? -1];
    if (!row) return null;
    return renderSvgNode(
      categoryTickNode(categoryLines(row, band - 4), Number(p.x), Number(p.y), layout.rotateCategories ? "bottom-upright" : "bottom", cssVarColor),
    );
  };
  const shapeFor = (k: number) =>
    function AbsoluteBarShape(p: BarShapeProps) {
      const i = index.get((p.payload as Datum).id) ?? p.index;
      if (!model.rows[i]) return null;
      const node = absoluteBarMarks(model, i, k, { x: p.x, y: p.y, width: p.width, height: p.height }, layout, cssVarColor, idPrefix, false);
      return node ? renderSvgNode(node) : null;
    };
  return (
    <div onKeyDownCapture={remapArrows("horizontal")}>
    <BarChart
      width={width}
      height={height}
      data={data}
      margin={layout.margin}
      barCategoryGap={BAR_CATEGORY_GAP_PERCENT}
      barGap={BAR_GAP}
      accessibilityLayer
      title={model.title}
      desc={model.description}
      role="application"
      aria-label={label}
    >
      <SvgTree node={patternDefs(model, cssVarColor, idPrefix)} />
      <SvgTree node={legendNode(layout, cssVarColor, idPrefix)} />
      <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} stroke="var(--chart-grid)" />
      <XAxis dataKey="id" type="category" height={layout.xAxisHeight} interval={0} tick={CategoryTick} tickLine={false} stroke="var(--chart-axis)" />
      <YAxis
        type="number"
        width={layout.yAxisWidth}
        domain={[0, model.axis.max]}
        ticks={layout.ticks}
        interval={0}
        allowDataOverflow
        tickFormatter={(v: number) => absoluteTickFormat(v)}
        tick={AXIS_TICK}
        stroke="var(--chart-axis)"
      />
      <Tooltip
        content={tooltipFor(model, Math.max(160, layout.plot.width), (i) => besideBar({ x: layout.plot.left + i * band, width: band }, width, Math.max(160, layout.plot.width), layout.plot.left))}
        cursor={{ fill: "var(--chart-grid)", fillOpacity: 0.5 }}
        isAnimationActive={false}
        position={TOOLTIP_PINNED}
      />
      {model.series.map((s, k) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={`var(${s.colorVar})`} shape={shapeFor(k)} isAnimationActive={false} />
      ))}
    </BarChart>
    </div>
  );
}

export default function SeedVsGreenbookLive({ model, width, height, idPrefix = "seed-vs-greenbook-live", onReady }: SeedVsGreenbookLiveProps) {
  usePainted(onReady);
  return model.mode === "difference" ? (
    <DifferenceLive model={model} width={width} height={height} idPrefix={idPrefix} />
  ) : (
    <AbsoluteLive model={model} width={width} height={height} idPrefix={idPrefix} />
  );
}
