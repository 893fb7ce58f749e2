import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: "Reference: one bar chart",
  description: "A minimal Next.js page with one Recharts bar chart, measured beside the dashboard by npm run bench.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, fontFamily: "system-ui, sans-serif", color: "#1a1a1a", background: "#ffffff" }}>{children}</body>
    </html>
  );
}
