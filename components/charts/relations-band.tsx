// Chart 3, the relations-status band. The server paints the static face (phases, boundaries, axis) and a layer of
// event markers drawn over it with the same viewBox; after hydration the markers answer hover, focus and keys with a
// tooltip. Nothing moves on hydration: the marker layer is in the server HTML, only its handlers arrive later.
//
// Keyboard: every marker is a Tab stop (tabIndex=0, role="button", named by date, title and sources), in date order.
// Once on a marker, Arrow Left/Right move to the previous/next marker and Home/End to the first/last; Escape closes the
// tooltip. A "skip" link before the markers jumps past them to the legend, so the long run of Tab stops can be skipped.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import {
  BAND_HEIGHT,
  buildRelationsBandModel,
  markerGeometry,
  renderRelationsBand,
  type BandMarker,
  type SourceRef,
} from "@/lib/charts/relations-band";
import type { TimedPeriod } from "@/lib/charts/layout";
import { cssVarColor } from "@/lib/charts/palette";
import type { AidEvent, RelationsFile } from "@/lib/schema";
import styles from "./relations-band.module.css";
import { RELATIONS_LEGEND_ID } from "./relations-legend";
import { SvgTree } from "./svg-tree";

export interface RelationsBandProps {
  relations: RelationsFile;
  events: readonly AidEvent[];
  /** every source the events and phases cite (more is fine): serialisable, looked up by id here */
  sources: readonly SourceRef[];
  /** chart 1's periods, so the band shares its time axis */
  periods: readonly TimedPeriod[];
  /** drawing width in px; the SVG scales to its container through the viewBox */
  width: number;
  /** prefix for SVG and tooltip ids; defaults to one from useId */
  idPrefix?: string;
}

const HIDE_DELAY_MS = 150;
const HIT_RADIUS = 7;

