// Loads what one chart draws in a view, from the same API answers the page's live faces read, and shapes it with the
// chart's own model: in the browser on an export click, and in Node for tests and decks (given an origin and a fetch).
import { z } from "../../zod";
import { aidViewResponse, eventsResponse, fetchChecked, reconciliationResponse, relationsResponse } from "../../api/response-schemas";
import { periodsOf, type ChartSlug } from "../../charts/files";
import type { Reconciliation } from "../../reconcile";
import type { AidEvent, RelationsFile, Source } from "../../schema";
import { aidApiQuery, type ViewState } from "../../view";
import type { AidView } from "../../views";
import { aidDrawn, shareDrawn } from "./aid";
import { relationsDrawn } from "./relations";
import { seedDrawn } from "./seed";
import type { DrawnChart } from "./types";

export type { DrawnChart, DrawnSeries } from "./types";

export interface ExportDeps {
  /** the site's address ("" in the browser: same origin) */
  origin?: string;
  fetch?: typeof fetch;
}

const sourcesResponse = z.looseObject({ sources: z.array(z.looseObject({ id: z.string(), title: z.string(), publisher: z.string() })) });

/** Fetches each address once per export run (a deck of four charts reads /api/aid once). */
export function exportLoader(deps: ExportDeps = {}) {
  const origin = deps.origin ?? "";
  const fetchImpl = deps.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const seen = new Map<string, Promise<unknown>>();
  const get = <T>(path: string, schema: Parameters<typeof fetchChecked>[1]): Promise<T> => {
    if (!seen.has(path)) seen.set(path, fetchChecked(`${origin}${path}`, schema, fetchImpl));
    return seen.get(path) as Promise<T>;
  };
  const aid = (q: string) => get<AidView>(`/api/aid${q ? `?${q}` : ""}`, aidViewResponse);
  const sources = async () => (await get<{ sources: Source[] }>("/api/sources", sourcesResponse)).sources;
  const relations = () => get<RelationsFile>("/api/relations", relationsResponse);
  return {
    sources,
    relations,
    async chart(chart: ChartSlug, view: ViewState): Promise<DrawnChart> {
      switch (chart) {
        case "aid-by-period":
          return aidDrawn(view, await aid(aidApiQuery(view)));
        case "military-share":
          return shareDrawn(view, await aid(aidApiQuery(view, { forceKindSplit: true })));
        case "seed-vs-greenbook": {
          const body = await get<{ reconciliations: Reconciliation[] }>("/api/reconciliation", reconciliationResponse);
          return seedDrawn(view, body.reconciliations);
        }
        case "relations-band": {
          const periods = periodsOf(await aid(aidApiQuery(view)));
          const from = Math.min(...periods.map((p) => p.from)) - 1;
          const to = Math.max(...periods.map((p) => p.to));
          const [file, events, all] = await Promise.all([
            relations(),
            get<{ events: AidEvent[] }>(`/api/events?from=${from}&to=${to}`, eventsResponse),
            sources(),
          ]);
          return relationsDrawn(view, { relations: file, events: events.events, sources: all, periods });
        }
      }
    },
  };
}
