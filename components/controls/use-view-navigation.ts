// A view change is a navigation: push the view's canonical URL (proxy.ts serves it from the cached /v/... path), so
// the server draws the new view's chart files, captions and tables and Back steps through views.
//
// The view the reader last asked for is kept here until the server's page for it arrives, so every control (the
// main controls and each chart's own toggle) builds on it: two quick changes never undo one another.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useSyncExternalStore, useTransition } from "react";
import { serializeView, viewHref, type ViewState } from "@/lib/view";
import { rememberFocus } from "./keep-focus";

let requested: ViewState | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
function setRequested(v: ViewState | null) {
  requested = v;
  notify();
}
function subscribe(l: () => void) {
  listeners.add(l);
  // Back and Forward go to a view the reader did not just ask for here
  const onPop = () => setRequested(null);
  window.addEventListener("popstate", onPop);
  return () => {
    listeners.delete(l);
    window.removeEventListener("popstate", onPop);
  };
}

export function useView(served: ViewState): { view: ViewState; go: (patch: Partial<ViewState>) => void; pending: boolean } {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const current = useSyncExternalStore(subscribe, () => requested, () => null);
  useEffect(() => {
    // the page for the requested view has arrived
    if (requested && serializeView(requested) === serializeView(served)) setRequested(null);
  }, [served]);
  const view = current ?? served;
  const go = useCallback(
    (patch: Partial<ViewState>) => {
      const next = { ...(requested ?? served), ...patch };
      // the control that made the change gets focus back once the new view's page is drawn (keep-focus.ts)
      rememberFocus();
      setRequested(next);
      startTransition(() => router.push(viewHref(next), { scroll: false }));
    },
    [router, served],
  );
  return { view, go, pending: pending || current !== null };
}