export function RelationsBand({ relations, events, sources, periods, width, idPrefix }: RelationsBandProps) {
  const reactId = useId();
  const prefix = idPrefix ?? `relations-band-${reactId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const tooltipId = `${prefix}-tooltip`;
  const afterId = RELATIONS_LEGEND_ID;
  const color = cssVarColor;

  const periodsKey = periods.map((p) => `${p.from}-${p.to}`).join(",");
  // periods usually arrive as a fresh array each render; rebuild only when their values change
  const stablePeriods = useMemo(
    () => periodsKey.split(",").filter(Boolean).map((k) => {
      const [from, to] = k.split("-").map(Number);
      return { from, to };
    }),
    [periodsKey],
  );
  const sourceById = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const model = useMemo(
    () => buildRelationsBandModel({ relations, events, periods: stablePeriods, width, sources }),
    [relations, events, stablePeriods, width, sources],
  );
  const height = BAND_HEIGHT;
  // This face is itself loaded only when the band nears the viewport (live-band.tsx), so its markers are interactive
  // from the start; the chart file under it draws the same markers without handlers.
  const interactive = true;
  const staticFace = useMemo(
    () => renderRelationsBand(model, { width, height, idPrefix: prefix, markers: !interactive, legend: false }),
    [model, width, height, prefix, interactive],
  );

  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const markerNodes = useRef(new Map<string, SVGGElement>());
  const stageRef = useRef<HTMLDivElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);

  const shownId = dismissed ? null : (hoverId ?? focusId);
  const shown: BandMarker | null = shownId ? (model.markers.find((m) => m.id === shownId) ?? null) : null;

  const cancelHide = useCallback(() => {
    if (hideTimer.current !== null) clearTimeout(hideTimer.current);
    hideTimer.current = null;
  }, []);
  const scheduleHide = useCallback(() => {
    cancelHide();
    hideTimer.current = setTimeout(() => setHoverId(null), HIDE_DELAY_MS);
  }, [cancelHide]);
  useEffect(() => cancelHide, [cancelHide]);

  // Escape closes the tooltip wherever focus is (a hover tooltip must be dismissible without moving the pointer).
  useEffect(() => {
    if (!shown) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === "Escape") setDismissed(true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [shown]);

  // Place the tooltip under its marker, kept inside the chart's box (measured, as the SVG is scaled to fit).
  useLayoutEffect(() => {
    const tip = tipRef.current;
    const stage = stageRef.current;
    if (!shown || !tip || !stage) return;
    const sw = stage.clientWidth;
    const sh = stage.clientHeight;
    const x = (shown.x / width) * sw;
    const geometry = markerGeometry(shown);
    const below = geometry.bar ? geometry.bar.y + geometry.bar.height : geometry.cy + geometry.r;
    tip.style.maxWidth = `min(22rem, ${Math.max(160, sw)}px)`;
    const tw = tip.offsetWidth;
    const left = Math.max(0, Math.min(sw - tw, x - tw / 2));
    tip.style.left = `${left}px`;
    tip.style.top = `${((below + 6) / height) * sh}px`;
  }, [shown, width, height]);

  const focusMarker = (index: number) => {
    const m = model.markers[Math.max(0, Math.min(model.markers.length - 1, index))];
    if (m) markerNodes.current.get(m.id)?.focus();
  };

  const onMarkerKey = (e: KeyboardEvent<SVGGElement>, index: number) => {
    switch (e.key) {
      case "ArrowRight":
        e.preventDefault();
        focusMarker(index + 1);
        break;
      case "ArrowLeft":
        e.preventDefault();
        focusMarker(index - 1);
        break;
      case "Home":
        e.preventDefault();
        focusMarker(0);
        break;
      case "End":
        e.preventDefault();
        focusMarker(model.markers.length - 1);
        break;
      case "Escape":
        setDismissed(true);
        break;
      case "Enter":
      case " ":
        e.preventDefault();
        setDismissed((d) => !d);
        break;
    }
  };

  const ink = color("--fg");
  const paper = color("--bg");

  return (
    <div className={styles.root} data-testid="relations-band" data-interactive={interactive || undefined}>
      {model.markers.length > 0 && (
        <a className={styles.skip} href={`#${afterId}`}>
          Skip the {model.markers.length} event markers
        </a>
      )}
      <div className={styles.stage} ref={stageRef}>
        <SvgTree node={staticFace} />
        {interactive && (
          <svg
            className={styles.markerLayer}
            viewBox={`0 0 ${width} ${height}`}
            width={width}
            height={height}
            role="group"
            aria-label={`${model.markers.length} dated events, in date order; arrow keys move between them`}
            data-part="live-markers"
          >
            {model.markers.map((m, i) => {
              const g = markerGeometry(m);
              const active = shownId === m.id;
              return (
                <g
                  key={m.id}
                  ref={(node) => {
                    if (node) markerNodes.current.set(m.id, node);
                    else markerNodes.current.delete(m.id);
                  }}
                  className={styles.marker}
                  data-event={m.id}
                  data-confidence={m.confidence}
                  tabIndex={0}
                  role="button"
                  aria-label={m.ariaLabel}
                  aria-describedby={active ? tooltipId : undefined}
                  onPointerEnter={() => {
                    cancelHide();
                    setHoverId(m.id);
                    setDismissed(false);
                  }}
                  onPointerLeave={scheduleHide}
                  onFocus={() => {
                    setFocusId(m.id);
                    setDismissed(false);
                  }}
                  onBlur={() => setFocusId((id) => (id === m.id ? null : id))}
                  onClick={() => setDismissed(false)}
                  onKeyDown={(e) => onMarkerKey(e, i)}
                >
                  {g.bar && <rect x={g.bar.x} y={g.bar.y} width={g.bar.width} height={g.bar.height} fill={ink} fillOpacity={0.7} />}
                  <circle className={styles.hitArea} cx={g.cx} cy={g.cy} r={HIT_RADIUS} />
                  <circle
                    cx={g.cx}
                    cy={g.cy}
                    r={g.r}
                    fill={m.unconfirmed ? paper : ink}
                    stroke={m.unconfirmed ? ink : paper}
                    strokeWidth={m.unconfirmed ? 1.5 : 1}
                  />
                  {focusId === m.id && <circle className={styles.focusRing} cx={g.cx} cy={g.cy} r={g.r + 3} />}
                  {active && focusId !== m.id && <circle className={styles.focusRing} cx={g.cx} cy={g.cy} r={g.r + 3} strokeOpacity={0.5} />}
                </g>
              );
            })}
          </svg>
        )}
      </div>
      {shown && (
        <div
          ref={tipRef}
          id={tooltipId}
          role="tooltip"
          className={styles.tooltip}
          data-testid="relations-tooltip"
          onPointerEnter={cancelHide}
          onPointerLeave={scheduleHide}
        >
          <div className={styles.tooltipTitle}>{shown.eventTitle}</div>
          <div className="muted">
            {shown.dateText} · {shown.category}
          </div>
          <p>{shown.description}</p>
          <p>Confidence: {shown.unconfirmed ? "low (unconfirmed)" : shown.confidence}</p>
          <p>
            Source{shown.sourceIds.length === 1 ? "" : "s"}:{" "}
            {shown.sourceIds.map((id, i) => {
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
          </p>
        </div>
      )}
    </div>
  );
}
