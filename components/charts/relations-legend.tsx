// The relations band's legend as HTML (the chart file draws its own): every status in rank order, then the marks.
// A server component, given the items (lib/charts/relations-band relationsLegendItems) and each status's description:
// nothing in it is interactive.
import type { LegendItem } from "@/lib/charts/relations-band";
import { cssVarColor } from "@/lib/charts/palette";
import styles from "./relations-band.module.css";

/** The id of the band's HTML legend (tests and links find it by this). */
const RELATIONS_LEGEND_ID = "relations-band-legend";

/** `items`: the legend's entries, each status's with its description (shown as the entry's title). */
export function RelationsLegend({ items }: { items: readonly (LegendItem & { description?: string })[] }) {
  return (
    <ul className={styles.legend} id={RELATIONS_LEGEND_ID} tabIndex={-1} aria-label="Legend">
      {items.map((it) => (
        <li key={it.status ?? it.kind} title={it.description}>
          <LegendSymbol kind={it.kind} status={it.status} />
          {it.label}
        </li>
      ))}
    </ul>
  );
}

function LegendSymbol({ kind, status }: { kind: LegendItem["kind"]; status?: string }) {
  const fg = cssVarColor("--fg");
  if (kind === "status") return <span className={styles.swatch} style={{ background: cssVarColor(`--status-${status}`) }} aria-hidden="true" />;
  if (kind === "not-covered") return <span className={`${styles.swatch} ${styles.hatch}`} aria-hidden="true" />;
  return (
    <svg className={styles.symbol} viewBox="0 0 14 14" width={14} height={14} aria-hidden="true" focusable="false">
      {kind === "event" && <circle cx={7} cy={7} r={5} fill={fg} />}
      {kind === "cluster" && (
        <>
          <circle cx={7} cy={7} r={6.5} fill={fg} />
          <text x={7} y={7} textAnchor="middle" dominantBaseline="central" fontSize={8} fontWeight={700} fill={cssVarColor("--bg")}>
            3
          </text>
        </>
      )}
      {kind === "unconfirmed" && <circle cx={7} cy={7} r={4.5} fill={cssVarColor("--bg")} stroke={fg} strokeWidth={1.5} />}
      {kind === "span" && <rect x={0} y={5.5} width={14} height={3} fill={fg} fillOpacity={0.7} />}
      {kind === "disputed" && (
        <>
          <line x1={4} x2={4} y1={0} y2={14} stroke={fg} strokeWidth={1.5} />
          <line x1={10} x2={10} y1={0} y2={14} stroke={fg} strokeWidth={1} strokeDasharray="3 2" />
        </>
      )}
      {kind === "approximate" && <line x1={7} x2={7} y1={0} y2={14} stroke={fg} strokeWidth={1.5} strokeDasharray="1.5 2.5" strokeLinecap="round" />}
    </svg>
  );
}
