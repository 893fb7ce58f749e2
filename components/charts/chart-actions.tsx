// What sits in each chart's header beside its title: the chart's own view toggles and download links (children),
// then the actions every chart shares. Export (issue 8) and "Add to briefing" (issue 9) plug in here, once each.
import type { ReactNode } from "react";
import { ExportMenu } from "@/components/export/export-menu";
import type { ChartSlug } from "@/lib/charts/registry";
import { AddToBriefing } from "@/components/briefing/add-to-briefing";

export function ChartActions({ chart, children }: { chart: ChartSlug; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-3" data-chart-actions={chart}>
      {children}
      <ExportMenu chart={chart} />
      <AddToBriefing chart={chart} />
    </div>
  );
}
