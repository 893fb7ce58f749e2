// Focus stays where the reader is across a view change. Each view is its own page, so the control that changed the
// view is drawn anew when the page for the new view arrives, and the element that had focus is gone: focus would fall
// to <body> and the next Tab would start again at the top of the page. The control's key (data-focus-key, or its id)
// is remembered when the change starts and, once the new page is drawn, the control with the same key takes focus
// again, unless the reader has meanwhile put focus somewhere else.
import { useEffect } from "react";

let pendingKey: string | null = null;

function keyOf(el: Element | null): string | null {
  if (!(el instanceof HTMLElement) || el === document.body) return null;
  const keyed = el.closest<HTMLElement>("[data-focus-key]");
  if (keyed) return `[data-focus-key="${CSS.escape(keyed.dataset.focusKey ?? "")}"]`;
  return el.id ? `#${CSS.escape(el.id)}` : null;
}

/** Remember the element that should have focus once the new view is drawn: by default the focused one. An element
 * without a key leaves an earlier remembered one in place (a change committed on blur names its destination first). */
export function rememberFocus(el: Element | null = typeof document === "undefined" ? null : document.activeElement): void {
  const key = keyOf(el);
  if (key) pendingKey = key;
}

/** Put focus back on the remembered control once the page for `shownKey` is drawn. */
export function useRestoreFocus(shownKey: string): void {
  useEffect(() => {
    const key = pendingKey;
    if (!key) return;
    const active = document.activeElement;
    // the reader is somewhere else already (focus was never lost, or they moved it): leave it there
    if (active && active !== document.body && active.isConnected) {
      if (active.matches(key)) pendingKey = null;
      return;
    }
    const target = document.querySelector<HTMLElement>(key);
    if (target && !target.matches(":disabled")) {
      target.focus({ preventScroll: true });
      pendingKey = null;
    }
  }, [shownKey]);
}
