// The presenting keys on a window (lib/briefing/keys.ts says which key does what), with the digits typed so far
// for "a number then Enter". Keys a focused control owns (a button's Space, a text field) are left to it.
import { useEffect, useRef, useState } from "react";
import { controlOwnsKey, keyAction, type KeyAction } from "@/lib/briefing/keys";

export function useSlideKeys(onAction: (a: Exclude<KeyAction, null | { type: "digit" }>) => void): string {
  const [digits, setDigits] = useState("");
  const typed = useRef("");
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (controlOwnsKey(e.target, e.key, typed.current)) return;
      const a = keyAction(e, typed.current);
      if (!a) return;
      e.preventDefault();
      typed.current = a.type === "digit" ? a.digits : "";
      setDigits(typed.current);
      if (a.type !== "digit") handler.current(a);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return digits;
}
