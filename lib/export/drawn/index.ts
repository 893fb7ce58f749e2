// Loads what one chart draws in a view from its table file, /charts/<slug>.json?<view> (the same numbers as
// /charts/<slug>.csv and the chart file): in the browser on an export click, and in Node for tests and decks (given an
// origin and a fetch). No chart is special-cased here: the server's chart definition built the table.
import { z } from "../../util/zod";
import { fetchChecked, relationsResponse, sourcesResponse } from "../../api/response-schemas";
import { clusteredModelSchema } from "../../charts/clustered-bars/schema";
import { CHART_SLUGS, chartTableHref, type ChartSlug } from "../../charts/registry";
import type { ViewState } from "../../view";
import { viewSchema } from "../../view/schema";
import { COLUMN_FORMATS, type DrawnChart } from "./types";

export type { DrawnChart, DrawnSeries } from "./types";

export interface ExportDeps {
  /** the site's address ("" in the browser: same origin) */
  origin?: string;
  fetch?: typeof fetch;
}

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** The answer of /charts/<slug>.json, checked before anything is written from it. */
const drawnChartResponse = z.object({
  chart: z.enum(CHART_SLUGS),
  view: viewSchema,
  text: z.object({ title: z.string(), subtitle: z.string(), summary: z.string(), sourceLine: z.string(), notes: z.array(z.string()).optional() }),
  layout: z.object({
    direction: z.enum(["col", "bar"]),
    grouping: z.enum(["stacked", "clustered"]),
    overlap: z.number().optional(),
    numberFormat: z.string(),
    axisTitle: z.string(),
    max: z.number().optional(),
    valueLabels: z.boolean().optional(),
  }),
  categories: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), color: z.string(), values: z.array(z.number().nullable()) })),
  table: z.object({
    header: z.array(z.string()),
    columns: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        format: z.enum(COLUMN_FORMATS),
        empty: z.string().optional(),
        listed: z.boolean().optional(),
        csvOnly: z.boolean().optional(),
      }),
    ),
    rows: z.array(z.array(cell)),
    caption: z.string(),
    noData: z.array(z.number()).optional(),
    span: z.object({ from: z.string(), to: z.string() }).optional(),
    parts: z.array(z.object({ id: z.string(), caption: z.string(), rows: z.number(), stackOnPhone: z.boolean().optional(), csvOnly: z.array(z.string()).optional() })).optional(),
    rowHeader: z.string().optional(),
    pivot: z.object({ period: z.string(), series: z.array(z.string()), value: z.string(), perPeriod: z.array(z.string()) }).optional(),
  }),
  events: z.array(z.object({ date: z.string(), title: z.string() })).optional(),
  clustered: clusteredModelSchema.optional(),
});

/** Fetches each address once per export run (a deck of four charts reads /api/sources once). */
export function exportLoader(deps: ExportDeps = {}) {
  const origin = deps.origin ?? "";
  const fetchImpl = deps.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  // one promise per address, of the type its schema gives (an address is always read with the same schema)
  const seen = new Map<string, Promise<unknown>>();
  const get = <S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> => {
    const known = seen.get(path) as Promise<z.infer<S>> | undefined;
    if (known) return known;
    const p = fetchChecked(`${origin}${path}`, schema, fetchImpl);
    seen.set(path, p);
    return p;
  };
  return {
    sources: async () => (await get("/api/sources", sourcesResponse)).sources,
    relations: () => get("/api/relations", relationsResponse),
    chart: (chart: ChartSlug, view: ViewState): Promise<DrawnChart> => get(chartTableHref(chart, "json", view), drawnChartResponse),
  };
}
