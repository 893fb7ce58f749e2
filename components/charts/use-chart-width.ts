// The width a chart is drawn at: DEFAULT_CHART_WIDTH on the server and until the container has been measured (the
// SVG scales through its viewBox meanwhile), then the container's real width in whole pixels, kept current with a
// ResizeObserver. Shared by every chart so charts drawn one above the other get the same width and plot edges.
import { startTransition, useEffect, useState, type RefObject } from "react";
import { DEFAULT_CHART_WIDTH } from "@/lib/charts/layout";

/** Narrowest width a chart is laid out for; a narrower container scales the drawing down via the viewBox. */
const MIN_CHART_WIDTH = 280;

export function useChartWidth(ref: RefObject<HTMLElement | null>, fallback: number = DEFAULT_CHART_WIDTH): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    let frame = 0;
    const apply = (w: number) => {
      if (!(w > 0)) return; // hidden (display: none) or not laid out yet: keep the last width
      const next = Math.max(MIN_CHART_WIDTH, Math.round(w));
      // A transition: redrawing every chart at the measured width yields to input instead of blocking the main thread.
      startTransition(() => setWidth((prev) => (prev === next ? prev : next)));
    };
    apply(node.getBoundingClientRect().width);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[entries.length - 1]?.contentRect.width ?? 0;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => apply(w));
    });
    observer.observe(node);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
