// Chart 4, "Seed figures versus the Greenbook": how far off each of the seed article's aid figures is (default view,
// Greenbook minus seed as % of the seed figure), or the dollars side by side. The server draws the chart file and the
// table; the live Recharts face takes over when the reader points at, touches or Tabs to it (live-seed.tsx).
import { chartTableHref } from "@/lib/charts/registry";
import { buildSeedVsGreenbookModel, seedVsGreenbookHeight, type SeedVsGreenbookMode } from "@/lib/charts/seed-vs-greenbook";
import { seedVsGreenbookFigureText } from "@/lib/charts/captions";
import { drawnChart } from "@/lib/charts/definitions";
import { getDataset } from "@/lib/data/get-dataset";
import type { Reconciliation } from "@/lib/aid/reconcile";
import type { NonAidFigure } from "@/lib/data/schema";
import type { Theme, ViewState } from "@/lib/view";
import { DrawnTable } from "../tables/drawn-table";
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
}

export function SeedVsGreenbookFigure({ recs, nonAid, view, theme }: SeedVsGreenbookFigureProps & { view: ViewState; theme: Theme }) {
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
      table={<DrawnTable drawn={drawnChart(getDataset(), "seed-vs-greenbook", view)} testId="seed-vs-greenbook" />}
    >
      <div data-mode={mode} data-testid="seed-vs-greenbook-chart">
        <LiveSeed mode={mode} label={text.title}>
          <ChartPicture chart="seed-vs-greenbook" view={view} theme={theme} heightAt={(w) => seedVsGreenbookHeight(model, w)} alt={`${model.title}. ${model.description}`} />
        </LiveSeed>
      </div>
    </ChartFigure>
  );
}
