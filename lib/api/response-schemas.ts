// zod schemas of the API answers the page's live faces and exports read: the fetcher parses each answer before
// anything is drawn, so a malformed answer is an error message, not a crash. The types the charts are built from are
// these schemas' types: the server's answers must fit them (TypeScript checks it where the server draws the same
// charts), and a field a chart reads that the schema does not name is a compile error. z comes from lib/util/zod.ts,
// set to parse without new Function() (the page's Content-Security-Policy allows no eval).
import { z } from "../util/zod";
import { AVERAGE_OVER, DOLLARS, GROUP_BYS, MEASURES, SERIES } from "../aid/aggregate";
import { SPLITS } from "../aid/parts";
import { EventSchema, RelationsFileSchema, SeedFigureSchema, SourceSchema } from "../data/schema";

const amount = z.number().nullable();
const sourceRef = z.object({ id: z.string(), title: z.string(), publisher: z.string() });

/** /api/aid: a view's aid rows by period, as charts 1 and 3 read them. */
export const aidResponse = z.object({
  query: z.object({
    series: z.enum(SERIES),
    groupBy: z.enum(GROUP_BYS),
    split: z.enum(SPLITS),
    from: z.number(),
    to: z.number(),
    dollars: z.enum(DOLLARS),
    baseYear: z.number().nullable(),
    measure: z.enum(MEASURES),
    averageOver: z.enum(AVERAGE_OVER),
  }),
  rows: z.array(
    z.object({
      period: z.object({ id: z.string(), label: z.string(), from: z.number(), to: z.number(), status: z.string().optional() }),
      economic: amount,
      military: amount,
      total: amount,
      militaryShare: amount,
      unsplit: amount,
      divisor: z.object({ years: z.number(), over: z.enum(AVERAGE_OVER), label: z.string() }).nullable(),
      splitYearsAverage: z.object({ economic: z.number(), military: z.number(), years: z.number() }).nullable(),
      parts: z.array(z.object({ key: z.string(), amount })),
      coverage: z.object({
        yearsWithData: z.number(),
        yearsInSpan: z.number(),
        splitYears: z.number(),
        partial: z.boolean(),
        knownZeroYears: z.array(z.number()),
        label: z.string(),
      }),
      precision: z.string(),
      programme: z.string().nullable(),
      notes: z.array(z.string()),
      sourceIds: z.array(z.string()),
    }),
  ),
  meta: z.object({
    partKeys: z.array(z.object({ key: z.string(), label: z.string(), colorVar: z.string(), short: z.string().optional() })),
    sources: z.array(sourceRef),
    sourceChanges: z.array(z.object({ afterFiscalYear: z.number(), note: z.string() })),
    unsplitYears: z.array(z.number()),
    notes: z.array(z.string()),
  }),
});
export type AidResponse = z.infer<typeof aidResponse>;
export type AidResponseRow = AidResponse["rows"][number];

const comparison = z.object({
  against: z.string(),
  greenbookAmount: amount,
  differenceUsd: amount,
  differencePct: amount,
  verdict: z.enum(["holds", "does not hold"]).nullable(),
  summary: z.string(),
});
/** One seed figure checked against the Greenbook (lib/aid/reconcile.ts builds it; chart 4 draws it). */
export const reconciliationSchema = z.object({
  figure: SeedFigureSchema,
  fiscalYears: z.object({ from: z.number(), to: z.number(), yearsWithData: z.number(), yearsInSpan: z.number(), missingYears: z.array(z.number()) }),
  sameKind: comparison,
  programme: comparison.nullable(),
  sourceIds: z.array(z.string()),
  why: z.string(),
});
export const reconciliationResponse = z.object({ reconciliations: z.array(reconciliationSchema) });

/** /api/relations: the relations file as validated, and the status after its coverage. */
export const relationsResponse = RelationsFileSchema.extend({ afterCoverage: z.object({ from: z.string(), status: z.literal("not-covered") }) });

/** /api/events: the events of a span, each with its date in words, and the sources they cite. */
export const eventsResponse = z.object({
  events: z.array(EventSchema.extend({ displayDate: z.string() })),
  meta: z.object({ sources: z.array(SourceSchema) }),
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

export const fetchAidResponse = (url: string): Promise<AidResponse> => fetchChecked(url, aidResponse);
export const fetchReconciliations = async (url: string) => (await fetchChecked(url, reconciliationResponse)).reconciliations;
export const fetchRelations = (url: string) => fetchChecked(url, relationsResponse);
export const fetchEvents = async (url: string) => {
  const body = await fetchChecked(url, eventsResponse);
  return { events: body.events, sources: body.meta.sources };
};

/** /api/sources: every source as validated: tooltips name a citation by title and publisher, exports cite it in full. */
export const sourcesResponse = z.object({ sources: z.array(SourceSchema) });
export const fetchSources = async (url: string) => (await fetchChecked(url, sourcesResponse)).sources;
