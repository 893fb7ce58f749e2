// A modal dialog of texts to copy (the citation in plain text and BibTeX, the embed snippet): each in a read-only
// field with its own Copy button and a status line. Native <dialog>: focus moves in, Escape closes, and the caller
// puts focus back on the menu button.
import { useEffect, useId, useRef, useState } from "react";
import { copyText } from "./export-actions";

export interface CopyField {
  label: string;
  value: string;
  rows: number;
}

export function ShareDialog({ title, intro, fields, error, onClose }: { title: string; intro?: string; fields: CopyField[] | null; error?: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [status, setStatus] = useState("");
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby={`${id}-h`} onClose={onClose}>
      <h2 id={`${id}-h`} className="text-lg font-semibold">{title}</h2>
      {intro && <p className="text-sm muted">{intro}</p>}
      {error && <p role="alert">{error}</p>}
      {!fields && !error && <p role="status">Loading...</p>}
      {fields?.map((f, i) => (
        <div key={f.label} className="export-field">
          <label htmlFor={`${id}-${i}`}>{f.label}</label>
          <textarea id={`${id}-${i}`} readOnly rows={f.rows} value={f.value} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" onClick={() => copyText(f.value, f.label).then(setStatus, (e: Error) => setStatus(`Could not copy: ${e.message}.`))}>
            Copy {f.label.toLowerCase()}
          </button>
        </div>
      ))}
      <p role="status" className="text-sm">{status}</p>
      <button type="button" onClick={() => ref.current?.close()}>Close</button>
    </dialog>
  );
}
