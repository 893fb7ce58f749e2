"use client";
// The header's links: a row on a laptop, and on a phone one "Menu" <details> disclosure, so it opens by touch, Enter or
// Space even before (or without) JavaScript; with it, Escape or a tap elsewhere closes the menu, and Escape puts focus
// back on its button. A client leaf given only the current page: the two lists it draws are not in the page's inline
// payload (every page carried them twice, and again in the not-found page's tree).
import { useEffect, useRef } from "react";
import type { NavKey } from "./nav-links";
import { NavList } from "./nav-list";

export function SiteNav({ current }: { current?: NavKey }) {
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
    <nav aria-label="Site" className="site-nav">
      <NavList current={current} className="nav-wide" />
      <details ref={ref} className="nav-phone no-print">
        <summary>Menu</summary>
        <NavList current={current} />
      </details>
    </nav>
  );
}
