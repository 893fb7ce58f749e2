"use client";
// The header's links on a phone: a <details> disclosure, so it opens by touch, Enter or Space even before (or without)
// JavaScript; with it, Escape or a tap elsewhere closes the menu, and Escape puts focus back on its button.
import { useEffect, useRef, type ReactNode } from "react";

/** `children`: the links, rendered on the server (NavList); this leaf only opens and closes them. */
export function PhoneMenu({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || !el.open) return;
      el.open = false;
      el.querySelector("summary")?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (el.open && e.target instanceof Node && !el.contains(e.target)) el.open = false;
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, []);
  return (
    <details ref={ref} className="nav-phone no-print">
      <summary>Menu</summary>
      {children}
    </details>
  );
}
