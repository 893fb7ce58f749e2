// zod schemas of the comparison answers (/api/neighbours, /api/financiers, /api/china-projects): what a live face or
// an export reads is checked before anything is drawn. Loose objects: fields a reader does not use pass through.
import { z } from "../util/zod";

const amount = z.number().nullable();
const period = z.looseObject({ id: z.string(), label: z.string(), from: z.number(), to: z.number() });
const source = z.looseObject({ id: z.string(), title: z.string(), publisher: z.string(), licence: z.string().nullable() });
const yearRange = z.looseObject({ first: z.number(), last: z.number() });

export const neighboursResponse = z.looseObject({
  query: z.looseObject({
    countries: z.array(z.string()).min(1),
    groupBy: z.string(),
    from: z.number(),
    to: z.number(),
    dollars: z.enum(["nominal", "constant"]),
    baseYear: z.number().nullable(),
    measure: z.enum(["total", "per-year", "per-person", "gdp-share"]),
  }),
  rows: z.array(
    z.looseObject({
      period,
      cambodiaShare: amount,
      cells: z.array(
        z.looseObject({
          country: z.string(),
          label: z.string(),
          economic: amount,
          military: amount,
          total: amount,
          amountUsd: amount,
          yearsWithData: z.number(),
          yearsInSpan: z.number(),
          negativeYears: z.array(z.number()),
          reason: z.string().nullable(),
          notes: z.array(z.string()),
        }),
      ),
    }),
  ),
  units: z.string(),
  notes: z.array(z.string()),
  sourceIds: z.array(z.string()),
  meta: z.looseObject({ sources: z.array(source), yearRange }),
});

export const financiersResponse = z.looseObject({
  query: z.looseObject({ basis: z.string(), financiers: z.array(z.string()), china: z.string(), groupBy: z.string(), from: z.number(), to: z.number(), dollars: z.string(), measure: z.string() }),
  periods: z.array(period),
  series: z.array(
    z.looseObject({
      id: z.string(),
      financier: z.string(),
      financierLabel: z.string(),
      instrument: z.string(),
      basis: z.enum(["obligation", "commitment", "disbursement", "debt-service"]),
      basisWords: z.string(),
      label: z.string(),
      sourceIds: z.array(z.string()),
      notes: z.array(z.string()),
      cells: z.array(z.looseObject({ amount, yearsWithData: z.number(), yearsInSpan: z.number(), coverage: z.string() })),
    }),
  ),
  claims: z.array(
    z.looseObject({
      verdict: z.enum(["holds", "holds-on-some-measures", "does-not-hold"]),
      summary: z.string(),
      measures: z.array(z.looseObject({ id: z.string(), label: z.string(), basis: z.string(), amount: z.number(), holds: z.boolean(), sourceIds: z.array(z.string()) })),
      sourceIds: z.array(z.string()),
    }),
  ),
  notes: z.array(z.string()),
  meta: z.looseObject({ sources: z.array(source), yearRange }),
});

export const chinaProjectsResponse = z.looseObject({
  query: z.looseObject({ sort: z.string(), q: z.string(), records: z.string() }),
  projects: z.array(
    z.looseObject({
      projectId: z.number(),
      year: z.number(),
      title: z.string(),
      agency: z.string(),
      flow: z.string(),
      status: z.string(),
      sector: z.looseObject({ name: z.string() }),
      usdCurrent: amount,
      usdConstant2014: amount,
    }),
  ),
  totals: z.looseObject({ records: z.number(), usdCurrent: z.number(), usdConstant2014: z.number(), withoutAmount: z.number() }),
  meta: z.looseObject({ sources: z.array(source) }),
});
