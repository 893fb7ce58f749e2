// zod schemas of the API answers the page's live faces read: the fetcher parses each answer before anything is
// drawn, so a malformed answer is an error message, not a crash. Loose objects: fields the charts do not read pass.
import { z } from "../util/zod";
import type { Reconciliation } from "../aid/reconcile";
import type { AidEvent, RelationsFile, Source } from "../data/schema";
import type { AidView } from "../aid/queries";

// z comes from lib/util/zod.ts, set to parse without new Function() (the page's Content-Security-Policy allows no eval).

const amount = z.number().nullable();
const sourceRef = z.looseObject({ id: z.string(), title: z.string(), publisher: z.string() });

export const aidViewResponse = z.looseObject({
  query: z.looseObject({ series: z.string(), groupBy: z.string(), split: z.string(), from: z.number(), to: z.number(), dollars: z.string(), measure: z.string() }),
  rows: z.array(
    z.looseObject({
      period: z.looseObject({ id: z.string(), label: z.string(), from: z.number(), to: z.number() }),
      economic: amount,
      military: amount,
      total: amount,
      militaryShare: amount,
      unsplit: amount.optional(),
      divisor: z.looseObject({ years: z.number(), label: z.string() }).nullable().optional(),
      splitYearsAverage: z.looseObject({ economic: z.number(), military: z.number(), years: z.number() }).nullable().optional(),
      parts: z.array(z.looseObject({ key: z.string(), amount })),
      coverage: z.looseObject({ yearsWithData: z.number(), yearsInSpan: z.number(), splitYears: z.number(), partial: z.boolean(), label: z.string() }),
      precision: z.string(),
      notes: z.array(z.string()),
      sourceIds: z.array(z.string()),
    }),
  ),
  meta: z.looseObject({
    partKeys: z.array(z.looseObject({ key: z.string(), label: z.string(), colorVar: z.string() })),
    sources: z.array(sourceRef),
    sourceChanges: z.array(z.looseObject({ afterFiscalYear: z.number(), note: z.string() })),
    unsplitYears: z.array(z.number()),
    notes: z.array(z.string()),
  }),
});

export const reconciliationResponse = z.looseObject({
  reconciliations: z.array(z.looseObject({ figure: z.looseObject({ id: z.string(), amount: z.number() }), sameKind: z.looseObject({}), sourceIds: z.array(z.string()) })),
});

export const relationsResponse = z.looseObject({
  coverageEnd: z.string(),
  scale: z.array(z.looseObject({ status: z.string(), label: z.string(), rank: z.number() })),
  segments: z.array(z.looseObject({ id: z.string(), start: z.string(), end: z.string(), status: z.string() })),
});

export const eventsResponse = z.looseObject({
  events: z.array(z.looseObject({ id: z.string(), start: z.string(), title: z.string(), sourceIds: z.array(z.string()) })),
  meta: z.looseObject({ sources: z.array(sourceRef) }),
});

/** Fetches a JSON answer and checks it against its schema; an error names what went wrong in words. Exports pass their
 * own fetch (tests in Node, a given origin). */
export async function fetchChecked<S extends z.ZodType>(url: string, schema: S, fetchImpl: typeof fetch = fetch): Promise<z.infer<S>> {
  const res = await fetchImpl(url);
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON */
  }
  if (!res.ok) {
    const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
    throw new Error(typeof message === "string" ? message : `the server answered ${res.status}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error("the server sent data in a form this page cannot read");
  return parsed.data;
}

// The schemas check what the charts read; the rest of each type is the API's own contract (lib/aid/queries.ts, lib/data/schema.ts).
export const fetchAidView = async (url: string): Promise<AidView> => (await fetchChecked(url, aidViewResponse)) as unknown as AidView;
export const fetchReconciliations = async (url: string): Promise<Reconciliation[]> =>
  ((await fetchChecked(url, reconciliationResponse)) as unknown as { reconciliations: Reconciliation[] }).reconciliations;
export const fetchRelations = async (url: string): Promise<RelationsFile> => (await fetchChecked(url, relationsResponse)) as unknown as RelationsFile;
export const fetchEvents = async (url: string): Promise<{ events: AidEvent[]; sources: Source[] }> => {
  const body = (await fetchChecked(url, eventsResponse)) as unknown as { events: AidEvent[]; meta: { sources: Source[] } };
  return { events: body.events, sources: body.meta.sources };
};

export const sourcesResponse = z.looseObject({ sources: z.array(sourceRef) });
/** Every source's id, title and publisher (/api/sources): what a tooltip names a citation by. */
export const fetchSources = async (url: string): Promise<z.infer<typeof sourceRef>[]> => (await fetchChecked(url, sourcesResponse)).sources;
