// Both faces of a chart in one box: the chart file painted by the server (an <img>, passed in as children, never
// re-rendered by React) and the live face, loaded on the reader's first intent to use the chart (pointing at it,
// touching it, or Tabbing to it: see use-reader-intent.ts), which takes over once it has painted. A live face that
// cannot load says so; the chart file stays on screen.
//
// Keyboard: until the live face has taken over, the chart file is one Tab stop (a named group). Focusing it loads the
// live face, and once that has painted, focus moves on to the live face's first Tab stop (its last, when the reader
// came with Shift+Tab), so every marker and tooltip the live face offers stays reachable by keyboard.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType, type FocusEvent, type ReactNode } from "react";
import { NARROW_MEDIA, NARROW_WIDTH } from "./narrow";
import { ChartErrorBoundary } from "./chart-error-boundary";
import { DEFAULT_CHART_WIDTH } from "@/lib/charts/layout";
import { useChartWidth } from "./use-chart-width";
import { useLazyComponent } from "./use-lazy-component";

/** What every live face is given besides its own props: the width it is laid out at (the chart file's), and how to
 * report. */
export interface LiveFaceProps {
  width: number;
  onReady: () => void;
  onError: (message: string) => void;
}

export function FaceSwitch<P extends object>({
  load,
  liveProps,
  children,
  chart,
  label,
}: {
  load: () => Promise<{ default: ComponentType<P & LiveFaceProps> }>;
  liveProps: P;
  /** the static face: the chart file */
  children: ReactNode;
  /** names the box for styles and tests (data-chart) */
  chart: string;
  /** the chart's title: names the chart file's Tab stop */
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const staticRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);
  const measured = useChartWidth(ref);
  // The live face is laid out at the chart file's own width (the picture's: 360 px on phones, 960 otherwise) and scaled
  // to the box as the picture is, so the swap moves nothing: same height, same plot, every bar where it was.
  const layoutWidth = useFileLayoutWidth();
  const scale = measured / layoutWidth;
  const innerRef = useRef<HTMLDivElement>(null);
  const [innerHeight, setInnerHeight] = useState<number | null>(null);
  // a live face that fails to load leaves the chart file, which already shows every number
  const { Comp: Live } = useLazyComponent(load, ref);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onReady = useCallback(() => setReady(true), []);
  const onError = useCallback((m: string) => setError(m), []);
  // did keyboard focus reach the chart file from after it (Shift+Tab)?
  const backward = useRef(false);
  const onStaticFocus = (e: FocusEvent<HTMLDivElement>) => {
    const from = e.relatedTarget;
    backward.current = from instanceof Node && (e.currentTarget.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  };
  // Hand focus on to the live face in the commit that hides the chart file, before the browser would drop it.
  useLayoutEffect(() => {
    if (!ready || error || document.activeElement !== staticRef.current) return;
    const stops = liveRef.current?.querySelectorAll<HTMLElement | SVGElement>('[tabindex="0"]');
    if (stops && stops.length > 0) stops[backward.current ? stops.length - 1 : 0].focus();
  }, [ready, error]);
  const taken = ready && !error;
  // The live face as one element for as long as its props stay: the box re-renders as the face takes over (ready, then
  // its measured height), and React redraws nothing of an element it has drawn already. Each such pass had drawn every
  // bar through Recharts again.
  const live = useMemo(() => (Live ? <Live {...liveProps} width={layoutWidth} onReady={onReady} onError={onError} /> : null), [Live, liveProps, layoutWidth, onReady, onError]);
  // the scaled face takes the room of its drawing at that scale (a transform does not change the layout box)
  useLayoutEffect(() => {
    const inner = innerRef.current;
    if (!inner || !ready) return;
    setInnerHeight(inner.offsetHeight);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setInnerHeight(inner.offsetHeight));
    observer.observe(inner);
    return () => observer.disconnect();
  }, [ready]);
  return (
    <div ref={ref} data-chart={chart} className="face-switch">
      {error && (
        <p role="alert" className="chart-state">
          The chart could not be drawn: {error}. The drawing below is the server&apos;s, for this view; the data table has its numbers.
        </p>
      )}
      <div
        ref={staticRef}
        className="static-face"
        data-face="static"
        data-superseded={taken || undefined}
        // a Tab stop that loads the live face (unless that failed); once superseded it is hidden, so out of the Tab order.
        // Its tabindex stays while it is superseded: removing it from the focused element would drop focus before
        // the effect above hands it on.
        tabIndex={error ? undefined : 0}
        role={error ? undefined : "group"}
        aria-label={error ? undefined : `${label}: interactive chart`}
        onFocus={onStaticFocus}
      >
        {children}
      </div>
      {Live && !error && (
        <div ref={liveRef} className="live-face" data-face="live" data-pending={!ready || undefined} style={innerHeight === null ? undefined : { height: innerHeight * scale }}>
          <div ref={innerRef} className="live-face-scaled" style={{ width: layoutWidth, transform: scale === 1 ? undefined : `scale(${scale})` }}>
            <ChartErrorBoundary onError={onError}>{live}</ChartErrorBoundary>
          </div>
        </div>
      )}
    </div>
  );
}

/** The width the page's chart files are laid out at for this screen: the picture's narrow file on phones. */
function useFileLayoutWidth(): number {
  const [width, setWidth] = useState(DEFAULT_CHART_WIDTH);
  useEffect(() => {
    const query = window.matchMedia(NARROW_MEDIA);
    const apply = () => setWidth(query.matches ? NARROW_WIDTH : DEFAULT_CHART_WIDTH);
    apply();
    query.addEventListener("change", apply);
    return () => query.removeEventListener("change", apply);
  }, []);
  return width;
}

/** A live face tells its box why it cannot draw. */
export function useReportError(error: unknown, onError: LiveFaceProps["onError"]) {
  useEffect(() => {
    if (error) onError(error instanceof Error ? error.message : String(error));
  }, [error, onError]);
}

/** A live face tells its box once it has what it draws, or why it cannot draw. */
export function useReportState(error: unknown, ready: boolean, { onReady, onError }: Pick<LiveFaceProps, "onReady" | "onError">) {
  useReportError(error, onError);
  useEffect(() => {
    if (ready && !error) onReady();
  }, [ready, error, onReady]);
}
