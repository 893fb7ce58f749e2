// True once an element comes near the viewport or the reader points, taps or tabs into it; it stays true. Charts use
// it to put off work (loading a live face, mounting interactive markers) that nobody has looked at yet.
import { useEffect, useState, type RefObject } from "react";

export function useNearViewport(ref: RefObject<HTMLElement | null>, rootMargin = "200px 0px"): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (near) return;
    if (!el || typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const on = () => setNear(true);
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && on(), { rootMargin });
    const events = ["pointerenter", "focusin", "touchstart"] as const;
    io.observe(el);
    for (const ev of events) el.addEventListener(ev, on, { passive: true });
    return () => {
      io.disconnect();
      for (const ev of events) el.removeEventListener(ev, on);
    };
  }, [ref, rootMargin, near]);
  return near;
}
