// Zod schemas for every file in data/: the one definition of the project's types.
import { z } from "../util/zod";

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case id");
const usd = z.int(); // whole US dollars; negative only where a source nets out a double count
const fiscalYear = z.int().min(1946).max(2100);
const calendarYear = z.int().min(1900).max(2100);
/** A calendar date with no time zone, at day, month or year precision. */
const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
export const fullDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected YYYY-MM-DD");

const KINDS = ["economic", "military", "total"] as const;
const SEED_PRECISIONS = ["exact", "approximate", "lower-bound", "earmarked"] as const;
const SEED_PROGRAMMES = ["FMF", "IMET", "USAID"] as const;
export const EVENT_CATEGORIES = ["diplomatic", "aid", "military", "legislative", "political", "economic"] as const;
const DATE_PRECISIONS = ["day", "month", "year", "range", "approximate"] as const;
export const CONFIDENCES = ["high", "medium", "low"] as const;

export const SourceSchema = z.strictObject({
  id,
  title: z.string().min(1),
  publisher: z.string().min(1),
  edition: z.string().nullable(),
  date: partialDate.nullable(),
  covers: z.string().min(1),
  url: z.url().nullable(),
  viaNote: z.string().nullable(),
  kind: z.enum(["narrative", "primary-data", "official", "news", "legal-analysis", "research"]),
  /** the terms the publisher releases the data under, where the product must name them (ODC-By, CC BY) */
  licence: z.string().min(1).optional(),
});
export const SourcesFileSchema = z.strictObject({ sources: z.array(SourceSchema).min(1) });

export const SeedFigureSchema = z.strictObject({
  id,
  paragraph: z.int().min(1),
  startYear: fiscalYear,
  endYear: fiscalYear,
  kind: z.enum(KINDS),
  programme: z.enum(SEED_PROGRAMMES).nullable(),
  form: z.enum(["grant", "loan"]).nullable(),
  precision: z.enum(SEED_PRECISIONS),
  amount: z.int().min(0),
  statedAs: z.string().min(1),
  description: z.string().min(1),
});
const NonAidFigureSchema = z.strictObject({
  id,
  paragraph: z.int().min(1),
  kind: z.literal("debt"),
  amount: z.int().min(0),
  statedAs: z.string().min(1),
  asOf: partialDate,
  description: z.string().min(1),
});
export const SeedFiguresFileSchema = z.strictObject({
  sourceId: id,
  note: z.string(),
  figures: z.array(SeedFigureSchema).min(1),
  nonAid: z.array(NonAidFigureSchema),
});

export const ANNUAL_STATUSES = ["reported", "provisional", "no-data", "known-zero"] as const;
/** Why a year without records is $0 and not "no data": a cited event (and the phase of relations it began) that
 * established that no US aid could flow. Cross-checked against events.json and relations.json. */
const KnownZeroSchema = z.strictObject({
  /** a few words for a table cell: "relations severed" */
  label: z.string().min(1).max(60),
  reason: z.string().min(1),
  eventIds: z.array(id).min(1),
  phaseIds: z.array(id).min(1),
  sourceIds: z.array(id).min(1),
});
const AnnualRowSchema = z.strictObject({
  fiscalYear,
  /** "known-zero": no records because no US aid could flow (amounts 0, with knownZero saying why) */
  status: z.enum(ANNUAL_STATUSES),
  economic: usd.nullable(),
  military: usd.nullable(),
  total: usd.nullable(),
  sourceId: id,
  knownZero: KnownZeroSchema.optional(),
});
export const AnnualFileSchema = z.strictObject({
  units: z.literal("USD"),
  dollars: z.literal("nominal"),
  measure: z.literal("obligations"),
  sourceChanges: z.array(
    z.strictObject({ afterFiscalYear: fiscalYear, from: id, to: id, note: z.string().min(1) }),
  ),
  rows: z.array(AnnualRowSchema).min(1),
});

const ProgrammeSchema = z.strictObject({
  id,
  label: z.string().min(1),
  kind: z.enum(["economic", "military"]),
  form: z.enum(["grant", "loan"]),
  description: z.string().min(1),
});
const AccountSchema = z.strictObject({
  id,
  name: z.string().min(1),
  agency: z.string().min(1),
  kind: z.enum(["economic", "military"]),
  publicationRow: z.string().min(1),
  programmeId: id,
  nettedWith: z.string().nullable(),
});
export const ProgrammeFileSchema = z.strictObject({
  sourceId: id,
  units: z.literal("USD"),
  dollars: z.literal("nominal"),
  note: z.string(),
  programmes: z.array(ProgrammeSchema).min(1),
  accounts: z.array(AccountSchema).min(1),
  rows: z.array(z.strictObject({ fiscalYear, accountId: id, amount: usd })).min(1),
});

