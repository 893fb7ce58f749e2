"use client";
// Loads a component (a chart's live Recharts face) only when its box comes near the viewport or the reader points
// at or focuses into it, so neither the first paint nor the main thread at load time pays for charts not yet seen.
import { useEffect, useState, type ComponentType, type RefObject } from "react";

export function useLazyComponent<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  near: RefObject<HTMLElement | null>,
): ComponentType<P> | null {
  const [Comp, setComp] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    const el = near.current;
    let alive = true;
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      cleanup();
      load().then((m) => {
        if (alive) setComp(() => m.default);
      });
    };
    const events = ["pointerenter", "focusin", "touchstart"] as const;
    const io =
      el && typeof IntersectionObserver !== "undefined"
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: "200px 0px" })
        : null;
    function cleanup() {
      io?.disconnect();
      for (const ev of events) el?.removeEventListener(ev, start);
    }
    if (!el || !io) start();
    else {
      io.observe(el);
      for (const ev of events) el.addEventListener(ev, start, { passive: true });
    }
    return () => {
      alive = false;
      cleanup();
    };
  }, [load, near]);
  return Comp;
}
