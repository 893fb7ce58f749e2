// "Where sources disagree": each dispute's topic, the claim and what stands against it, each with its citations
// (components/ui/segments.tsx, as every citation is written). A server component: nothing in it is interactive.
import { Segments } from "@/components/ui/segments";
import type { TableCell } from "@/components/tables/table-cells";

/** [id, topic, claim, the claim's citations, what stands against it, its citations, a note] */
export type DisputeRow = readonly [string, string, string, TableCell, string, TableCell, string];

export function DisputeList({ rows }: { rows: readonly DisputeRow[] }) {
  return (
    <ul className="space-y-3">
      {rows.map(([id, topic, claim, claimCites, contrary, contraryCites, note]) => (
        <li key={id} data-dispute={id}>
          <strong>{topic}.</strong> Claim: {claim}{" "}
          <span className="text-xs">
            <Segments cell={claimCites} />
          </span>
          . Against it: {contrary}{" "}
          <span className="text-xs">
            <Segments cell={contraryCites} />
          </span>
          . <span className="muted">{note}</span>
        </li>
      ))}
    </ul>
  );
}
