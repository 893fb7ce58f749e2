// The HTML legend of charts 5 and 6 (what the chart file's own legend lists: lib/charts/clustered-bars legendItems).
// A server component: nothing in it is interactive.

/** A series' swatch (its colour, pale for grants, outlined for the United States), or a mark's. */
export interface ClusteredLegendEntry {
  label: string;
  kind: "series" | "no-data" | "negative";
  colorVar?: string;
  pale?: boolean;
  highlight?: boolean;
}

export function ClusteredLegend({ items }: { items: readonly ClusteredLegendEntry[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {items.map((it) => (
        <li key={it.label} data-legend-kind={it.kind} data-highlight={it.highlight ? "true" : undefined}>
          <span
            className={`swatch${it.kind === "no-data" ? " swatch-hatch swatch-empty" : it.kind === "negative" ? " swatch-provisional" : ""}`}
            style={it.kind === "series" ? { background: `var(${it.colorVar})`, opacity: it.pale ? 0.55 : undefined, borderColor: it.highlight ? "var(--fg)" : undefined, borderWidth: it.highlight ? 2 : undefined } : undefined}
            aria-hidden
          />
          {it.highlight ? <strong>{it.label}</strong> : it.label}
        </li>
      ))}
    </ul>
  );
}
