// The live face of a clustered-bar model (charts 5 and 6): plain Recharts configured from the chart's spec
// (lib/charts/clustered-bars): the same margins, y domain and ticks, one Bar per series, each bar at the x and width
// the spec places it in its period's cluster and at the height Recharts gives its value; the subject outlined,
// net-negative bars dashed below zero, and no data as a hatched stub on the zero line (a Bar of its own, never a
// value of zero). The legend naming each series' basis is the figure's HTML one, beside both faces. Nothing is laid
// over it, and the swap from the chart file moves nothing.
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from "recharts";
import { MARGIN, Y_AXIS_WIDTH } from "@/lib/charts/layout";
import { cssVarColor } from "@/lib/charts/palette";
import {
  barLook,
  formatClustered,
  GAP_EDGE,
  GAP_STUB,
  gapHatch,
  layoutClustered,
  NO_DATA_WORDS,
  VALUE_FONT,
  type BarGeometry,
  type CategoryLabel,
  type ClusteredLayout,
  type ClusteredModel,
} from "@/lib/charts/clustered-bars";
import { NO_GRID_LINES, pixelXAxis } from "./pixel-axis";
import { SvgTree } from "./svg-tree";
import { besideBar, TOOLTIP_PINNED } from "./tooltip-beside";

type Datum = Record<string, number | null> & { index: number; x: number };

/** The key of a series' no-data stubs: a Bar of its own, out of the tooltip. */
const gapKey = (id: string) => `gap:${id}`;

/** The bar of series i in category c, as the spec places it. */
function barAt(L: ClusteredLayout, n: number, c: number, i: number): BarGeometry | undefined {
  return L.bars[c * n + i];
}

/** A period's cluster: from its first bar's left edge to its last bar's right edge. */
function clusterBox(L: ClusteredLayout, n: number, c: number): { x: number; width: number } {
  const first = barAt(L, n, c, 0);
  const last = barAt(L, n, c, n - 1);
  if (!first || !last) return { x: L.plot.left, width: 0 };
  return { x: first.x, width: last.x + last.width - first.x };
}

function valueWords(v: number | null, model: ClusteredModel): string {
  if (v === null) return NO_DATA_WORDS;
  return `${formatClustered(v, model.unit)}${v < 0 ? " (net negative)" : ""}`;
}

/** One value per series of the period, each with its basis and source (said once when every series shares it). */
function TooltipBody({ active, payload, activeIndex, model, L, maxWidth }: TooltipContentProps & { model: ClusteredModel; L: ClusteredLayout; maxWidth: number }) {
  if (!active) return null;
  const datum = payload?.[0]?.payload as Datum | undefined;
  const c = datum?.index ?? (activeIndex != null ? Number(activeIndex) : -1);
  const category = model.categories[c];
  if (category === undefined) return null;
  const n = model.series.length;
  const same = (k: "basis" | "source") => new Set(model.series.map((s) => s[k] ?? "")).size === 1;
  const sharedBasis = same("basis") ? model.series[0]?.basis : undefined;
  const sharedSource = same("source") ? model.series[0]?.source : undefined;
  return (
    <div className="chart-tooltip" role="status" style={besideBar(clusterBox(L, n, c), L.width, maxWidth, L.plot.left)} data-tooltip-for={`category-${c}`}>
      <p className="font-semibold">{category}</p>
      <ul>
        {model.series.map((s) => {
          const own = [sharedBasis === undefined ? s.basis : undefined, sharedSource === undefined ? s.source : undefined].filter(Boolean).join("; ");
          return (
            <li key={s.id} data-series={s.id}>
              <span className="swatch" style={{ background: `var(${s.colorVar})`, opacity: s.pale ? 0.55 : undefined }} aria-hidden /> {s.highlight ? <strong>{s.label}</strong> : s.label}:{" "}
              {valueWords(s.values[c] ?? null, model)}
              {own && <span className="muted"> ({own})</span>}
            </li>
          );
        })}
      </ul>
      {(sharedBasis || sharedSource) && (
        <p className="muted">
          {sharedBasis && `Basis: ${sharedBasis}. `}
          {sharedSource && `Source: ${sharedSource}.`}
        </p>
      )}
    </div>
  );
}

