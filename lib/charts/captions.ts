// The caption texts (title, subtitle, summary, source line, notes) of the relations band and of chart 4, computed
// from their models: the page's <figcaption> and the chart files draw the same words. Charts 1 and 2 build theirs
// with their models (aid-charts.ts).
import { formatPartialDate } from "../util/dates";
import { formatUsdFull } from "../util/format";
import type { Reconciliation } from "../aid/reconcile";
import type { NonAidFigure, SourceRef } from "../data/schema";
import type { FigureTextData } from "./figure-text";
import { relationsSummary, type RelationsBandModel } from "./relations-band";
import { PRIMARY_RULE, buildSeedVsGreenbookModel, comparisonStatus, primaryComparison, seedVsGreenbookSummary, spanLabel } from "./seed-vs-greenbook";

/** Publishers named in the band's source line before the rest are summed up as "N others". */
const SOURCE_LINE_MAX = 8;

export function relationsFigureText(
  model: RelationsBandModel,
  sources: readonly SourceRef[],
  coverageEnd: string,
  years: { from: number; to: number },
): FigureTextData {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const citations = new Map<string, number>();
  const phaseIds = model.phases.flatMap((p) => [...p.sourceIds, ...p.alternatives.flatMap((a) => a.sourceIds)]);
  const eventIds = model.markers.flatMap((m) => m.sourceIds);
  for (const id of [...phaseIds, ...eventIds]) {
    const pub = sourceById.get(id)?.publisher ?? id;
    citations.set(pub, (citations.get(pub) ?? 0) + 1);
  }
  const phasePublishers = [...new Set(phaseIds.map((id) => sourceById.get(id)?.publisher ?? id))];
  const rest = [...citations.entries()].filter(([p]) => !phasePublishers.includes(p)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const named = [...phasePublishers, ...rest.map(([p]) => p)];
  const shown = named.slice(0, SOURCE_LINE_MAX);
  const others = named.length - shown.length;
  const sourceLine =
    named.length === 0
      ? "Source: none for the years shown."
      : `Source${named.length === 1 ? "" : "s"}: ${shown.join("; ")}${others > 0 ? `; and ${others} other publisher${others === 1 ? "" : "s"} of the events (named in the data table)` : ""}.`;

  const notes = [
    "Phases are placed at each boundary's primary date, as chart 1's relations-phase grouping is; where sources disagree on a boundary the alternative dates are drawn as dashed ticks and listed in the table.",
    `After ${formatPartialDate(coverageEnd)}, the last sourced event, the status is not covered: the last status is not carried forward.`,
    "Low-confidence events are drawn hollow and marked unconfirmed; approximate boundaries are drawn dotted at a placeholder date.",
    "Events sit at their start date; date ranges and approximate dates also get a thin bar to their end.",
  ];
  if (model.omittedEvents > 0)
    notes.push(
      `${model.omittedEvents} event${model.omittedEvents === 1 ? " starts" : "s start"} outside ${formatPartialDate(model.range.start)} to ${formatPartialDate(model.range.end)} and ${model.omittedEvents === 1 ? "is" : "are"} not marked here; the reference page (/data) lists every event.`,
    );
  return {
    title: "State of US-Cambodia relations",
    subtitle: "Status by phase, with dated events",
    summary: relationsSummary(model, years),
    sourceLine,
    notes,
  };
}

const SEED_VS_GREENBOOK_WHY =
  "Why they can differ: the Greenbook counts obligations by US fiscal year, including food-aid credits and every agency; a narrative figure may count disbursements, grants only, one programme, or calendar years.";

function seedVsGreenbookNotes(recs: readonly Reconciliation[], nonAid: readonly NonAidFigure[] | undefined, clampedAt: number | null): string[] {
  const notes: string[] = [PRIMARY_RULE];
  const zero = recs.filter((r) => [r.sameKind, r.programme].some((c) => c !== null && comparisonStatus(c) === "absolute-only") || (r.figure.amount === 0 && primaryComparison(r).primary.greenbookAmount !== null));
  if (zero.length)
    notes.push(
      `A seed figure of $0 (${zero.map((r) => `${spanLabel(r)} ${r.figure.programme ?? r.figure.kind}`).join(", ")}) has no percentage difference: it is compared in dollars, drawn as a ring on the zero line.`,
    );
  const bounds = recs.filter((r) => r.figure.precision === "lower-bound");
  const earmarks = recs.filter((r) => r.figure.precision === "earmarked");
  if (bounds.length || earmarks.length)
    notes.push(
      [
        bounds.length ? `A lower bound (${bounds.map((r) => `"${r.figure.statedAs}"`).join(", ")}) is checked as holds or does not hold` : "",
        earmarks.length ? `an earmark (${earmarks.map((r) => `${spanLabel(r)} ${r.figure.programme ?? r.figure.kind}`).join(", ")}) is planned money, compared as obligated against earmarked` : "",
      ]
        .filter(Boolean)
        .join("; ") + ".",
    );
  notes.push(
    "Bar styles: solid, an exact figure; pale with a dashed outline, approximate (\"about\"); an outline with an arrow, a lower bound (\"over\"); hatched, an earmark (\"planned\").",
  );
  const programmes = [...new Set(recs.flatMap((r) => (r.programme && r.figure.programme ? [r.figure.programme] : [])))];
  if (programmes.length)
    notes.push(
      `Where the seed names a programme (${programmes.join(", ")}), the Greenbook is checked twice: that programme's own accounts (the bar in the difference view, the third bar in dollars) and all obligations of that kind (the diamond in the difference view).`,
    );
  const name = (r: Reconciliation) => `${spanLabel(r)} ${r.figure.programme ?? r.figure.kind}`;
  const inside = recs.flatMap((a) =>
    recs
      .filter((b) => b !== a && b.figure.startYear <= a.figure.startYear && a.figure.endYear <= b.figure.endYear)
      .filter((b) => b.figure.kind === a.figure.kind || b.figure.kind === "total" || a.figure.kind === "total")
      .map((b) => [a, b] as const),
  );
  if (inside.length) notes.push(`Seed figures overlap in time (${name(inside[0][0])} lies inside ${spanLabel(inside[0][1])}), so they are never added together.`);
  if (clampedAt !== null) notes.push(`Differences beyond ±${clampedAt}% are cut at the edge of the axis and marked with a break; the label gives the full value.`);
  const missing = recs.filter((r) => r.fiscalYears.missingYears.length > 0);
  if (missing.length)
    notes.push(
      `Greenbook records are missing for some years of ${missing.map((r) => `${spanLabel(r)} ${r.figure.kind}`).join(", ")}; those sums cover only the years with records.`,
    );
  notes.push("The dollars view uses one linear scale from $0, so figures near $1 million barely show as bars; their values are labelled and listed in the table.");
  if (nonAid && nonAid.length)
    for (const n of nonAid)
      notes.push(`Not drawn, not aid: ${formatUsdFull(n.amount)} (${n.kind}, as of ${n.asOf}): ${n.description} Seed paragraph ${n.paragraph}.`);
  else notes.push("Not drawn: the seed's figure for Cambodia's debt to the US from 1970s loans, which is a debt, not aid.");
  return notes;
}

export function seedVsGreenbookFigureText(recs: readonly Reconciliation[], nonAid: readonly NonAidFigure[] | undefined): FigureTextData {
  const clampedAt = buildSeedVsGreenbookModel(recs, "difference").axis.clampedAt;
  return {
    title: "Seed figures versus the Greenbook",
    subtitle: "Current US dollars; each figure against the programme it names, else all Greenbook aid of that kind and years",
    summary: seedVsGreenbookSummary(recs),
    sourceLine: "Sources: GlobalSecurity.org (seed article); USAID Greenbook FY1946-2020",
    notes: [...seedVsGreenbookNotes(recs, nonAid, clampedAt), SEED_VS_GREENBOOK_WHY],
  };
}
