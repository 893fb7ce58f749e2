"use client";
// The not-found page's content (app/not-found.tsx keeps its metadata). A client leaf with no props: Next carries the
// root layout's not-found tree in the inline payload of every page, so as a client leaf it costs each page one
// reference instead of its header, links and words (2.4 kB); a 404 is still rendered in full on the server.
import { SiteHeader } from "@/components/dashboard/site-header";

export function NotFoundBody() {
  return (
    <div className="theme-root" data-theme="system">
      <SiteHeader />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 space-y-4">
        <h1 className="page-title">Page not found</h1>
        <p>There is no page at this address. The dashboard&apos;s views are links to the front page with settings, such as /?groupBy=year.</p>
        <p>
          <a href="/">Go to the dashboard of US aid to Cambodia</a> or <a href="/data">see the sources, events and annual figures</a>.
        </p>
      </main>
    </div>
  );
}
