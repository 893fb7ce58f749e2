// The relations band's tooltips: a phase (status, dates, why, sources), one event (date, event, confidence, sources)
// or a cluster of events close together (each event's date, title and publishers).
import type { BandMarkerGroup, BandPhase, SourceRef } from "@/lib/charts/relations-band";
import styles from "./relations-band.module.css";

function SourceNames({ ids, sourceById }: { ids: readonly string[]; sourceById: ReadonlyMap<string, SourceRef> }) {
  return (
    <>
      Source{ids.length === 1 ? "" : "s"}:{" "}
      {ids.map((id, i) => {
        const s = sourceById.get(id);
        return (
          <span key={id}>
            {i > 0 && "; "}
            {s ? (
              <>
                {s.publisher}, <cite>{s.title}</cite>
              </>
            ) : (
              id
            )}
          </span>
        );
      })}
    </>
  );
}

export function PhaseTip({ phase: p, sourceById }: { phase: BandPhase; sourceById: ReadonlyMap<string, SourceRef> }) {
  return (
    <>
      <div className={styles.tooltipTitle}>
        {p.statusLabel}: {p.label}
      </div>
      <div className="muted">
        {p.fromText} to {p.toText}
      </div>
      {p.alternatives.length > 0 && <p>Start disputed; other dates: {p.alternatives.map((a) => a.dateText).join("; ")}.</p>}
      <p>{p.rationale}</p>
      <p>
        <SourceNames ids={p.sourceIds} sourceById={sourceById} />
      </p>
    </>
  );
}

export function GroupTip({ group, sourceById }: { group: BandMarkerGroup; sourceById: ReadonlyMap<string, SourceRef> }) {
  if (group.members.length === 1) {
    const m = group.members[0];
    return (
      <>
        <div className={styles.tooltipTitle}>{m.eventTitle}</div>
        <div className="muted">
          {m.dateText} · {m.category}
        </div>
        <p>{m.description}</p>
        <p>Confidence: {m.unconfirmed ? "low (unconfirmed)" : m.confidence}</p>
        <p>
          <SourceNames ids={m.sourceIds} sourceById={sourceById} />
        </p>
      </>
    );
  }
  return (
    <>
      <div className={styles.tooltipTitle}>{group.members.length} events close together</div>
      <ul className={styles.tipList}>
        {group.members.map((m) => (
          <li key={m.id}>
            <strong>{m.dateText}</strong>: {m.eventTitle}
            {m.unconfirmed ? " (unconfirmed)" : ""} <span className="muted">({m.publishers.join("; ")})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
