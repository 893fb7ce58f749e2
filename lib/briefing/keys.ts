// The presenting keys (docs/dashboard.md, "Briefing"): Right, Space, PageDown next; Left, PageUp previous; Home, End; a number
// then Enter jumps; F full screen; N speaker notes; P presenter view; Esc leaves full screen. Pure, so the audience
// and presenter windows read keys alike and a unit test covers every key.
export type KeyAction =
  | { type: "next" }
  | { type: "previous" }
  | { type: "first" }
  | { type: "last" }
  | { type: "goto"; slide: number }
  | { type: "digit"; digits: string }
  | { type: "fullscreen" }
  | { type: "notes" }
  | { type: "presenter" }
  | { type: "escape" }
  | null;

/** What a key does, given the digits typed so far. Keys with Ctrl, Alt or Meta are the browser's. */
export function keyAction(e: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }, digits: string): KeyAction {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  if (/^[0-9]$/.test(e.key)) return digits.length < 3 ? { type: "digit", digits: digits + e.key } : { type: "digit", digits };
  switch (e.key) {
    case "ArrowRight":
    case " ":
    case "PageDown":
      return { type: "next" };
    case "ArrowLeft":
    case "PageUp":
      return { type: "previous" };
    case "Home":
      return { type: "first" };
    case "End":
      return { type: "last" };
    case "Enter":
      return digits ? { type: "goto", slide: Number(digits) } : null;
    case "f":
    case "F":
      return { type: "fullscreen" };
    case "n":
    case "N":
      return { type: "notes" };
    case "p":
    case "P":
      return { type: "presenter" };
    case "Escape":
      return { type: "escape" };
    default:
      return null;
  }
}

/** Keys a focused control keeps for itself (a button's Space and Enter, any key in a text field). */
export function controlOwnsKey(target: EventTarget | null, key: string, digits: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return true;
  if (["BUTTON", "A", "SUMMARY"].includes(target.tagName)) return key === " " || (key === "Enter" && digits === "");
  return false;
}
