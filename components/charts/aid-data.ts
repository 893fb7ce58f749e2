"use client";
// SWR access to /api/aid for a view: the server's data for the first view, the previous data while a new view loads.
import { useRef } from "react";
import useSWR from "swr";
import { aidApiQuery, sameView, type ViewState } from "@/lib/view";
import type { AidView } from "@/lib/views";

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) {
    let message = `the server answered ${res.status}`;
    try {
      const body = (await res.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      /* not JSON: keep the status */
    }
    throw new Error(message);
  }
  return (await res.json()) as T;
}

/** The shape the charts rely on; anything else is reported as an error rather than drawn. */
export function looksLikeAidView(x: unknown): x is AidView {
  if (typeof x !== "object" || x === null) return false;
  const v = x as Partial<AidView>;
  return (
    typeof v.query === "object" &&
    typeof v.meta === "object" &&
    Array.isArray(v.meta?.partKeys) &&
    Array.isArray(v.meta?.sources) &&
    Array.isArray(v.rows) &&
    v.rows.every((r) => typeof r?.period?.from === "number" && typeof r.period.to === "number" && Array.isArray(r.parts) && typeof r.coverage?.yearsWithData === "number")
  );
}

async function fetchAidView(url: string): Promise<AidView> {
  const body = await fetchJson<unknown>(url);
  if (!looksLikeAidView(body)) throw new Error("the server sent data in a form this page cannot read");
  return body;
}

export function useAidView(view: ViewState, initial: { view: ViewState; data: AidView }, opts: { forceKindSplit?: boolean } = {}) {
  const qs = aidApiQuery(view, opts);
  const key = `/api/aid${qs ? `?${qs}` : ""}`;
  const isInitial = sameView(view, initial.view) || (opts.forceKindSplit === true && aidApiQuery(view, opts) === aidApiQuery(initial.view, opts));
  // The server already sent the first view's data: no request for it, and it comes back at once on Back.
  const swr = useSWR<AidView>(isInitial ? null : key, fetchAidView, {
    keepPreviousData: true,
    revalidateOnFocus: false,
    revalidateOnReconnect: false,
    revalidateIfStale: false,
  });
  // Keep the last data drawn while a new view loads or fails, including the server's first view (SWR never held it).
  const lastDrawn = useRef<AidView>(initial.data);
  const fresh = isInitial ? initial.data : swr.data;
  if (fresh) lastDrawn.current = fresh;
  const data = fresh ?? lastDrawn.current;
  return { data, error: isInitial ? undefined : (swr.error as Error | undefined), loading: !isInitial && swr.isLoading, csvHref: `/api/aid?${qs ? `${qs}&` : ""}format=csv` };
}
