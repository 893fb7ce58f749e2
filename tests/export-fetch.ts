// A fetch for export tests in Node: answers the API addresses the export builders read with the real endpoint
// handlers over the real data set, and counts the requests (so a test can see a deck reads each answer once).
import { aidEndpoint, eventsEndpoint, reconciliationEndpoint, relationsEndpoint, sourcesEndpoint } from "@/lib/api/endpoints";
import { chartFileEndpoint } from "@/lib/api/chart-files";
import type { Dataset } from "@/lib/data/dataset";
import { realDataset } from "./helpers";

const ROUTES = {
  "/api/aid": aidEndpoint,
  "/api/events": eventsEndpoint,
  "/api/reconciliation": reconciliationEndpoint,
  "/api/relations": relationsEndpoint,
  "/api/sources": sourcesEndpoint,
} as const;

export const TEST_ORIGIN = "https://aid.example.org";

/** The data set defaults to the real one; a test may pass a fixture (tests/hostile-data.test.ts). */
export function endpointFetch(dataset: Dataset = realDataset()): { fetch: typeof fetch; requests: string[] } {
  const requests: string[] = [];
  const impl = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    requests.push(`${url.pathname}${url.search}`);
    const file = /^\/charts\/([^/]+)$/.exec(url.pathname);
    if (file) return chartFileEndpoint(dataset, new Request(url), file[1], TEST_ORIGIN);
    const handler = ROUTES[url.pathname as keyof typeof ROUTES];
    if (!handler) return Response.json({ error: { message: `no route ${url.pathname}` } }, { status: 404 });
    return handler(dataset, new Request(url));
  };
  return { fetch: impl as typeof fetch, requests };
}
