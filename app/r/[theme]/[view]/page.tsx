// Any other view of the dashboard (and broken links): rendered for each request and never stored, so the number of
// distinct views a crawler can ask for does not bound the disk or the page cache. A CDN may still cache the response.
import { ViewPage, viewMetadata } from "@/components/dashboard/view-page";

export const dynamic = "force-dynamic";

export const generateMetadata = viewMetadata;
export default ViewPage;
