// Loads a component (a chart's live face, the export menu) only once the reader points at, touches, clicks or focuses
// into its box (use-reader-intent.ts), so neither the first paint nor the main thread at load time pays for it. A
// module that fails to load (offline, a deploy replaced the chunk) is reported, not left as an unhandled rejection.
import { useEffect, useState, type ComponentType, type RefObject } from "react";
import { useReaderIntent } from "./use-reader-intent";

export function useLazyComponent<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  box: RefObject<HTMLElement | null>,
): { Comp: ComponentType<P> | null; failed: boolean } {
  const wanted = useReaderIntent(box);
  const [Comp, setComp] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let alive = true;
    load().then(
      (m) => {
        if (alive) setComp(() => m.default);
      },
      () => {
        if (alive) setFailed(true);
      },
    );
    return () => {
      alive = false;
    };
  }, [load, wanted]);
  return { Comp, failed };
}
