// Says why a deck from a link or a file was refused, and what is shown instead. The reason is plain text; `children`
// (the editor's "Restore the deck you had") follow it inside the alert.
import type { ReactNode } from "react";
import type { DeckProblem } from "@/lib/briefing/deck";

export function DeckProblemNotice({ problem, instead = "The default deck is shown instead.", children }: { problem: DeckProblem; instead?: string; children?: ReactNode }) {
  return (
    <div role="alert" className="bf-problem" data-problem={problem.kind}>
      <p>
        <strong>This deck could not be opened.</strong> {problem.message} {instead}
      </p>
      {children}
    </div>
  );
}
