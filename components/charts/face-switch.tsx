// Both faces of a chart in one box: the chart file painted by the server (an <img>, passed in as children, never
// re-rendered by React) and the live face, loaded when the box nears the viewport or the reader points or tabs into
// it, which takes over once it has painted. A live face that cannot load says so; the chart file stays on screen.
import { useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import { ChartErrorBoundary } from "./chart-error-boundary";
import { useChartWidth } from "./use-chart-width";
import { useLazyComponent } from "./use-lazy-component";

/** What every live face is given besides its own props: the measured width, and how to report. */
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
}: {
  load: () => Promise<{ default: ComponentType<P & LiveFaceProps> }>;
  liveProps: P;
  /** the static face: the chart file */
  children: ReactNode;
  /** names the box for styles and tests (data-chart) */
  chart: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useChartWidth(ref);
  const Live = useLazyComponent(load, ref);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onReady = useCallback(() => setReady(true), []);
  const onError = useCallback((m: string) => setError(m), []);
  return (
    <div ref={ref} data-chart={chart} className="face-switch">
      {error && (
        <p role="alert" className="chart-state">
          The chart could not be drawn: {error}. The drawing below is the server&apos;s, for this view; the data table has its numbers.
        </p>
      )}
      <div className="static-face" data-face="static" data-superseded={(ready && !error) || undefined}>
        {children}
      </div>
      {Live && !error && (
        <div className="live-face" data-face="live" data-pending={!ready || undefined}>
          <ChartErrorBoundary onError={onError}>
            <Live {...liveProps} width={width} onReady={onReady} onError={onError} />
          </ChartErrorBoundary>
        </div>
      )}
    </div>
  );
}

/** A live face tells its box once it has what it draws, or why it cannot draw. */
export function useReportState(error: unknown, ready: boolean, { onReady, onError }: Pick<LiveFaceProps, "onReady" | "onError">) {
  useEffect(() => {
    if (error) onError(error instanceof Error ? error.message : String(error));
  }, [error, onError]);
  useEffect(() => {
    if (ready && !error) onReady();
  }, [ready, error, onReady]);
}
