// "/": the default view, prerendered. Other views and themes are rewritten by proxy.ts to /v/[theme]/[view].
import { Dashboard } from "@/components/dashboard/dashboard";
import { DEFAULT_VIEW } from "@/lib/view";

export default function Home() {
  return <Dashboard view={{ ...DEFAULT_VIEW }} theme="system" brokenLink={false} badParams={[]} />;
}
