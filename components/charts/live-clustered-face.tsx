// The live face of charts 5 and 6, loaded on demand: fetches the view's /charts/<slug>.json (the chart's table of the
// numbers drawn, which carries the clustered model the chart file was drawn from), checks it, and draws it with
// Recharts at the chart file's width.
import useSWR from "swr";
import { fetchChecked } from "@/lib/api/response-schemas";
import { clusteredModelSchema } from "@/lib/charts/clustered-bars/schema";
import type { ClusteredModel } from "@/lib/charts/clustered-bars";
import { z } from "@/lib/util/zod";
import { useReportError, type LiveFaceProps } from "./face-switch";
import { SWR_OPTIONS } from "./live-bars-face";
import ClusteredBarsLive from "./clustered-bars-live";
import { usePainted } from "./use-painted";

export interface LiveClusteredProps {
  chart: "neighbours" | "financiers";
  /** the view's /charts/<slug>.json address (chartTableHref) */
  src: string;
}

const clusteredAnswer = z.object({ clustered: clusteredModelSchema });

const fetchClustered = async (url: string): Promise<ClusteredModel> => (await fetchChecked(url, clusteredAnswer)).clustered;

function Painted({ model, width, chart, onPainted }: { model: ClusteredModel; width: number; chart: string; onPainted: () => void }) {
  usePainted(onPainted);
  return <ClusteredBarsLive model={model} width={width} idPrefix={chart} />;
}

export default function LiveClusteredFace({ chart, src, width, onReady, onError }: LiveClusteredProps & LiveFaceProps) {
  const { data, error } = useSWR(src, fetchClustered, SWR_OPTIONS);
  useReportError(error, onError);
  if (!data) return null;
  // ready once Recharts has painted
  return <Painted model={data} width={width} chart={chart} onPainted={onReady} />;
}
