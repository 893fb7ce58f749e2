// Zod schemas of the comparison files in data/ (Cambodia among its neighbours; the United States among Cambodia's
// financiers): the one definition of their types. Loaded with the rest of the data set (lib/data/dataset.ts).
import { z } from "../util/zod";

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case id");
/** whole US dollars; negative where a source nets de-obligations, a recovery or debt service */
const usd = z.int();
const year = z.int().min(1900).max(2100);
/** A total stated in prose (SOURCES.md, AidData) that the rows must still give when rounded as stated. */
const statedTotal = { from: year, to: year, approxTotal: z.int().min(0), roundedTo: z.int().min(1) };

import { BASES, NEIGHBOUR_IDS } from "./ids";

export { BASES, NEIGHBOUR_IDS };
const POPULATION_SERIES = [...NEIGHBOUR_IDS, "south-vietnam", "north-vietnam"] as const;
const POPULATION_BASES = ["historical-estimate", "un-estimate", "un-projection", "cow-nmc"] as const;

const NeighboursAidFileSchema = z.strictObject({
  sourceId: id,
  units: z.literal("USD"),
  dollars: z.literal("nominal"),
  measure: z.literal("obligations"),
  note: z.string().min(1),
  rows: z
    .array(
      z.strictObject({
        country: z.enum(NEIGHBOUR_IDS),
        fiscalYear: z.int().min(1946).max(2100),
        transitionQuarter: z.boolean(),
        economic: usd,
        military: usd,
        total: usd,
      }),
    )
    .min(1),
});

const PopulationFileSchema = z.strictObject({
  units: z.literal("persons"),
  note: z.string().min(1),
  rows: z
    .array(
      z.strictObject({
        series: z.enum(POPULATION_SERIES),
        year,
        population: z.int().positive(),
        basis: z.enum(POPULATION_BASES),
        sourceId: id,
      }),
    )
    .min(1),
});

const GdpFileSchema = z.strictObject({
  sourceId: id,
  units: z.literal("USD"),
  dollars: z.literal("nominal"),
  note: z.string().min(1),
  rows: z.array(z.strictObject({ country: z.enum(NEIGHBOUR_IDS), year, gdp: z.int().positive() })).min(1),
});

const AIDDATA_FLOWS = ["grant", "loan", "technical-assistance", "export-credit", "scholarships", "debt-forgiveness"] as const;
const AIDDATA_STATUSES = ["completion", "implementation", "pipeline-commitment", "pipeline-pledge", "suspended"] as const;
const AIDDATA_FLOW_CLASSES = ["oda-like", "oof-like", "vague"] as const;

const ChinaProjectSchema = z.strictObject({
  projectId: z.int().positive(),
  recommended: z.boolean(),
  umbrella: z.boolean(),
  year,
  yearUncertain: z.boolean(),
  agency: z.string().min(1),
  title: z.string().min(1).max(300),
  status: z.enum(AIDDATA_STATUSES),
  flow: z.enum(AIDDATA_FLOWS),
  flowClass: z.enum(AIDDATA_FLOW_CLASSES),
  intent: z.enum(["development", "mixed", "representational", "commercial"]),
  /** in the currency of the agreement; null where AidData found no amount */
  amountOriginal: z.number().nonnegative().nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/, "expected a three-letter currency code").nullable(),
  usdCurrent: usd.min(0).nullable(),
  usdConstant2014: usd.min(0).nullable(),
  sector: z.strictObject({ code: z.int().min(0), name: z.string().min(1) }),
  loanType: z.string().min(1).nullable(),
  interestRate: z.number().min(0).max(100).nullable(),
  maturityYears: z.number().min(0).max(100).nullable(),
  gracePeriodYears: z.number().min(0).max(100).nullable(),
  grantElement: z.number().min(0).max(100).nullable(),
  sourcesCount: z.int().min(0),
});

const ChinaProjectsFileSchema = z.strictObject({
  sourceId: id,
  units: z.literal("USD"),
  note: z.string().min(1),
  stated: z.strictObject({ records: z.int().min(0), recommendedRecords: z.int().min(0) }),
  projects: z.array(ChinaProjectSchema).min(1),
});

const ChinaByYearFileSchema = z.strictObject({
  sourceId: id,
  units: z.literal("USD"),
  dollars: z.literal("constant"),
  baseYear: year,
  basis: z.literal("commitment"),
  note: z.string().min(1),
  stated: z.strictObject(statedTotal),
  rows: z.array(z.strictObject({ year, odaLike: usd.min(0), oofLike: usd.min(0), vague: usd.min(0), total: usd.min(0) })).min(1),
});

export const INSTRUMENTS = ["grant", "concessional-loan", "non-concessional-loan"] as const;
const FLOW_DIRECTIONS = ["inflow", "outflow"] as const;

