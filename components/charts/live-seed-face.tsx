// Chart 4's live face, loaded on demand: fetches the reconciliations and draws the view's comparison with Recharts.
import { useMemo } from "react";
import useSWR from "swr";
import { fetchReconciliations } from "@/lib/api/response-schemas";
import { buildSeedVsGreenbookModel, seedVsGreenbookHeight, type SeedVsGreenbookMode } from "@/lib/charts/seed-vs-greenbook";
import { useReportError, type LiveFaceProps } from "./face-switch";
import { SWR_OPTIONS } from "./live-bars-face";
import SeedVsGreenbookLive from "./seed-vs-greenbook-live";

export interface LiveSeedProps {
  mode: SeedVsGreenbookMode;
}

export default function LiveSeedFace({ mode, width, onReady, onError }: LiveSeedProps & LiveFaceProps) {
  const { data, error } = useSWR("/api/reconciliation", fetchReconciliations, SWR_OPTIONS);
  const model = useMemo(() => (data ? buildSeedVsGreenbookModel(data, mode) : null), [data, mode]);
  useReportError(error, onError);
  if (!model) return null;
  // ready once Recharts has painted, which SeedVsGreenbookLive tells
  return <SeedVsGreenbookLive model={model} width={width} height={seedVsGreenbookHeight(model, width)} onReady={onReady} />;
}
