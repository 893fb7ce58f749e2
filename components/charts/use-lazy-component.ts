// Loads a component (a chart's live Recharts face) only once its box nears the viewport or the reader points at or
// focuses into it, so neither the first paint nor the main thread at load time pays for charts not yet seen.
import { useEffect, useState, type ComponentType, type RefObject } from "react";
import { useNearViewport } from "./use-near-viewport";

export function useLazyComponent<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  near: RefObject<HTMLElement | null>,
): ComponentType<P> | null {
  const wanted = useNearViewport(near);
  const [Comp, setComp] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let alive = true;
    load().then((m) => {
      if (alive) setComp(() => m.default);
    });
    return () => {
      alive = false;
    };
  }, [load, wanted]);
  return Comp;
}
