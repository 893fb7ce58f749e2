// Every unknown page (and /v/xx/yy, a view path that is not a view): the site's header, what happened and a link
// home, with status 404. No footer. A server component: nothing on it is interactive but the header's own leaves.
import type { Metadata } from "next";
import { SiteHeader } from "@/components/dashboard/site-header";

export const metadata: Metadata = { title: "Page not found | US aid to Cambodia dashboard" };

export default function NotFound() {
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