const CounterpartFlowsFileSchema = z.strictObject({
  units: z.literal("USD"),
  dollars: z.literal("nominal"),
  note: z.string().min(1),
  stated: z.array(
    z.strictObject({ counterpart: id, instrument: z.enum(["grants", "loans"]), flow: z.enum(FLOW_DIRECTIONS), ...statedTotal }),
  ),
  counterparts: z.array(z.strictObject({ id, label: z.string().min(1), type: z.enum(["bilateral", "multilateral"]) })).min(1),
  rows: z
    .array(
      z.strictObject({
        year,
        counterpart: id,
        instrument: z.enum(INSTRUMENTS),
        flow: z.enum(FLOW_DIRECTIONS),
        /** current dollars, to the tenth as published; debt service (outflow) is negative */
        amount: z.number().refine((n) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-6, "expected dollars to at most one decimal"),
        sourceId: id,
      }),
    )
    .min(1),
});

const FinancierClaimsFileSchema = z.strictObject({
  claims: z
    .array(
      z.strictObject({
        id,
        topic: z.string().min(1),
        claim: z.string().min(1),
        statedAs: z.string().min(1),
        claimSourceIds: z.array(id).min(1),
        seedParagraph: z.int().min(1).nullable(),
        precision: z.literal("lower-bound"),
        threshold: z.int().positive(),
        thresholdNote: z.string().min(1),
        measures: z
          .array(
            z.strictObject({
              id,
              label: z.string().min(1),
              kind: z.enum(["aiddata-v1", "aiddata-v3", "counterpart-loans"]),
              /** aiddata-v1: the flow types counted */
              flows: z.array(z.enum(AIDDATA_FLOWS)),
              from: year,
              to: year,
              basis: z.enum(BASES),
              dollars: z.enum(["nominal", "constant"]),
              baseYear: year.nullable(),
              sourceIds: z.array(id).min(1),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});

export type NeighbourId = (typeof NEIGHBOUR_IDS)[number];
export type PopulationSeries = (typeof POPULATION_SERIES)[number];
export type NeighboursAidFile = z.infer<typeof NeighboursAidFileSchema>;
type PopulationFile = z.infer<typeof PopulationFileSchema>;
type GdpFile = z.infer<typeof GdpFileSchema>;
export type ChinaProject = z.infer<typeof ChinaProjectSchema>;
type ChinaProjectsFile = z.infer<typeof ChinaProjectsFileSchema>;
type ChinaByYearFile = z.infer<typeof ChinaByYearFileSchema>;
type CounterpartFlowsFile = z.infer<typeof CounterpartFlowsFileSchema>;
export type CounterpartFlowRow = CounterpartFlowsFile["rows"][number];
type FinancierClaimsFile = z.infer<typeof FinancierClaimsFileSchema>;
export type FinancierClaim = FinancierClaimsFile["claims"][number];
export type Basis = (typeof BASES)[number];

/** The comparison files, keyed as lib/data/dataset.ts keys every data file. */
export const COMPARE_FILES = {
  neighboursAid: "neighbours-aid.json",
  population: "southeast-asia-population.json",
  gdp: "southeast-asia-gdp.json",
  chinaProjects: "china-aiddata-v1-projects.json",
  chinaByYear: "china-aiddata-v3-by-year.json",
  counterpartFlows: "cambodia-flows-by-counterpart.json",
  financierClaims: "financier-claims.json",
} as const;

export const COMPARE_SCHEMAS = {
  neighboursAid: NeighboursAidFileSchema,
  population: PopulationFileSchema,
  gdp: GdpFileSchema,
  chinaProjects: ChinaProjectsFileSchema,
  chinaByYear: ChinaByYearFileSchema,
  counterpartFlows: CounterpartFlowsFileSchema,
  financierClaims: FinancierClaimsFileSchema,
} as const;

export interface CompareData {
  neighboursAid: NeighboursAidFile;
  population: PopulationFile;
  gdp: GdpFile;
  chinaProjects: ChinaProjectsFile;
  chinaByYear: ChinaByYearFile;
  counterpartFlows: CounterpartFlowsFile;
  financierClaims: FinancierClaimsFile;
}

/** The comparison files of a set that passed its schemas (lib/data/dataset.ts validates each before this is called). */
export function compareData(parsed: { [K in keyof CompareData]?: unknown }): CompareData {
  return {
    neighboursAid: parsed.neighboursAid as NeighboursAidFile,
    population: parsed.population as PopulationFile,
    gdp: parsed.gdp as GdpFile,
    chinaProjects: parsed.chinaProjects as ChinaProjectsFile,
    chinaByYear: parsed.chinaByYear as ChinaByYearFile,
    counterpartFlows: parsed.counterpartFlows as CounterpartFlowsFile,
    financierClaims: parsed.financierClaims as FinancierClaimsFile,
  };
}
