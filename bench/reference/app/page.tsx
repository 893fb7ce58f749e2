// The reference page: a title, a paragraph and one Recharts bar chart, prerendered at build time.
import { AidBars } from "./aid-bars";

export default function Page() {
  return (
    <main style={{ maxWidth: 960, margin: "0 auto", padding: "24px 16px" }}>
      <h1 style={{ fontSize: 28, margin: "0 0 8px" }}>Reference: one bar chart</h1>
      <p style={{ margin: "0 0 24px", lineHeight: 1.5 }}>
        A minimal Next.js page with a single Recharts bar chart of ten static values. The dashboard&apos;s benchmark
        measures it in the same run, so that every figure can be read as a ratio to this page.
      </p>
      <AidBars />
    </main>
  );
}
