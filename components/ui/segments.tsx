// Text with links to sources and muted asides, from plain segments (components/tables/table-cells.ts): the one way
// every citation on the site is written, in server and client components alike.
import { sourceHref } from "@/lib/pages/source-href";
import type { TableCell } from "../tables/table-cells";

export function Segments({ cell }: { cell: TableCell }) {
  if (typeof cell === "string") return <>{cell}</>;
  return (
    <>
      {cell.map((seg, i) =>
        typeof seg === "string" ? (
          seg
        ) : seg[0] === "a" || seg[0] === "l" ? (
          <a key={i} href={seg[0] === "a" ? sourceHref(seg[2]) : seg[2]}>
            {seg[1]}
          </a>
        ) : (
          <span key={i} className="muted text-xs">
            {seg[1]}
          </span>
        ),
      )}
    </>
  );
}

