// The embed page of a chart (/embed/<chart>?<view>, the only page other sites may frame) and its <iframe> snippet.
import { CHART_WIDTH, type ChartSlug } from "../charts/files";
import { serializeView, type ViewState } from "../view";
import { chartCitationTitle } from "./cite";

/** Frame heights that fit each chart file with its caption at the default width. */
const EMBED_HEIGHT: Record<ChartSlug, number> = { "aid-by-period": 760, "military-share": 760, "relations-band": 560, "seed-vs-greenbook": 900 };

export function embedHref(chart: ChartSlug, view: ViewState): string {
  const qs = serializeView(view);
  return `/embed/${chart}${qs ? `?${qs}` : ""}`;
}

function attr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

export function embedSnippet(origin: string, chart: ChartSlug, view: ViewState): string {
  const src = `${origin}${embedHref(chart, view)}`;
  return `<iframe src="${attr(src)}" title="${attr(chartCitationTitle(chart, view))}" width="${CHART_WIDTH.default}" height="${EMBED_HEIGHT[chart]}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
