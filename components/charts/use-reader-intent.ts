// True once the reader shows an intent to use a chart or control: points at it (pointerenter, pointerdown), touches
// it, clicks it (also a click an assistive technology sends without moving focus), or moves keyboard focus into it. It stays true. Being on screen is not intent: the chart file already shows every number, so
// the live face's script and rendering wait for a reader who wants its tooltips, and the page load stays quiet.
import { useEffect, useState, type RefObject } from "react";

/** The events that count as intent, on the chart's box. */
const INTENT_EVENTS = ["pointerenter", "pointerdown", "touchstart", "click", "focusin"] as const;

export function useReaderIntent(ref: RefObject<HTMLElement | null>): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (wanted || !el) return;
    const on = () => setWanted(true);
    // intent shown before the page hydrated (a pointer already resting on the chart, focus already in it) is intent too
    if (el.matches(":hover") || el.contains(document.activeElement)) {
      on();
      return;
    }
    for (const ev of INTENT_EVENTS) el.addEventListener(ev, on, { passive: true });
    return () => {
      for (const ev of INTENT_EVENTS) el.removeEventListener(ev, on);
    };
  }, [ref, wanted]);
  return wanted;
}
