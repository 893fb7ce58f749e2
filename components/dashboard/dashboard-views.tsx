"use client";
// The view-dependent part of the dashboard: controls, chart 1, the relations band and chart 2. The view lives in
// the URL: each change pushes a history entry (Back steps through views) and the charts refetch from /api/aid.
import { useCallback, useEffect, useState } from "react";
import { AidFigure } from "@/components/charts/aid-figure";
import { ChartErrorBoundary } from "@/components/charts/chart-error-boundary";
import { useAidView } from "@/components/charts/aid-data";
import { RelationsFigure } from "@/components/charts/relations-figure";
import { SeedVsGreenbookFigure } from "@/components/charts/seed-vs-greenbook-figure";
import { ShareFigure } from "@/components/charts/share-figure";
import { ViewControls } from "@/components/controls/view-controls";
import type { QueryIssue } from "@/lib/api/query";
import type { Reconciliation } from "@/lib/reconcile";
import type { AidEvent, NonAidFigure, RelationsFile } from "@/lib/schema";
import { normaliseView, parseView, serializeView, type ViewState } from "@/lib/view";
import type { AidView } from "@/lib/views";

export interface DashboardViewsProps {
  initialView: ViewState;
  initialAid: AidView;
  initialShare: AidView;
  brokenLink: boolean;
  /** names of the unreadable settings, known on the server (so the notice names them without JavaScript) */
  badParams: string[];
  relations: RelationsFile;
  events: AidEvent[];
  sources: { id: string; title: string; publisher: string }[];
  reconciliations: Reconciliation[];
  nonAid: NonAidFigure[];
}

export function DashboardViews(props: DashboardViewsProps) {
  const [view, setViewState] = useState<ViewState>(props.initialView);
  const [linkIssues, setLinkIssues] = useState<QueryIssue[] | null>(null);
  // the notice about an unreadable link goes once the reader picks a view of their own
  const [linkBroken, setLinkBroken] = useState(props.brokenLink);

  useEffect(() => {
    // A broken link was served the default view; name what was wrong, now that the browser's URL can be read.
    if (props.brokenLink) setLinkIssues(parseView(new URLSearchParams(window.location.search)).issues);
    const onPop = () => setViewState(parseView(new URLSearchParams(window.location.search)).view);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [props.brokenLink]);

  const setView = useCallback(
    (patch: Partial<ViewState>) => {
      const next = { ...view, ...patch };
      setLinkBroken(false);
      if (serializeView(next) === serializeView(view)) {
        setViewState(next); // e.g. a grouping remembered while the seed series is shown
        return;
      }
      setViewState(next);
      const qs = serializeView(next);
      window.history.pushState(null, "", qs ? `/?${qs}` : "/");
    },
    [view],
  );

  const initialAid = { view: props.initialView, data: props.initialAid };
  const aid = useAidView(normaliseView(view), initialAid);
  const periods = (aid.data?.rows ?? []).map((r) => ({ from: r.period.from, to: r.period.to }));
  const viewKey = serializeView(view);

  return (
    <>
      {linkBroken && (
        <div role="alert" className="notice" data-testid="broken-link">
          <p>
            <strong>This link could not be read</strong>, so the default view is shown.
          </p>
          {!linkIssues && props.badParams.length > 0 && (
            <p className="text-sm">
              Settings that could not be read: {props.badParams.map((p) => (p === "other" ? "an unknown setting" : p)).join(", ")}.
            </p>
          )}
          {linkIssues && linkIssues.length > 0 && (
            <ul className="text-sm list-disc pl-5">
              {linkIssues.map((i) => (
                <li key={i.param + i.message}>
                  {i.param}: {i.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <ViewControls view={view} setView={setView} loading={aid.loading} />
      <ChartErrorBoundary title="How much: US aid to Cambodia" resetKey={viewKey}>
        <AidFigure aid={aid} />
      </ChartErrorBoundary>
      <ChartErrorBoundary title="State of US-Cambodia relations" resetKey={viewKey}>
        <RelationsFigure relations={props.relations} events={props.events} sources={props.sources} periods={periods} from={view.from} to={view.to} />
      </ChartErrorBoundary>
      <ChartErrorBoundary title="In what form: military versus economic aid" resetKey={viewKey}>
        <ShareFigure view={view} initial={{ view: props.initialView, data: props.initialShare }} onShareMode={(share) => setView({ share })} />
      </ChartErrorBoundary>
      <ChartErrorBoundary title="Seed figures versus the Greenbook" resetKey={viewKey}>
        <SeedVsGreenbookFigure
          recs={props.reconciliations}
          nonAid={props.nonAid}
          sources={props.sources}
          mode={view.compare === "dollars" ? "absolute" : "difference"}
          onModeChange={(m) => setView({ compare: m === "absolute" ? "dollars" : "difference" })}
        />
      </ChartErrorBoundary>
    </>
  );
}
