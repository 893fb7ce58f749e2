// The seed article's aid figures beside the Greenbook for the same fiscal years, kind and programme.
import { formatPercent, formatUsdFull, formatUsdShort } from "@/lib/format";
import type { Reconciliation } from "@/lib/reconcile";
import type { NonAidFigure, Source } from "@/lib/schema";
import { SourceRefs } from "../ui/source-refs";

const PRECISION_LABEL = { exact: "exact", approximate: "approximate (about)", "lower-bound": "lower bound (over)", earmarked: "earmarked (planned)" } as const;

function Diff({ c }: { c: Reconciliation["sameKind"] }) {
  if (c.greenbookAmount === null) return <>no records</>;
  if (c.verdict) return <>{c.verdict}</>;
  return (
    <>
      {formatUsdShort(c.differenceUsd)} {c.differencePct === null ? "(absolute only)" : `(${formatPercent(c.differencePct)})`}
    </>
  );
}

export function SeedFiguresTable({ recs, nonAid, sources }: { recs: Reconciliation[]; nonAid: NonAidFigure[]; sources: ReadonlyMap<string, Source> }) {
  return (
    <div className="table-scroll">
      <table className="data" data-testid="seed-figures-table">
        <caption>Every aid figure in the seed article, checked against USAID Greenbook obligations (current dollars)</caption>
        <thead>
          <tr>
            <th scope="col">Fiscal years</th>
            <th scope="col">Kind</th>
            <th scope="col">The seed says</th>
            <th scope="col">Precision</th>
            <th scope="col" className="num">Seed amount</th>
            <th scope="col" className="num">Greenbook, same years and kind</th>
            <th scope="col" className="num">Greenbook minus seed</th>
            <th scope="col">Named programme in the Greenbook</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {recs.map((r) => (
            <tr key={r.figure.id} data-figure={r.figure.id}>
              <td>{r.figure.startYear === r.figure.endYear ? `FY${r.figure.startYear}` : `${r.figure.startYear}-${r.figure.endYear}`}</td>
              <td>{r.figure.kind}{r.figure.programme ? ` (${r.figure.programme})` : ""}</td>
              <td>&ldquo;{r.figure.statedAs}&rdquo;</td>
              <td>{PRECISION_LABEL[r.figure.precision]}</td>
              <td className="num">{formatUsdFull(r.figure.amount)}</td>
              <td className="num">
                {formatUsdFull(r.sameKind.greenbookAmount)}
                {r.fiscalYears.missingYears.length > 0 && (
                  <div className="muted text-xs">{r.fiscalYears.yearsWithData} of {r.fiscalYears.yearsInSpan} years have records</div>
                )}
              </td>
              <td className="num"><Diff c={r.sameKind} /></td>
              <td>{r.programme ? <>{formatUsdFull(r.programme.greenbookAmount)}: <Diff c={r.programme} /></> : <span className="muted">none named</span>}</td>
              <td>
                <SourceRefs ids={r.sourceIds} sources={sources} /> <span className="muted text-xs">seed paragraph {r.figure.paragraph}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted text-sm mt-2">
        Why they can differ: the Greenbook counts obligations by US fiscal year, including food-aid credits and every agency; a narrative figure may count
        disbursements, grants only, one programme, or calendar years. Seed figures overlap in time and are never added together.
      </p>
      <h3 className="font-semibold mt-4">Not aid: kept apart and never added to aid</h3>
      <ul className="list-disc pl-6 text-sm">
        {nonAid.map((n) => (
          <li key={n.id} data-figure={n.id}>
            {formatUsdFull(n.amount)} ({n.kind}, as of {n.asOf}): {n.description} <span className="muted">Seed paragraph {n.paragraph}.</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
