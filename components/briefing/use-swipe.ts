// Click and swipe on a slide: a click on its left third goes back, elsewhere forward; a horizontal swipe (touch or
// pen) of 40 px or more goes the way it is swiped. A swipe is not also a click.
import { useRef, type MouseEvent, type PointerEvent } from "react";

const SWIPE_PX = 40;

export function useClickAndSwipe(onStep: (by: 1 | -1) => void) {
  const start = useRef<{ x: number; y: number } | null>(null);
  const swiped = useRef(false);
  return {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      start.current = e.pointerType === "mouse" ? null : { x: e.clientX, y: e.clientY };
      swiped.current = false;
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      const s = start.current;
      start.current = null;
      if (!s) return;
      const dx = e.clientX - s.x;
      if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > Math.abs(e.clientY - s.y)) {
        swiped.current = true;
        onStep(dx < 0 ? 1 : -1);
      }
    },
    onClick: (e: MouseEvent<HTMLElement>) => {
      if (swiped.current) {
        swiped.current = false;
        return;
      }
      if ((e.target as HTMLElement).closest("a, button, input, textarea, select, summary")) return;
      const r = e.currentTarget.getBoundingClientRect();
      onStep(e.clientX - r.left < r.width / 3 ? -1 : 1);
    },
  };
}
