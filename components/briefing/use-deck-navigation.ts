// The slide on screen (1-based) and the moves to another: `go` moves and tells the other window, `follow` moves
// because the other window did, and `navigate` applies a presenting key's move.
import { useCallback, useState } from "react";
import type { KeyAction } from "@/lib/briefing/keys";
import { clampSlide } from "@/lib/briefing/slides";
import type { SyncMessage } from "./presenter-channel";

export function useDeckNavigation(count: number, post: (m: SyncMessage) => void) {
  const [slide, setSlide] = useState(1);
  const go = useCallback(
    (n: number) => {
      if (count === 0) return;
      const s = clampSlide(n, count);
      setSlide(s);
      post({ type: "goto", slide: s });
    },
    [count, post],
  );
  const follow = useCallback((n: number, of: number = count) => setSlide(clampSlide(n, of)), [count]);
  /** Applies next, previous, first, last and goto; false for any other key's action. */
  const navigate = (a: Exclude<KeyAction, null>): boolean => {
    if (a.type === "next") go(slide + 1);
    else if (a.type === "previous") go(slide - 1);
    else if (a.type === "first") go(1);
    else if (a.type === "last") go(count);
    else if (a.type === "goto") go(a.slide);
    else return false;
    return true;
  };
  return { slide, go, follow, navigate };
}
