// Chart 4, "Seed figures versus the Greenbook": how far off each of the seed article's aid figures is (default view,
// Greenbook minus seed as % of the seed figure), or the dollars side by side. The server draws the chart file and the
// table; the live Recharts face takes over when the reader points at, touches or Tabs to it (live-seed.tsx).
import { chartTableHref } from "@/lib/charts/registry";
import {
  buildSeedVsGreenbookModel,
  PRECISION_LABEL,
  comparisonName,
  pctText,
  seedVsGreenbookHeight,
  type SeedVsGreenbookMode,
} from "@/lib/charts/seed-vs-greenbook";
import { seedVsGreenbookFigureText } from "@/lib/charts/captions";
import { formatUsdFull } from "@/lib/util/format";
import type { Comparison, Reconciliation } from "@/lib/aid/reconcile";
import type { NonAidFigure, SourceRef } from "@/lib/data/schema";
import type { ViewState } from "@/lib/view";
import { CompactTable } from "../tables/compact-table";
import { citeSegments } from "../tables/table-cells";
import { ViewToggle } from "../controls/view-toggle";
import { ChartActions } from "./chart-actions";
import { ChartFigure } from "./chart-figure";
import { ChartPicture } from "./chart-picture";
import { LiveSeed } from "./live-seed";

interface SeedVsGreenbookFigureProps {
  /** getReconciliations(ds): plain JSON, passed from a server component */
  recs: Reconciliation[];
  /** ds.seed.nonAid: named in the notes as not aid and not drawn (the $500M debt) */
  nonAid?: NonAidFigure[];
  /** for the table's source links (#source-<id>); without it the links show the source ids */
  sources?: SourceRef[];
}

function diffCell(c: Comparison): string {
  if (c.greenbookAmount === null || c.differenceUsd === null) return "no records";
  const usd = `${c.differenceUsd > 0 ? "+" : ""}${formatUsdFull(c.differenceUsd)}`;
  if (c.verdict) return `${c.verdict} (${usd}${c.differencePct === null ? "" : `, ${pctText(c.differencePct)}`})`;
  return c.differencePct === null ? `${usd} (no percentage: the seed figure is $0)` : `${usd} (${pctText(c.differencePct)})`;
}

function SeedVsGreenbookTable({ recs, sources }: { recs: readonly Reconciliation[]; sources?: SeedVsGreenbookFigureProps["sources"] }) {
  const byId = new Map((sources ?? []).map((s) => [s.id, s]));
  const difference = buildSeedVsGreenbookModel(recs, "difference");
  return (
    <CompactTable
      testId="seed-vs-greenbook-table"
      caption="Every aid figure in the seed article, checked against USAID Greenbook obligations (current dollars): the numbers drawn"
      head={["Figure", "The seed says", "Precision", "Seed amount", "Greenbook, same years and kind", "Greenbook minus seed", "Named programme's accounts in the Greenbook", "Primary comparison (the bar)", "Label in the difference view", "Sources"]}
      numeric={[3, 4, 5]}
      rows={recs.map((r, i) => {
        const row = difference.rows[i];
        return {
          key: r.figure.id,
          cells: [
            row.label,
            [`\u201c${r.figure.statedAs}\u201d `, ["m", `seed paragraph ${r.figure.paragraph}`]],
            PRECISION_LABEL[r.figure.precision],
            formatUsdFull(r.figure.amount),
            [`${formatUsdFull(r.sameKind.greenbookAmount)} `, ["m", r.sameKind.against]],
            diffCell(r.sameKind),
            r.programme ? [`${formatUsdFull(r.programme.greenbookAmount)}: ${diffCell(r.programme)} `, ["m", r.programme.against]] : [["m", "none named"]],
            row.primaryIs === "programme" ? `${comparisonName(r, "programme")} accounts` : comparisonName(r, "same-kind"),
            `${row.text}${row.secondaryMark ? `; ${row.secondaryMark.text}` : ""}`,
            citeSegments(r.sourceIds, byId),
          ],
        };
      })}
    />
  );
}

export function SeedVsGreenbookFigure({ recs, nonAid, sources, view }: SeedVsGreenbookFigureProps & { view: ViewState }) {
  const mode: SeedVsGreenbookMode = view.compare === "dollars" ? "absolute" : "difference";
  const model = buildSeedVsGreenbookModel(recs, mode);
  const text = seedVsGreenbookFigureText(recs, nonAid);
  const empty = recs.length === 0;
  return (
    <ChartFigure
      id="seed-vs-greenbook"
      testId="seed-vs-greenbook-figure"
      text={text}
      state={empty ? "empty" : "ready"}
      actions={
        <ChartActions chart="seed-vs-greenbook">{empty ? undefined : (
          <>
            <ViewToggle setting="compare" />
            <a href={chartTableHref("seed-vs-greenbook", "csv", view)} className="text-sm" download>
              Download CSV
            </a>
          </>
        )}</ChartActions>
      }
      table={<SeedVsGreenbookTable recs={recs} sources={sources} />}
    >
      <div data-mode={mode} data-testid="seed-vs-greenbook-chart">
        <LiveSeed mode={mode} label={text.title}>
          <ChartPicture chart="seed-vs-greenbook" heightAt={(w) => seedVsGreenbookHeight(model, w)} alt={`${model.title}. ${model.description}`} />
        </LiveSeed>
      </div>
    </ChartFigure>
  );
}
