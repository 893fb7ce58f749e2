// The HTML legend of charts 1 and 2: what the chart file's own legend lists (lib/charts/stacked-bars.ts).
import { stackedLegendItems, type StackedBarModel } from "@/lib/charts/stacked-bars";

export function StackedLegend({ model }: { model: StackedBarModel }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {stackedLegendItems(model).map((it) => (
        <li key={it.kind + it.label}>
          {it.kind !== "partial" && it.kind !== "assumption" && (
            <span
              className={`swatch${it.hatched || it.kind === "no-data" || it.kind === "no-split" ? " swatch-hatch" : ""}${it.kind === "no-data" || it.kind === "no-split" ? " swatch-empty" : ""}${it.kind === "provisional" ? " swatch-provisional" : ""}${it.kind === "outlined" ? " swatch-outline" : ""}`}
              style={it.kind === "key" ? { background: `var(${it.colorVar})` } : undefined}
              aria-hidden
            />
          )}
          {it.label}
        </li>
      ))}
    </ul>
  );
}
