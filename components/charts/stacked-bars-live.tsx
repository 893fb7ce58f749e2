// The live face of a stacked-bar model: Recharts with tooltips on hover and keyboard focus, drawn at exactly the
// size and margins of the static face (lib/charts/stacked-bars.ts) so the two show the same bars.
import { Bar, BarChart, CartesianGrid, Cell, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { BAR_CATEGORY_GAP, MARGIN, X_AXIS_HEIGHT, Y_AXIS_WIDTH } from "@/lib/charts/layout";
import { cssVarColor } from "@/lib/charts/palette";
import { categoryLabels, hatchPattern, LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, segmentStyle, STACKED_MARGIN_TOP, type CategoryLabel, type StackedBarModel } from "@/lib/charts/stacked-bars";
import { SvgTree } from "./svg-tree";

type Datum = Record<string, number | string | null> & { label: string; index: number };

function TooltipBody({ active, payload, model, maxWidth }: TooltipContentProps & { model: StackedBarModel; maxWidth: number }) {
  if (!active || !payload?.length) return null;
  const index = (payload[0].payload as Datum).index;
  const bar = model.bars[index];
  if (!bar) return null;
  return (
    <div className="chart-tooltip" role="status" style={{ maxWidth }}>
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

/** Recharts draws each category tick; we place the same wrapped lines the static face draws. */
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

export default function StackedBarsLive({ model, width, height, label, idPrefix }: { model: StackedBarModel; width: number; height: number; label: string; idPrefix: string }) {
  const hatchId = `${idPrefix}-live-hatch`;
  const labels = categoryLabels(model, width, height);
  const data: Datum[] = model.bars.map((b, index) => ({ ...b.values, label: b.label, index }));
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      margin={{ top: STACKED_MARGIN_TOP, right: MARGIN.right, bottom: MARGIN.bottom, left: MARGIN.left }}
      barCategoryGap={`${BAR_CATEGORY_GAP * 100}%`}
      stackOffset="sign"
      accessibilityLayer
      title={label}
      role="application"
      aria-label={`${label}. Use the arrow keys to move between bars.`}
    >
      <defs>
        <SvgTree node={hatchPattern(hatchId, cssVarColor)} />
      </defs>
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis dataKey="label" height={X_AXIS_HEIGHT} interval={0} tick={<CategoryTick labels={labels} />} tickLine={false} />
      <YAxis
        width={Y_AXIS_WIDTH}
        domain={[model.y.min, model.y.max]}
        ticks={model.y.ticks}
        allowDataOverflow
        tickFormatter={(v: number) => model.formatTick(v)}
        tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
      />
      {model.bars.map((b) =>
        b.placeholder ? <ReferenceArea key={b.id} x1={b.label} x2={b.label} fill={`url(#${hatchId})`} fillOpacity={0.45} ifOverflow="hidden" /> : null,
      )}
      {model.markers.map((m) => (
        <ReferenceLine key={m.label} x={model.bars[m.beforeIndex].label} position="start" stroke="var(--fg)" strokeDasharray="4 3" />
      ))}
      <Tooltip content={(p: TooltipContentProps) => <TooltipBody {...p} model={model} maxWidth={tooltipMaxWidth(width)} />} cursor={{ fill: "var(--chart-grid)", fillOpacity: 0.5 }} />
      {model.keys.map((k) => (
        // no animation: the live face takes over from the chart file's identical bars, so growing them from zero on
        // the reader's first hover would only redraw what was already there
        <Bar key={k.key} dataKey={k.key} name={k.label} stackId="stack" fill={`var(${k.colorVar})`} isAnimationActive={false}>
          {model.bars.map((b) => {
            const st = segmentStyle(b, k, cssVarColor, `url(#${hatchId})`);
            return <Cell key={b.id} fill={st.fill} stroke={st.stroke} strokeWidth={st.strokeWidth} strokeDasharray={st.strokeDasharray} fillOpacity={st.fillOpacity} />;
          })}
        </Bar>
      ))}
    </BarChart>
  );
}
