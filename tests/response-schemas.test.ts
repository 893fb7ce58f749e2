// The schemas the live faces and exports parse API answers with (lib/api/response-schemas.ts) accept what the API
// serves: their types are what the charts are built from, so an answer they refused would leave a chart undrawn.
import { describe, expect, it } from "vitest";
import { aidEndpoint, eventsEndpoint, reconciliationEndpoint, relationsEndpoint, sourcesEndpoint } from "@/lib/api/endpoints";
import { aidResponse, eventsResponse, reconciliationResponse, relationsResponse, sourcesResponse } from "@/lib/api/response-schemas";
import { realDataset } from "./helpers";

const ds = realDataset();
const answer = (endpoint: (d: typeof ds, r: Request) => Response, url: string): Promise<unknown> => endpoint(ds, new Request(`http://localhost${url}`)).json();

describe("API answers fit the schemas the page reads them with", () => {
  it.each(["", "?series=seed&measure=per-year", "?groupBy=year&split=programme&dollars=constant", "?groupBy=relations-phase&split=form&measure=per-year&averageOver=every-year"])(
    "/api/aid%s",
    async (qs) => expect(aidResponse.safeParse(await answer(aidEndpoint, `/api/aid${qs}`)).error).toBeUndefined(),
  );

  it("/api/events, /api/relations, /api/reconciliation and /api/sources", async () => {
    expect(eventsResponse.safeParse(await answer(eventsEndpoint, "/api/events?from=1950&to=2025")).error).toBeUndefined();
    expect(relationsResponse.safeParse(await answer(relationsEndpoint, "/api/relations")).error).toBeUndefined();
    expect(reconciliationResponse.safeParse(await answer(reconciliationEndpoint, "/api/reconciliation")).error).toBeUndefined();
    expect(sourcesResponse.safeParse(await answer(sourcesEndpoint, "/api/sources")).error).toBeUndefined();
  });

  it("refuses an answer without a field a chart reads", async () => {
    const body = (await answer(aidEndpoint, "/api/aid")) as { rows: { coverage: Record<string, unknown> }[] };
    delete body.rows[0].coverage.knownZeroYears;
    expect(aidResponse.safeParse(body).success).toBe(false);
  });
});
