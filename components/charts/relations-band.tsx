// Chart 3, the relations-status band. The server paints the static face (phases, boundaries, axis) and a layer of
// event markers drawn over it with the same viewBox; after hydration the markers answer hover, focus and keys with a
// tooltip. Nothing moves on hydration: the marker layer is in the server HTML, only its handlers arrive later.
//
// Keyboard: the phases are one Tab stop and the event markers another (a roving tabindex: role="button" each, named by
// dates, titles and sources). Inside a row, Arrow Left/Right move to the previous/next item and Home/End to the
// first/last; Enter or Space toggles the tooltip and Escape closes it. Markers that would overlap are one cluster that
// lists its events. A tap or click on a phase or marker shows the same tooltip as hover and focus.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import {
  BAND_HEIGHT,
  BAND_LAYOUT,
  buildRelationsBandModel,
  markerGeometry,
  renderRelationsBand,
  type BandMarkerGroup,
  type BandPhase,
  type SourceRef,
} from "@/lib/charts/relations-band";
import type { TimedPeriod } from "@/lib/charts/layout";
import { cssVarColor } from "@/lib/charts/palette";
import type { AidEvent, RelationsFile } from "@/lib/data/schema";
import styles from "./relations-band.module.css";
import { GroupTip, PhaseTip } from "./relations-band-tips";
import { SvgTree } from "./svg-tree";

interface RelationsBandProps {
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
  // The drawing without its markers: this face is loaded only on the reader's intent (live-band.tsx), and draws
  // the markers itself, each a focusable control, where the chart file draws the same markers without handlers.
  const staticFace = useMemo(
    () => renderRelationsBand(model, { width, height, idPrefix: prefix, markers: false, legend: false }),
    [model, width, height, prefix],
  );

