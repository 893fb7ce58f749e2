// /embed/<chart>?<view>: one chart for other sites to frame (the only page whose CSP allows any frame ancestor):
// the chart file for the view, its caption and source, and a link back to the view on the dashboard.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CHART_SLUGS, CHART_WIDTH, chartFileHref, type ChartSlug } from "@/lib/charts/registry";
import { getDataset } from "@/lib/data/get-dataset";
import { drawnFromDataset } from "@/lib/export/drawn/from-dataset";
import { parseView, viewHref } from "@/lib/view";

type Props = { params: Promise<{ chart: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function chartOf(slug: string): ChartSlug {
  if (!(CHART_SLUGS as readonly string[]).includes(slug)) notFound();
  return slug as ChartSlug;
}

async function read(props: Props) {
  const [{ chart }, search] = await Promise.all([props.params, props.searchParams]);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) params.append(k, one);
  const { view, issues } = parseView(params);
  return { chart: chartOf(chart), view, issues };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { chart, view } = await read(props);
  return { title: `${drawnFromDataset(getDataset(), chart, view).text.title} | US aid to Cambodia`, robots: { index: false } };
}

export default async function EmbedPage(props: Props) {
  const { chart, view, issues } = await read(props);
  const { text } = drawnFromDataset(getDataset(), chart, view);
  const src = chartFileHref(chart, "svg", view, { frame: "legend", width: CHART_WIDTH.default });
  return (
    <div className="theme-root" data-theme="light">
      <main id="main" className="p-3">
        <figure className="chart-figure" aria-labelledby="embed-title">
          <h1 id="embed-title" className="chart-title">{text.title}</h1>
          <p className="chart-subtitle">{text.subtitle}</p>
          {issues.length > 0 && <p className="notice">This link&apos;s view could not be read ({issues.map((i) => i.param).join(", ")}); the default view is shown.</p>}
          <img src={src} alt={`${text.title}. ${text.summary}`} className="chart-file" width={CHART_WIDTH.default} />
          <figcaption className="chart-caption">
            <p>{text.summary}</p>
            <p className="muted">{text.sourceLine}</p>
            <p>
              <a href={viewHref(view)} target="_blank" rel="noopener">
                See this chart, its data table and its sources on the dashboard
              </a>
            </p>
          </figcaption>
        </figure>
      </main>
    </div>
  );
}
