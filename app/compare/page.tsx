// "/compare": the comparison section for any choice of countries, basis, search and sort, rendered per request from the
// address, so every choice works without JavaScript and can be linked. "/" shows the same section with the defaults.
import type { Metadata } from "next";
import { CompareSection } from "@/components/compare/compare-section";
import { SiteHeader } from "@/components/dashboard/site-header";
import { compareState } from "@/lib/compare/page-params";
import { getDataset } from "@/lib/data/get-dataset";

export const metadata: Metadata = {
  title: "Cambodia among its neighbours, and the US among Cambodia's financiers | US aid to Cambodia dashboard",
  description:
    "US aid to Cambodia next to Laos, Vietnam, Thailand and its other neighbours, in total, per person and against GDP; and what the United States, China, Japan and the development banks committed or paid to Cambodia since 2000, each on its own basis.",
};

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ds = getDataset();
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) params.append(k, one);
  const state = compareState(params, ds.compare, ds.annual.rows);
  return (
    <div className="theme-root" data-theme="system">
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 pb-4 space-y-6">
        <p>
          <a href="/">Back to the dashboard</a>
        </p>
        <h1 className="text-2xl font-semibold">US aid to Cambodia compared: its neighbours and its other financiers</h1>
        <CompareSection ds={ds} state={state} />
      </main>
    </div>
  );
}
