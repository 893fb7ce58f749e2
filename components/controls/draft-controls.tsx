// A select and a radio group that let the keyboard browse before the view changes. Arrow keys (and typing a year) on
// a closed select, or arrow keys in a radio group, change the choice at once in the browser, and each change of view
// loads a new page: stepping from 1955 to 1990 would load 35 pages. Here a change made by those keys is a draft,
// shown in the control with "Enter to apply" beside it; Enter applies it, and so does leaving the control (Tab or a
// click elsewhere), while Escape goes back to the view shown. A choice made with the pointer, or in the select's open
// list, applies at once. On macOS the arrow keys open the list instead of changing the choice, so there is nothing to
// hold back.
import { useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from "react";
import { rememberFocus } from "./keep-focus";

const BROWSE_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);

/** Arrow keys change a closed select's value in place (Windows, Linux, ChromeOS), rather than opening its list. */
function arrowsChangeInPlace(): boolean {
  return typeof navigator === "undefined" || !/Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);
}

function isBrowseKey(e: KeyboardEvent, typeahead: boolean): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return false;
  return BROWSE_KEYS.has(e.key) || (typeahead && e.key.length === 1 && e.key !== " ");
}

/** The state both controls share: the draft, and how a change, a key and leaving turn into a commit. */
function useDraft(value: string, onCommit: (v: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const keyed = useRef(false);
  const commit = (v: string | null, focusTo?: Element | null) => {
    setDraft(null);
    if (v === null || v === value) return;
    // a commit made by leaving the control keeps focus where the reader went, once the new view is drawn
    if (focusTo !== undefined) rememberFocus(focusTo);
    onCommit(v);
  };
  const change = (v: string) => {
    if (keyed.current) setDraft(v === value ? null : v);
    else commit(v);
    keyed.current = false;
  };
  return { draft, shown: draft ?? value, keyed, commit, change, revert: () => setDraft(null) };
}

function ApplyHint({ pending }: { pending: boolean }) {
  return (
    <span className="muted text-xs apply-hint" aria-live="polite">
      {pending ? "Enter to apply" : ""}
    </span>
  );
}

export function DraftSelect({
  id,
  label,
  value,
  disabled,
  focusKey,
  onCommit,
  children,
}: {
  id?: string;
  label?: string;
  value: string;
  disabled?: boolean;
  focusKey: string;
  onCommit: (v: string) => void;
  children: ReactNode;
}) {
  const d = useDraft(value, onCommit);
  return (
    <>
      <select
        id={id}
        aria-label={label}
        data-focus-key={focusKey}
        value={d.shown}
        disabled={disabled}
        onKeyDown={(e) => {
          if (isBrowseKey(e, true)) d.keyed.current = arrowsChangeInPlace();
          else if (e.key === "Enter" && d.draft !== null) {
            e.preventDefault();
            d.commit(d.draft);
          } else if (e.key === "Escape" && d.draft !== null) {
            e.preventDefault();
            d.revert();
          }
        }}
        onChange={(e) => d.change(e.target.value)}
        onBlur={(e: FocusEvent<HTMLSelectElement>) => {
          if (d.draft !== null) d.commit(d.draft, e.relatedTarget);
        }}
      >
        {children}
      </select>
      <ApplyHint pending={d.draft !== null} />
    </>
  );
}

export function DraftRadio<T extends string>({
  legend,
  name,
  value,
  options,
  focusKey,
  onCommit,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly (readonly [T, string])[];
  focusKey: string;
  onCommit: (v: T) => void;
}) {
  const d = useDraft(value, (v) => onCommit(v as T));
  return (
    <fieldset
      className="control"
      onBlur={(e) => {
        // leaving the group (not moving between its radios) applies the draft
        if (d.draft !== null && !e.currentTarget.contains(e.relatedTarget)) d.commit(d.draft, e.relatedTarget);
      }}
    >
      <legend>{legend}</legend>
      <div className="segmented">
        {options.map(([v, label]) => (
          <label key={v}>
            <input
              type="radio"
              name={name}
              value={v}
              data-focus-key={`${focusKey}:${v}`}
              checked={d.shown === v}
              onKeyDown={(e) => {
                if (isBrowseKey(e, false)) d.keyed.current = true;
                else if ((e.key === "Enter" || e.key === " ") && d.draft !== null) {
                  e.preventDefault();
                  d.commit(d.draft);
                } else if (e.key === "Escape" && d.draft !== null) {
                  e.preventDefault();
                  d.revert();
                }
              }}
              onChange={() => d.change(v)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
      <ApplyHint pending={d.draft !== null} />
    </fieldset>
  );
}
