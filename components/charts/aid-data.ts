"use client";
// SWR access to /api/aid for a view: the server's data for the first view, the previous data while a new view loads.
import { useRef } from "react";
import useSWR from "swr";
import { aidApiQuery, sameView, type ViewState } from "@/lib/url-state";
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

export function useAidView(view: ViewState, initial: { view: ViewState; data: AidView }, opts: { forceKindSplit?: boolean } = {}) {
  const key = `/api/aid?${aidApiQuery(view, opts)}`;
  const isInitial = sameView(view, initial.view) || (opts.forceKindSplit === true && aidApiQuery(view, opts) === aidApiQuery(initial.view, opts));
  // The server already sent the first view's data: no request for it, and it comes back at once on Back.
  const swr = useSWR<AidView>(isInitial ? null : key, fetchJson, {
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
  return { data, error: isInitial ? undefined : (swr.error as Error | undefined), loading: !isInitial && swr.isLoading, csvHref: `${key}&format=csv` };
}
