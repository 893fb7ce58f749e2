// A canonical view of the dashboard for a theme (lib/view canonicalViews): built at build time and kept. No other
// view is stored here: proxy.ts sends them to /r/[theme]/[view], and this route answers 404 for them.
import { canonicalViews, THEMES, viewSegment } from "@/lib/view";
import { ViewPage, viewMetadata } from "@/components/dashboard/view-page";

export const dynamicParams = false;

export function generateStaticParams() {
  return THEMES.flatMap((theme) => canonicalViews().map((v) => ({ theme, view: viewSegment(v) })));
}

export const generateMetadata = viewMetadata;
export default ViewPage;
