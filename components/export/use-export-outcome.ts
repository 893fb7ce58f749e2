// The state of an export the reader started: what it is doing, what it made, or why it failed, in words for a status
// line and an alert (outcome-lines.tsx). One export at a time per control.
import { useState } from "react";

export type ExportOutcome = { tone: "ok" | "error"; text: string } | null;

export function useExportOutcome() {
  const [outcome, setOutcome] = useState<ExportOutcome>(null);
  const [busy, setBusy] = useState(false);
  /** Runs `task` (which resolves to the sentence to show); a failure reads "<failure>: <the error's message>." */
  const run = (pending: string, failure: string, task: () => Promise<string>) => {
    if (busy) return;
    setBusy(true);
    setOutcome({ tone: "ok", text: pending });
    task()
      .then(
        (text) => setOutcome({ tone: "ok", text }),
        (err: unknown) => setOutcome({ tone: "error", text: `${failure}: ${err instanceof Error ? err.message : "unknown error"}.` }),
      )
      .finally(() => setBusy(false));
  };
  return { outcome, busy, run };
}
