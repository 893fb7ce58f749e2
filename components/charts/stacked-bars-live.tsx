// The live face of a stacked-bar model: plain Recharts configured from the chart's spec (lib/charts/stacked-bars): the
// same margins, y domain and ticks, every bar at the x and width the spec places it (over its fiscal years on the
// band's time axis), heights from the same drawn values, and the spec's placed annotations drawn as children of the
// chart. Nothing is laid over it, and the swap from the chart file moves nothing.
import { useCallback, useState } from "react";
import { Bar, BarChart, CartesianGrid, Rectangle, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from "recharts";
import { MARGIN, Y_AXIS_WIDTH } from "@/lib/charts/layout";
import { cssVarColor } from "@/lib/charts/palette";
import {
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  STACKED_MARGIN_TOP,
  barSlots,
  boxOf,
  categoryLabels,
  drawnValue,
  hatchPattern,
  placeAnnotations,
  segmentStyle,
  stackedPlot,
  type BarSlot,
  type Box,
  type CategoryLabel,
  type PlacedText,
  type StackedBarModel,
} from "@/lib/charts/stacked-bars";
import { placeholderWords } from "@/lib/charts/stacked-bars/derive";
import { NO_GRID_LINES, pixelXAxis } from "./pixel-axis";
import { SvgTree } from "./svg-tree";
import { besideBar, clearOfPointer, noRoomBeside, TOOLTIP_PINNED, TOOLTIP_PINNED_XY } from "./tooltip-beside";

type Datum = Record<string, number | string | null> & { label: string; index: number; x: number };

/** Where the tooltips go: beside their bars; in a chart with a bar as wide as the plot (no room beside it), pinned at
 * (0, 0) and placed clear of the pointer and of the chart's texts (`clear`: the pointer's place, those texts' boxes). */
interface TooltipPlace {
  maxWidth: number;
  slots: BarSlot[];
  chartWidth: number;
  chartHeight: number;
  plotLeft: number;
  plotTop: number;
  clear: { pointer: { x: number; y: number } | null; texts: Box[] } | null;
}

function tooltipStyle(p: TooltipPlace, slot: BarSlot) {
  if (p.clear && noRoomBeside(slot, p.chartWidth, p.maxWidth))
    return clearOfPointer(p.clear.pointer, slot, { width: p.chartWidth, height: p.chartHeight, plotTop: p.plotTop }, p.maxWidth, p.clear.texts);
  const beside = besideBar(slot, p.chartWidth, p.maxWidth, p.plotLeft);
  // pinned at y = 0 with the rest: at the plot's top
  return p.clear ? { ...beside, transform: `${String(beside.transform)} translateY(${p.plotTop}px)` } : beside;
}

function TooltipBody({ active, payload, model, place }: TooltipContentProps & { model: StackedBarModel; place: TooltipPlace }) {
  if (!active || !payload?.length) return null;
  const index = (payload[0].payload as Datum).index;
  const bar = model.bars[index];
  const slot = place.slots[index];
  if (!bar || !slot) return null;
  return (
    <div className="chart-tooltip" role="status" style={tooltipStyle(place, slot)} data-tooltip-for={bar.id}>
      <p className="font-semibold">{bar.label}</p>
      <p>{bar.description}</p>
      {!bar.placeholder && (
        <ul>
          {model.keys.map((k) => {
            const v = bar.values[k.key];
            if (v === null || v === undefined || v === 0) return null;
            return (
              <li key={k.key}>
                <span className="swatch" style={{ background: `var(${k.colorVar})` }} aria-hidden /> {k.label}: {model.formatValue(v)}
              </li>
            );
          })}
        </ul>
      )}
      {bar.details.map((d) => (
        <p key={d} className="muted">
          {d}
        </p>
      ))}
    </div>
  );
}

/** Recharts keeps a tooltip inside the plot area when it fits there (else it pins it to the plot's left edge), so a
 * tooltip no wider than the plot never leaves the chart, and the chart never leaves the viewport. */
function tooltipMaxWidth(width: number): number {
  return Math.max(160, width - MARGIN.left - Y_AXIS_WIDTH - MARGIN.right);
}

/** Recharts draws a tick at each bar's centre; it writes the spec's wrapped label of that bar. */
function CategoryTick({ index, labels }: { index?: number; labels: (CategoryLabel | null)[] }) {
  const l = index === undefined ? null : labels[index];
  if (!l) return null;
  return (
    <text x={l.x} y={l.y} textAnchor="middle" fontSize={LABEL_FONT_SIZE} fill="var(--chart-axis)">
      {l.lines.map((line, k) => (
        <tspan key={k} x={l.x} dy={k === 0 ? 0 : LABEL_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function Placed({ t, bold, ...data }: { t: PlacedText; bold?: boolean } & Record<`data-${string}`, string>) {
  return (
    <text x={t.x} y={t.y} textAnchor={t.anchor} fontSize={t.size} fill="var(--fg)" fontWeight={bold ? 600 : undefined} pointerEvents="none" {...data}>
      {t.text}
    </text>
  );
}

/** A segment where the spec places its bar: Recharts gives the stacked y and height, the spec the x and width. */
function segmentShape(model: StackedBarModel, key: StackedBarModel["keys"][number], slots: BarSlot[], hatchUrl: string) {
  return function SegmentShape(props: BarShapeProps) {
    const bar = model.bars[props.index];
    const slot = slots[props.index];
    if (!bar || !slot || bar.placeholder) return <g />;
    const st = segmentStyle(bar, key, cssVarColor, hatchUrl);
    return (
      <Rectangle
        x={slot.x}
        y={props.y}
        width={slot.width}
        height={props.height}
        fill={st.fill}
        stroke={st.stroke}
        strokeWidth={st.strokeWidth}
        strokeDasharray={st.strokeDasharray}
        fillOpacity={st.fillOpacity}
      />
    );
  };
}

export default function StackedBarsLive({ model, width, height, label, idPrefix }: { model: StackedBarModel; width: number; height: number; label: string; idPrefix: string }) {
  const hatchId = `${idPrefix}-live-hatch`;
  const plot = stackedPlot(width, height);
  const slots = barSlots(model, plot);
  const labels = categoryLabels(model, width, height);
  const placed = placeAnnotations(model, width, height);
  // the x axis runs in the plot's own pixels, so each bar's x is where the spec puts its centre
  const data: Datum[] = model.bars.map((b, index) => {
    const d: Datum = { label: b.label, index, x: slots[index].center };
    for (const k of model.keys) d[k.key] = b.placeholder ? null : drawnValue(b, k.key);
    return d;
  });
  const zeroY = plot.top + plot.height * (model.y.max / (model.y.max - model.y.min || 1));
  const maxWidth = tooltipMaxWidth(width);
  // a bar as wide as the plot (the whole span as one bar) leaves its tooltip no room beside it: the chart then follows
  // the pointer, so the tooltip can stand clear of it and of the texts over the bars
  const cramped = slots.some((slot) => noRoomBeside(slot, width, maxWidth));
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);
  // the pointer in the chart's own pixels, from the chart's wrapper (Recharts' own mouse events are throttled, and a
  // tooltip placed from a late one could land on the pointer)
  const follow = useCallback((g: SVGGElement | null) => {
    const wrapper = g?.closest(".recharts-wrapper");
    if (!wrapper) return;
    const move = (e: Event) => {
      if (!(e instanceof MouseEvent) || !(wrapper instanceof HTMLElement)) return;
      // the face may be drawn scaled to its box: screen pixels back to the chart's own
      const r = wrapper.getBoundingClientRect();
      const sx = wrapper.offsetWidth / (r.width || 1);
      const sy = wrapper.offsetHeight / (r.height || 1);
      setPointer({ x: (e.clientX - r.left) * sx, y: (e.clientY - r.top) * sy });
    };
    const leave = () => setPointer(null);
    wrapper.addEventListener("mousemove", move);
    wrapper.addEventListener("mouseleave", leave);
    return () => {
      wrapper.removeEventListener("mousemove", move);
      wrapper.removeEventListener("mouseleave", leave);
    };
  }, []);
  const texts = cramped
    ? [...placed.values.map((t) => boxOf(t)), ...(placed.highlight ? [boxOf(placed.highlight, true)] : []), ...(placed.mark?.label ? [boxOf(placed.mark.label, true)] : []), ...placed.markers.flatMap((m) => (m.label ? [boxOf(m.label)] : []))]
    : [];
  const place: TooltipPlace = { maxWidth, slots, chartWidth: width, chartHeight: height, plotLeft: plot.left, plotTop: plot.top, clear: cramped ? { pointer, texts } : null };
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      margin={{ top: STACKED_MARGIN_TOP, right: MARGIN.right, bottom: MARGIN.bottom, left: MARGIN.left }}
      stackOffset="sign"
      accessibilityLayer
      title={label}
      role="application"
      aria-label={`${label}. Use the arrow keys to move between bars.`}
    >
      <defs>
        <SvgTree node={hatchPattern(hatchId, cssVarColor)} />
      </defs>
      <CartesianGrid vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} stroke="var(--chart-grid)" />
      <XAxis {...pixelXAxis(plot, slots.map((s) => s.center))} tick={<CategoryTick labels={labels} />} />
      <YAxis
        width={Y_AXIS_WIDTH}
        domain={[model.y.min, model.y.max]}
        ticks={model.y.ticks}
        interval={0}
        allowDataOverflow
        tickFormatter={(v: number) => model.formatTick(v)}
        tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
      />
      {model.bars.map((b, i) =>
        b.placeholder ? (
          <ReferenceArea key={b.id} x1={slots[i].x} x2={slots[i].x + slots[i].width} y2={model.y.max} y1={0} fill={`url(#${hatchId})`} fillOpacity={0.45} ifOverflow="hidden" />
        ) : null,
      )}
      {placed.mark ? (
        <ReferenceArea x1={placed.mark.x} x2={placed.mark.x + placed.mark.width} y1={model.y.min} y2={model.y.max} fill="var(--fg)" fillOpacity={0.1} stroke="var(--fg)" strokeWidth={1.5} ifOverflow="hidden" data-mark={placed.mark.year} />
      ) : null}
      {placed.markers.map((m) => (
        <ReferenceLine key={m.full} x={m.x} stroke="var(--fg)" strokeDasharray="4 3" ifOverflow="extendDomain" />
      ))}
      <Tooltip
        content={(p: TooltipContentProps) => <TooltipBody {...p} model={model} place={place} />}
        cursor={false}
        position={cramped ? TOOLTIP_PINNED_XY : TOOLTIP_PINNED}
      />
      {model.keys.map((k) => (
        <Bar key={k.key} dataKey={k.key} name={k.label} stackId="stack" fill={`var(${k.colorVar})`} isAnimationActive={false} shape={segmentShape(model, k, slots, `url(#${hatchId})`)} />
      ))}
      {cramped && <g ref={follow} data-follows-pointer="" />}
      <g data-annotations="" pointerEvents="none">
        {model.bars.map((b, i) =>
          b.placeholder && slots[i].band >= 14 ? (
            <text key={b.id} x={slots[i].center} y={zeroY - 6} textAnchor="start" fontSize={10} fill="var(--fg)" transform={`rotate(-90 ${slots[i].center} ${zeroY - 6})`} dominantBaseline="middle">
              {placeholderWords(b)}
            </text>
          ) : null,
        )}
        {placed.values.map((t) => (
          <Placed key={t.barId} t={t} data-value-label={t.barId} />
        ))}
        {placed.markers.map((m) => (m.label ? <Placed key={m.full} t={m.label} /> : null))}
        {placed.highlight && <Placed t={placed.highlight} bold data-highlight={placed.highlight.barId} />}
        {placed.mark?.label && <Placed t={placed.mark.label} bold data-mark-label={String(placed.mark.year)} />}
      </g>
    </BarChart>
  );
}
