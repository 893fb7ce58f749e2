"use client";
// Loads a component after hydration (the live Recharts faces), so it never blocks the first paint.
import { useEffect, useState, type ComponentType } from "react";

export function useLazyComponent<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> | null {
  const [Comp, setComp] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let alive = true;
    load().then((m) => {
      if (alive) setComp(() => m.default);
    });
    return () => {
      alive = false;
    };
  }, [load]);
  return Comp;
}
