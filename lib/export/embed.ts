// The embed page of a chart (/embed/<chart>?<view>, the only page other sites may frame) and its <iframe> snippet.
import { CHART_WIDTH, chartEntry, type ChartSlug } from "../charts/registry";
import { serializeView, type ViewState } from "../view";
import { chartCitationTitle } from "./cite";

export function embedHref(chart: ChartSlug, view: ViewState): string {
  const qs = serializeView(view);
  return `/embed/${chart}${qs ? `?${qs}` : ""}`;
}

function attr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

export function embedSnippet(origin: string, chart: ChartSlug, view: ViewState): string {
  const src = `${origin}${embedHref(chart, view)}`;
  return `<iframe src="${attr(src)}" title="${attr(chartCitationTitle(chart, view))}" width="${CHART_WIDTH.default}" height="${chartEntry(chart).embedHeight}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
