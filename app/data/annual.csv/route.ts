// GET /data/annual.csv?a_...: exactly the annual table's rows as /data shows them for the same parameters.
import { getDataset } from "@/lib/data/get-dataset";
import { annualTableCsv, annualTableRows, parseAnnualTableQuery } from "@/lib/pages/data-tables";

export function GET(req: Request): Response {
  const ds = getDataset();
  const q = parseAnnualTableQuery(new URL(req.url).searchParams);
  return new Response(annualTableCsv(ds, annualTableRows(ds, q)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="us-aid-cambodia-annual_fy${q.from}-${q.to}${q.status === "any" ? "" : `_${q.status}`}_by-${q.sort}-${q.dir}.csv"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
