// Loads a component (a chart's live face) only once the reader points at, touches or focuses into its box
// (use-reader-intent.ts), so neither the first paint nor the main thread at load time pays for it.
import { useEffect, useState, type ComponentType, type RefObject } from "react";
import { useReaderIntent } from "./use-reader-intent";

export function useLazyComponent<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  box: RefObject<HTMLElement | null>,
): ComponentType<P> | null {
  const wanted = useReaderIntent(box);
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
