// A live face tells its box once Recharts has painted: two frames after the commit, since Recharts lays out its axes
// and bars in effects after the first one.
import { useEffect } from "react";

export function usePainted(onPainted: (() => void) | undefined) {
  useEffect(() => {
    if (!onPainted) return;
    let inner = 0;
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(() => onPainted());
    });
    return () => {
      cancelAnimationFrame(outer);
      cancelAnimationFrame(inner);
    };
  }, [onPainted]);
}
