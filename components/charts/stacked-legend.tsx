// The HTML legend of charts 1 and 2: what the chart file's own legend lists (lib/charts/stacked-bars.ts). On a phone,
// parts with a shorter name show it, two to a row (the full name stays the accessible one).
// A server component, given the items (lib/charts/stacked-bars stackedLegendItems): nothing in it is interactive.
import type { StackedLegendItem } from "@/lib/charts/stacked-bars";

export function StackedLegend({ items }: { items: readonly StackedLegendItem[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {items.map((it) => (
        <li key={it.kind + it.label} data-legend-kind={it.kind}>
          {it.kind !== "partial" && it.kind !== "assumption" && (
            <span
              className={`swatch${it.hatched || it.kind === "no-data" || it.kind === "no-split" ? " swatch-hatch" : ""}${it.kind === "no-data" || it.kind === "no-split" ? " swatch-empty" : ""}${it.kind === "provisional" ? " swatch-provisional" : ""}${it.kind === "outlined" ? " swatch-outline" : ""}`}
              style={it.kind === "key" ? { background: `var(${it.colorVar})` } : undefined}
              aria-hidden
            />
          )}
          {it.short ? (
            <>
              <span className="legend-label-full">{it.label}</span>
              <span className="legend-label-short" aria-hidden>
                {it.short}
              </span>
            </>
          ) : (
            it.label
          )}
        </li>
      ))}
    </ul>
  );
}
