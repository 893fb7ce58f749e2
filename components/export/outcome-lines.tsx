// An export's outcome as a polite status line (progress, success) and an alert (failure).
import type { ExportOutcome } from "./use-export-outcome";

export function OutcomeLines({ outcome, className = "export-status", testId }: { outcome: ExportOutcome; className?: string; testId?: string }) {
  return (
    <>
      <span role="status" className={className} data-testid={testId}>
        {outcome?.tone === "ok" ? outcome.text : ""}
      </span>
      <span role="alert" className={className}>
        {outcome?.tone === "error" ? outcome.text : ""}
      </span>
    </>
  );
}