export const CpiFileSchema = z.strictObject({
  series: z.string(),
  reference: z.string(),
  sourceId: id,
  rows: z
    .array(
      z.strictObject({
        year: calendarYear,
        value: z.number().positive(),
        months: z.int().min(1).max(12),
        note: z.string().nullable(),
      }),
    )
    .min(1),
});

export const ForeignAssistanceFileSchema = z.strictObject({
  units: z.literal("USD"),
  note: z.string(),
  provisional: z.array(z.strictObject({ sourceId: id, fiscalYear })),
  rows: z
    .array(
      z.strictObject({
        fiscalYear,
        sourceId: id,
        obligationsCurrent: usd,
        obligationsConstant: usd,
        constantBaseYear: calendarYear,
      }),
    )
    .min(1),
});

export const EventSchema = z.strictObject({
  id,
  start: partialDate,
  end: partialDate.nullable(),
  precision: z.enum(DATE_PRECISIONS),
  label: z.string().min(1).nullable(),
  category: z.enum(EVENT_CATEGORIES),
  title: z.string().min(1).max(100),
  description: z.string().min(1),
  sourceIds: z.array(id).min(1),
  confidence: z.enum(CONFIDENCES),
  seedParagraph: z.int().min(1).nullable(),
  /** Other dates that other sources give for the same event (the start is the first source's), each with its sources. */
  alternatives: z.array(z.strictObject({ date: partialDate, sourceIds: z.array(id).min(1), note: z.string().min(1) })).default([]),
});
export const EventsFileSchema = z.strictObject({ events: z.array(EventSchema).min(1) });

export const RelationsFileSchema = z.strictObject({
  scale: z
    .array(z.strictObject({ status: id, rank: z.int().min(0), label: z.string().min(1), description: z.string().min(1) }))
    .min(2),
  coverageEnd: fullDate,
  segments: z
    .array(
      z.strictObject({
        id,
        start: fullDate,
        end: fullDate,
        status: id,
        label: z.string().min(1),
        rationale: z.string().min(1),
        sourceIds: z.array(id).min(1),
        startBoundary: z.strictObject({
          precision: z.enum(["day", "month", "year", "approximate"]),
          label: z.string().nullable(),
          disputed: z.boolean(),
          alternatives: z.array(z.strictObject({ date: partialDate, sourceIds: z.array(id).min(1), note: z.string().min(1) })),
        }),
      }),
    )
    .min(1),
});

export const DisputesFileSchema = z.strictObject({
  disputes: z
    .array(
      z.strictObject({
        id,
        topic: z.string().min(1),
        claim: z.string().min(1),
        claimSourceIds: z.array(id).min(1),
        seedParagraph: z.int().min(1).nullable(),
        contrary: z.string().min(1),
        contrarySourceIds: z.array(id).min(1),
        note: z.string().min(1),
        check: z
          .strictObject({ kind: z.literal("greenbook-programme"), programmeId: id, from: fiscalYear, to: fiscalYear })
          .nullable(),
      }),
    )
    .min(1),
});

export type Source = z.infer<typeof SourceSchema>;
/** What charts, captions and tables need of a source to cite it: the one source-reference type. */
export type SourceRef = Pick<Source, "id" | "title" | "publisher">;
export type SeedFigure = z.infer<typeof SeedFigureSchema>;
export type NonAidFigure = z.infer<typeof NonAidFigureSchema>;
export type SeedFiguresFile = z.infer<typeof SeedFiguresFileSchema>;
export type AnnualRow = z.infer<typeof AnnualRowSchema>;
export type KnownZero = z.infer<typeof KnownZeroSchema>;
export type AnnualFile = z.infer<typeof AnnualFileSchema>;
export type Programme = z.infer<typeof ProgrammeSchema>;
export type Account = z.infer<typeof AccountSchema>;
export type ProgrammeFile = z.infer<typeof ProgrammeFileSchema>;
export type CpiFile = z.infer<typeof CpiFileSchema>;
export type ForeignAssistanceFile = z.infer<typeof ForeignAssistanceFileSchema>;
export type AidEvent = z.infer<typeof EventSchema>;
export type EventsFile = z.infer<typeof EventsFileSchema>;
export type RelationsFile = z.infer<typeof RelationsFileSchema>;
export type RelationSegment = RelationsFile["segments"][number];
export type DisputesFile = z.infer<typeof DisputesFileSchema>;
export type Dispute = DisputesFile["disputes"][number];
export type Kind = (typeof KINDS)[number];
export type SeedPrecision = (typeof SEED_PRECISIONS)[number];
export type EventCategory = (typeof EVENT_CATEGORIES)[number];
