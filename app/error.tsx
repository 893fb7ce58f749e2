"use client";
// A bug while rendering a page (never bad input: that is a 400 or the broken-link notice): the site's header, what
// happened in plain words, a retry, and the way to what still works. No stack trace reaches the reader; the digest
// lets the server's log be found.
import { useEffect } from "react";
import { SiteHeader } from "@/components/dashboard/site-header";

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="theme-root" data-theme="system">
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 space-y-4">
        <h1 className="page-title">Something went wrong on this page</h1>
        <p role="alert">
          The page could not be drawn. This is a fault in the dashboard, not in your link{error.digest ? ` (reference ${error.digest})` : ""}.
        </p>
        <p>
          <button type="button" onClick={reset}>
            Try again
          </button>{" "}
          or <a href="/">go to the dashboard&apos;s default view</a>. The chart files (/charts/...) and the API (/api/...) answer on their own.
        </p>
      </main>
    </div>
  );
}