/** Recharts draws a tick at each placed label's x; it writes the spec's label there (wrapped, or short). */
function CategoryTick({ index, labels, axisTop }: { index?: number; labels: CategoryLabel[]; axisTop: number }) {
  const l = index === undefined ? undefined : labels[index];
  if (!l) return null;
  return (
    <text x={l.x} y={axisTop + l.font} textAnchor="middle" fontSize={l.font} fill="var(--chart-axis)">
      {l.lines.length === 1
        ? l.lines[0]
        : l.lines.map((line, k) => (
            <tspan key={k} x={l.x} dy={k === 0 ? 0 : l.font + 2}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

/** Series i's bars: Recharts gives each its y and height (a negative one hangs below zero), the spec its x and width. */
function valueShape(model: ClusteredModel, L: ClusteredLayout, i: number) {
  const s = model.series[i];
  return function ClusteredBar(p: BarShapeProps) {
    // the period by its place in the data (Recharts leaves out a series' null values, so p.index would not be it)
    const c = p.originalDataIndex;
    const b = barAt(L, model.series.length, c, i);
    const v = s?.values[c] ?? null;
    if (!s || !b || v === null) return <g />;
    const negative = v < 0;
    const look = barLook(s, negative, cssVarColor);
    const top = Math.min(p.y, p.y + p.height);
    return (
      <rect
        data-series={s.id}
        data-category={c}
        data-value={v}
        data-negative={negative || undefined}
        data-highlight={s.highlight || undefined}
        x={b.x}
        y={top}
        width={b.width}
        height={Math.max(Math.abs(p.height), 0.5)}
        {...look}
      />
    );
  };
}

/** Series i's no-data stubs: hatched, standing on the zero line at the spec's x and width. */
function gapShape(model: ClusteredModel, L: ClusteredLayout, i: number, hatchUrl: string) {
  const s = model.series[i];
  return function ClusteredGap(p: BarShapeProps) {
    const c = p.originalDataIndex;
    const b = barAt(L, model.series.length, c, i);
    if (!s || !b || s.values[c] !== null) return <g />;
    const top = Math.min(p.y, p.y + p.height);
    return <rect data-series={s.id} data-category={c} data-highlight={s.highlight || undefined} data-nodata="true" x={b.x} y={top} width={b.width} height={Math.abs(p.height)} fill={hatchUrl} stroke="var(--chart-axis)" strokeWidth={GAP_EDGE} />;
  };
}

export default function ClusteredBarsLive({ model, width, idPrefix }: { model: ClusteredModel; width: number; idPrefix: string }) {
  const L = layoutClustered(model, width, null, false);
  const { plot, ticks } = L;
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  // a stub's height in the value axis's units: GAP_STUB pixels above zero
  const stub = (GAP_STUB * (hi - lo)) / plot.height;
  const hatchId = `${idPrefix}-live-gap`;
  const n = model.series.length;
  const band = plot.width / Math.max(1, model.categories.length);
  // the x axis runs in the plot's own pixels, so each period's datum sits at its band's centre
  const data: Datum[] = model.categories.map((_, c) => {
    const d: Datum = { index: c, x: plot.left + (c + 0.5) * band };
    for (const s of model.series) {
      const v = s.values[c] ?? null;
      d[s.id] = v;
      d[gapKey(s.id)] = v === null ? stub : null;
    }
    return d;
  });
  const label = `${model.title}. Use the arrow keys to move between periods.`;
  return (
    <BarChart
      width={width}
      height={L.height}
      data={data}
      margin={{ top: MARGIN.top, right: MARGIN.right, bottom: MARGIN.bottom, left: MARGIN.left }}
      barGap={0}
      accessibilityLayer
      title={model.title}
      role="application"
      aria-label={label}
    >
      <defs>
        <SvgTree node={gapHatch(hatchId, cssVarColor)} />
      </defs>
      <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} stroke="var(--chart-grid)" />
      <XAxis {...pixelXAxis(plot, L.categoryLabels.map((l) => l.x))} tick={<CategoryTick labels={L.categoryLabels} axisTop={plot.top + plot.height + 6} />} axisLine={false} />
      <YAxis
        width={Y_AXIS_WIDTH}
        domain={[lo, hi]}
        ticks={ticks}
        interval={0}
        allowDataOverflow
        tickFormatter={(v: number) => formatClustered(v, model.unit, true)}
        tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
        tickLine={false}
        axisLine={false}
      />
      <Tooltip
        content={(p: TooltipContentProps) => <TooltipBody {...p} model={model} L={L} maxWidth={Math.max(160, plot.width)} />}
        cursor={false}
        position={TOOLTIP_PINNED}
        isAnimationActive={false}
      />
      {model.series.map((s, i) => (
        <Bar key={s.id} dataKey={s.id} name={s.label} fill={`var(${s.colorVar})`} isAnimationActive={false} shape={valueShape(model, L, i)} />
      ))}
      {model.series.map((s, i) => (
        <Bar key={gapKey(s.id)} dataKey={gapKey(s.id)} name={`${s.label}: ${NO_DATA_WORDS}`} tooltipType="none" legendType="none" isAnimationActive={false} shape={gapShape(model, L, i, `url(#${hatchId})`)} />
      ))}
      <ReferenceLine y={0} stroke="var(--chart-axis)" strokeWidth={1.5} data-zero-line="" />
      {L.valueLabels.length > 0 && (
        <g data-part="live-values" pointerEvents="none">
          {L.valueLabels.map((v, k) => (
            <text key={k} x={v.x} y={v.y} textAnchor="middle" fontSize={VALUE_FONT} fill="var(--fg)">
              {v.text}
            </text>
          ))}
        </g>
      )}
    </BarChart>
  );
}
