// The zod schema of a view, with its defaults: what a view read from outside (a deck file, a saved link) must be.
// Kept apart from the rest of lib/view so the page's scripts do not load zod for the type alone.
import { z } from "../util/zod";
import { AVERAGE_OVER, DOLLARS, GROUP_BYS, MEASURES, SERIES } from "../aid/aggregate";
import { SPLITS } from "../aid/parts";
import { NEIGHBOUR_IDS } from "../compare/ids";
import {
  canonicalCountries,
  COMPARE_MODES,
  CPI_FIRST_YEAR,
  CPI_LAST_YEAR,
  DATA_FIRST_FY,
  DATA_LAST_FY,
  DEFAULT_COUNTRIES,
  FINANCIER_CHART_BASES,
  NEIGHBOUR_CHART_MEASURES,
  SHARE_MODES,
} from "./state";

const fiscalYear = z.number().int().min(DATA_FIRST_FY).max(DATA_LAST_FY);

export const viewSchema = z.object({
  series: z.enum(SERIES).default("annual"),
  groupBy: z.enum(GROUP_BYS).default("decade"),
  split: z.enum(SPLITS).default("kind"),
  from: fiscalYear.default(DATA_FIRST_FY),
  to: fiscalYear.default(DATA_LAST_FY),
  dollars: z.enum(DOLLARS).default("nominal"),
  /** CPI base year; meaningful only with constant dollars */
  base: z.number().int().min(CPI_FIRST_YEAR).max(CPI_LAST_YEAR).default(CPI_LAST_YEAR),
  measure: z.enum(MEASURES).default("total"),
  /** per-year averages: divide by the years with records, or by every year of the period (no records = no aid) */
  averageOver: z.enum(AVERAGE_OVER).default("years-with-records"),
  /** chart 2: military share as 100% bars, or absolute amounts */
  share: z.enum(SHARE_MODES).default("percent"),
  /** chart 4: seed figures against the Greenbook as a % difference, or side by side in dollars */
  compare: z.enum(COMPARE_MODES).default("difference"),
  /** charts 1 and 3: a fiscal year whose bar is marked (the timeline's links); null marks none */
  mark: fiscalYear.nullable().default(null),
  /** chart 5: the countries beside Cambodia (always included, first) */
  countries: z.array(z.enum(NEIGHBOUR_IDS)).transform(canonicalCountries).default([...DEFAULT_COUNTRIES]),
  /** chart 5: total, per year, per person, share of GDP, or Cambodia's share of US aid to the countries chosen */
  nbMeasure: z.enum(NEIGHBOUR_CHART_MEASURES).default("total"),
  /** chart 6: the one basis its financiers' series are on */
  basis: z.enum(FINANCIER_CHART_BASES).default("disbursement"),
  /** chart 6: its periods (2000 on) */
  fgroupBy: z.enum(GROUP_BYS).default("decade"),
});

export type ViewState = z.infer<typeof viewSchema>;
