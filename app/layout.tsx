import type { Metadata } from "next";
import { DEFAULT_VIEW } from "@/lib/view";
import { viewPreviewImage } from "@/lib/view/title";
import { siteOrigin } from "@/lib/server/origin";
import { ViewAnnouncer } from "@/components/controls/view-announcer";
import "./globals.css";

const description =
  "How much the United States gave Cambodia, in what form and when, and how it tracked the state of relations: Greenbook and ForeignAssistance.gov obligations, the seed article's figures, and dated events, each with its source.";

const preview = viewPreviewImage(DEFAULT_VIEW);

export const metadata: Metadata = {
  // absolute addresses for link previews: the public origin the site is served from (docs/dashboard.md)
  metadataBase: new URL(siteOrigin(null)),
  title: "US aid to Cambodia, 1955-2024 | Aid and relations dashboard",
  description,
  openGraph: { title: "US aid to Cambodia, 1955-2024", description, type: "website", images: [preview] },
  twitter: { card: "summary_large_image", title: "US aid to Cambodia, 1955-2024", description, images: [preview] },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        {/* the first Tab stop of every page: past the header and the controls' many stops, to the page's content */}
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        {children}
        <ViewAnnouncer />
      </body>
    </html>
  );
}