  const items = useMemo(
    () => ({
      phases: model.phases.map((p) => ({ key: `phase:${p.id}`, phase: p })),
      groups: model.markerGroups.map((g) => ({ key: `group:${g.id}`, group: g })),
    }),
    [model],
  );
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  // the roving Tab stop of each row
  const [phaseStop, setPhaseStop] = useState(0);
  const [markerStop, setMarkerStop] = useState(0);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const nodes = useRef(new Map<string, SVGElement>());
  const stageRef = useRef<HTMLDivElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);

  const shownKey = dismissed ? null : (hoverKey ?? focusKey);
  const shownPhase: BandPhase | null = shownKey?.startsWith("phase:") ? (items.phases.find((p) => p.key === shownKey)?.phase ?? null) : null;
  const shownGroup: BandMarkerGroup | null = shownKey?.startsWith("group:") ? (items.groups.find((g) => g.key === shownKey)?.group ?? null) : null;
  const shown = shownPhase ?? shownGroup;

  const cancelHide = useCallback(() => {
    if (hideTimer.current !== null) clearTimeout(hideTimer.current);
    hideTimer.current = null;
  }, []);
  const scheduleHide = useCallback(() => {
    cancelHide();
    hideTimer.current = setTimeout(() => setHoverKey(null), HIDE_DELAY_MS);
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

  // Place the tooltip under its phase or marker, inside the chart's box and inside the viewport (above the mark when
  // there is no room below); measured, as the SVG is scaled to fit.
  useLayoutEffect(() => {
    const tip = tipRef.current;
    const stage = stageRef.current;
    if (!shown || !tip || !stage) return;
    const sw = stage.clientWidth;
    const sh = stage.clientHeight;
    const k = sh / height;
    const centre = shownPhase ? shownPhase.x + shownPhase.width / 2 : shownGroup!.x;
    const bottom = shownPhase ? BAND_LAYOUT.bandTop + BAND_LAYOUT.bandHeight : Math.max(BAND_LAYOUT.markerY + shownGroup!.r, ...shownGroup!.members.map((m) => { const b = markerGeometry(m).bar; return b ? b.y + b.height : 0; }));
    const top = shownPhase ? BAND_LAYOUT.bandTop : BAND_LAYOUT.markerY - shownGroup!.r;
    const box = stage.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    tip.style.maxWidth = `${Math.max(160, Math.min(352, vw - 16))}px`;
    const tw = tip.offsetWidth;
    const th = tip.offsetHeight;
    // horizontally: centred on the mark, then kept inside the stage and the viewport (8 px margin)
    let left = (centre / width) * sw - tw / 2;
    left = Math.max(Math.max(0, 8 - box.left), Math.min(left, Math.min(sw, vw - 8 - box.left) - tw));
    let y = (bottom + 6) * k;
    if (box.top + y + th > window.innerHeight && box.top + top * k - 6 - th >= 0) y = top * k - 6 - th;
    tip.style.left = `${left}px`;
    tip.style.top = `${y}px`;
  }, [shown, shownPhase, shownGroup, width, height]);

  const focusItem = (row: "phase" | "group", index: number) => {
    const list = row === "phase" ? items.phases : items.groups;
    const i = Math.max(0, Math.min(list.length - 1, index));
    if (row === "phase") setPhaseStop(i);
    else setMarkerStop(i);
    const it = list[i];
    if (it) nodes.current.get(it.key)?.focus();
  };

  const onItemKey = (e: KeyboardEvent<SVGElement>, row: "phase" | "group", index: number) => {
    const last = (row === "phase" ? items.phases : items.groups).length - 1;
    const to = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      focusItem(row, to);
    } else if (e.key === "Escape") setDismissed(true);
    else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      setDismissed((d) => !d);
    }
  };

  const handlers = (key: string, row: "phase" | "group", index: number) => ({
    ref: (node: SVGElement | null) => {
      if (node) nodes.current.set(key, node);
      else nodes.current.delete(key);
    },
    tabIndex: (row === "phase" ? phaseStop : markerStop) === index ? 0 : -1,
    role: "button",
    "aria-describedby": shownKey === key ? tooltipId : undefined,
    onPointerEnter: () => {
      cancelHide();
      setHoverKey(key);
      setDismissed(false);
    },
    onPointerLeave: scheduleHide,
    onFocus: () => {
      if (row === "phase") setPhaseStop(index);
      else setMarkerStop(index);
      setFocusKey(key);
      setDismissed(false);
    },
    onBlur: () => setFocusKey((k) => (k === key ? null : k)),
    // a tap shows the tooltip (touch has no hover; the tap also focuses the mark, which keeps it shown); a tap
    // elsewhere or Escape closes it
    onClick: () => {
      cancelHide();
      setHoverKey(key);
      setDismissed(false);
    },
    onKeyDown: (e: KeyboardEvent<SVGElement>) => onItemKey(e, row, index),
  });

  const ink = color("--fg");
  const paper = color("--bg");
  const L = BAND_LAYOUT;

  return (
    <div className={styles.root} data-testid="relations-band" data-interactive>
      <div className={styles.stage} ref={stageRef}>
        <SvgTree node={staticFace} />
        <svg className={styles.markerLayer} viewBox={`0 0 ${width} ${height}`} width={width} height={height} data-part="live-layer">
          <g role="group" aria-label={`${items.phases.length} phases of relations, in date order; arrow keys move between them`} data-part="live-phases">
            {items.phases.map(({ key, phase: p }, i) => (
              <rect
                key={key}
                {...handlers(key, "phase", i)}
                className={styles.phase}
                data-phase={p.id}
                x={p.x}
                y={L.bandTop}
                width={Math.max(1, p.width)}
                height={L.bandHeight}
                aria-label={p.title}
                data-active={shownKey === key || undefined}
              />
            ))}
          </g>
          <g role="group" aria-label={`${model.markers.length} dated events in ${items.groups.length} markers, in date order; arrow keys move between them`} data-part="live-markers">
            {items.groups.map(({ key, group: g }, i) => {
              const active = shownKey === key;
              const single = g.members.length === 1 ? g.members[0] : null;
              return (
                <g
                  key={key}
                  {...handlers(key, "group", i)}
                  className={styles.marker}
                  data-event={single ? single.id : undefined}
                  data-cluster={single ? undefined : g.id}
                  data-events={single ? undefined : g.members.map((m) => m.id).join(" ")}
                  data-confidence={single?.confidence}
                  aria-label={g.ariaLabel}
                >
                  {g.members.map((m) => {
                    const b = markerGeometry(m).bar;
                    return b ? <rect key={m.id} x={b.x} y={b.y} width={b.width} height={b.height} fill={ink} fillOpacity={0.7} /> : null;
                  })}
                  <circle className={styles.hitArea} cx={g.x} cy={L.markerY} r={Math.max(HIT_RADIUS, g.r + 2)} />
                  {single ? (
                    <circle cx={g.x} cy={L.markerY} r={g.r} fill={single.unconfirmed ? paper : ink} stroke={single.unconfirmed ? ink : paper} strokeWidth={single.unconfirmed ? 1.5 : 1} />
                  ) : (
                    <>
                      <circle cx={g.x} cy={L.markerY} r={g.r} fill={ink} stroke={paper} strokeWidth={1} />
                      <text x={g.x} y={L.markerY} textAnchor="middle" dominantBaseline="central" fontSize={9} fontWeight={700} fill={paper} pointerEvents="none">
                        {g.members.length}
                      </text>
                    </>
                  )}
                  {(focusKey === key || active) && <circle className={styles.focusRing} cx={g.x} cy={L.markerY} r={g.r + 3} strokeOpacity={focusKey === key ? 1 : 0.5} />}
                </g>
              );
            })}
          </g>
        </svg>
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
          {shownPhase ? <PhaseTip phase={shownPhase} sourceById={sourceById} /> : <GroupTip group={shownGroup!} sourceById={sourceById} />}
        </div>
      )}
    </div>
  );
}
