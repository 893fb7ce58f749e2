import type { Metadata } from "next";
import "./globals.css";

const description =
  "How much the United States gave Cambodia, in what form and when, and how it tracked the state of relations: Greenbook and ForeignAssistance.gov obligations, the seed article's figures, and dated events, each with its source.";

export const metadata: Metadata = {
  title: "US aid to Cambodia, 1955-2024 | Aid and relations dashboard",
  description,
  openGraph: { title: "US aid to Cambodia, 1955-2024", description, type: "website" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
