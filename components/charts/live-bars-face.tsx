// The live face of charts 1 and 2, loaded on demand: fetches the view's /api/aid answer (SWR, keyed by the request,
// so chart 2's share toggle and chart 1 with the kind split reuse one answer), builds the same model the chart file
// was drawn from, and draws it with Recharts at the measured width.
import { useMemo } from "react";
import useSWR from "swr";
import { fetchAidResponse } from "@/lib/api/response-schemas";
import { buildAidChartModel } from "@/lib/charts/aid-charts";
import { buildShareChartModel } from "@/lib/charts/share-chart";
import { barChartHeight } from "@/lib/charts/layout";
import type { ShareMode } from "@/lib/view";
import { useReportState, type LiveFaceProps } from "./face-switch";
import { withMark } from "@/lib/charts/stacked-bars/derive";
import StackedBarsLive from "./stacked-bars-live";

export interface LiveBarsProps {
  chart: "aid" | "share";
  /** the /api/aid query string (lib/view aidApiQuery) */
  query: string;
  share: ShareMode;
  /** the fiscal year whose bar is marked (a timeline link), or null */
  mark: number | null;
}

export const SWR_OPTIONS = { keepPreviousData: true, revalidateOnFocus: false, revalidateOnReconnect: false, revalidateIfStale: false } as const;

export default function LiveBarsFace({ chart, query, share, mark, width, onReady, onError }: LiveBarsProps & LiveFaceProps) {
  const { data, error } = useSWR(`/api/aid${query ? `?${query}` : ""}`, fetchAidResponse, SWR_OPTIONS);
  const built = useMemo(() => (data ? (chart === "aid" ? buildAidChartModel(data) : buildShareChartModel(data, share)) : null), [data, chart, share]);
  useReportState(error, built !== null, { onReady, onError });
  if (!built) return null;
  const model = withMark(built.model, mark);
  const height = barChartHeight(width);
  return <StackedBarsLive model={model} width={width} height={height} label={model.title} idPrefix={chart} />;
}
