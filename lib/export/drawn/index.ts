// Loads what one chart draws in a view from its table file, /charts/<slug>.json?<view> (the same numbers as
// /charts/<slug>.csv and the chart file): in the browser on an export click, and in Node for tests and decks (given an
// origin and a fetch). No chart is special-cased here: the server's chart definition built the table.
import { z } from "../../zod";
import { fetchChecked, relationsResponse } from "../../api/response-schemas";
import { clusteredModelSchema } from "../../charts/clustered-bars/schema";
import { CHART_SLUGS, chartTableHref, type ChartSlug } from "../../charts/registry";
import type { RelationsFile, Source } from "../../schema";
import type { ViewState } from "../../view";
import { viewSchema } from "../../view/schema";
import type { DrawnChart } from "./types";

export type { DrawnChart, DrawnSeries } from "./types";

export interface ExportDeps {
  /** the site's address ("" in the browser: same origin) */
  origin?: string;
  fetch?: typeof fetch;
}

const sourcesResponse = z.looseObject({ sources: z.array(z.looseObject({ id: z.string(), title: z.string(), publisher: z.string() })) });
const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** The answer of /charts/<slug>.json, checked before anything is written from it. */
export const drawnChartResponse = z.object({
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
  table: z.object({ header: z.array(z.string()), rows: z.array(z.array(cell)) }),
  events: z.array(z.object({ date: z.string(), title: z.string() })).optional(),
  clustered: clusteredModelSchema.optional(),
});

/** Fetches each address once per export run (a deck of four charts reads /api/sources once). */
export function exportLoader(deps: ExportDeps = {}) {
  const origin = deps.origin ?? "";
  const fetchImpl = deps.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const seen = new Map<string, Promise<unknown>>();
  const get = <T>(path: string, schema: Parameters<typeof fetchChecked>[1]): Promise<T> => {
    if (!seen.has(path)) seen.set(path, fetchChecked(`${origin}${path}`, schema, fetchImpl));
    return seen.get(path) as Promise<T>;
  };
  return {
    sources: async () => (await get<{ sources: Source[] }>("/api/sources", sourcesResponse)).sources,
    relations: () => get<RelationsFile>("/api/relations", relationsResponse),
    chart: (chart: ChartSlug, view: ViewState): Promise<DrawnChart> => get<DrawnChart>(chartTableHref(chart, "json", view), drawnChartResponse),
  };
}
