// Checks of the comparison files that only show across records or files: duplicates, unknown ids, Cambodia's rows
// against the project's annual series, population for every per-person figure, stated totals.
import type { AnnualFile } from "../data/schema";
import { populationSeriesFor } from "./population";
import type { CompareData } from "./schema";

type CompareFileKey = keyof CompareData;

/** Within the rounding of the three parts AidData rounds separately. */
const PART_ROUNDING = 2;

function roundTo(n: number, step: number): number {
  return Math.round(n / step) * step;
}

/** Problems of the comparison files, each naming file, record and field. `annual` is the project's annual series. */
export function crossCheckCompare(
  c: CompareData,
  ctx: { annual: AnnualFile; annualLabel: string; sourceIds: ReadonlySet<string> },
  f: (key: CompareFileKey) => string,
): string[] {
  const out: string[] = [];
  const knownSource = (file: string, where: string, ids: readonly string[]) => {
    for (const sid of ids) if (!ctx.sourceIds.has(sid)) out.push(`${file}: ${where}: unknown source id "${sid}"`);
  };

  // Neighbours: one row per country, fiscal year and quarter kind; parts add up.
  const nFile = f("neighboursAid");
  knownSource(nFile, "sourceId", [c.neighboursAid.sourceId]);
  const seen = new Map<string, number>();
  const cambodia = new Map<number, { economic: number; military: number; total: number; at: number }>();
  c.neighboursAid.rows.forEach((r, i) => {
    const at = `rows[${i}]`;
    const key = `${r.country}/${r.fiscalYear}/${r.transitionQuarter}`;
    if (seen.has(key))
      out.push(`${nFile}: ${at}.fiscalYear: duplicate ${r.country} FY${r.fiscalYear}${r.transitionQuarter ? " transition quarter" : ""} (also rows[${seen.get(key)}])`);
    seen.set(key, i);
    if (r.economic + r.military !== r.total) out.push(`${nFile}: ${at}.total: ${r.total} is not economic + military (${r.economic + r.military})`);
    if (r.transitionQuarter && r.fiscalYear !== 1976) out.push(`${nFile}: ${at}.transitionQuarter: only FY1976 has a transition quarter`);
    if (r.country === "cambodia") {
      const prev = cambodia.get(r.fiscalYear);
      cambodia.set(r.fiscalYear, {
        economic: (prev?.economic ?? 0) + r.economic,
        military: (prev?.military ?? 0) + r.military,
        total: (prev?.total ?? 0) + r.total,
        at: prev?.at ?? i,
      });
    }
  });
  // Cambodia's rows equal the project's own series, year by year, wherever that series is the same Greenbook.
  const greenbookId = ctx.annual.rows.find((r) => r.fiscalYear === Math.max(...cambodia.keys()))?.sourceId;
  const greenbookYears = ctx.annual.rows.filter((r) => r.sourceId === greenbookId);
  for (const r of greenbookYears) {
    const mine = cambodia.get(r.fiscalYear);
    if (r.status === "no-data" || r.status === "known-zero") {
      // a year the Greenbook has no rows for: no data, or (with its reason) a known $0
      if (mine) out.push(`${nFile}: rows[${mine.at}]: Cambodia FY${r.fiscalYear} has a row, but ${ctx.annualLabel} has ${r.status === "no-data" ? "no data" : "a known zero without Greenbook rows"} for that year`);
      continue;
    }
    if (!mine) {
      out.push(`${nFile}: rows: Cambodia FY${r.fiscalYear} is missing; ${ctx.annualLabel} has ${r.total}`);
      continue;
    }
    for (const k of ["economic", "military", "total"] as const)
      if (r[k] !== mine[k]) out.push(`${nFile}: rows[${mine.at}].${k}: Cambodia FY${r.fiscalYear} ${k} is ${mine[k]}, but ${ctx.annualLabel} has ${r[k]}`);
  }
  const annualYears = new Set(greenbookYears.map((r) => r.fiscalYear));
  for (const [fy, mine] of cambodia)
    if (!annualYears.has(fy)) out.push(`${nFile}: rows[${mine.at}].fiscalYear: Cambodia FY${fy} lies outside ${ctx.annualLabel}'s Greenbook years`);

  // Population: one value per series and year, and one for every country-year a per-person figure needs.
  const pFile = f("population");
  const popKeys = new Map<string, number>();
  c.population.rows.forEach((r, i) => {
    const key = `${r.series}/${r.year}`;
    if (popKeys.has(key)) out.push(`${pFile}: rows[${i}].year: duplicate ${r.series} ${r.year} (also rows[${popKeys.get(key)}])`);
    popKeys.set(key, i);
    knownSource(pFile, `rows[${i}].sourceId`, [r.sourceId]);
  });
  c.neighboursAid.rows.forEach((r, i) => {
    const series = populationSeriesFor(r.country, r.fiscalYear);
    if (!popKeys.has(`${series}/${r.fiscalYear}`))
      out.push(`${pFile}: rows: no population of ${series} for ${r.fiscalYear}, which ${nFile} rows[${i}] (${r.country} FY${r.fiscalYear}) needs per person`);
  });

  // GDP: one value per country and year.
  const gFile = f("gdp");
  knownSource(gFile, "sourceId", [c.gdp.sourceId]);
  const gdpKeys = new Map<string, number>();
  c.gdp.rows.forEach((r, i) => {
    const key = `${r.country}/${r.year}`;
    if (gdpKeys.has(key)) out.push(`${gFile}: rows[${i}].year: duplicate ${r.country} ${r.year} (also rows[${gdpKeys.get(key)}])`);
    gdpKeys.set(key, i);
  });

  // AidData v1.0 projects: unique ids, the record counts AidData states, no amount without its dollars.
  const cpFile = f("chinaProjects");
  knownSource(cpFile, "sourceId", [c.chinaProjects.sourceId]);
  const projectIds = new Map<number, number>();
  c.chinaProjects.projects.forEach((p, i) => {
    if (projectIds.has(p.projectId)) out.push(`${cpFile}: projects[${i}].projectId: duplicate project ${p.projectId} (also projects[${projectIds.get(p.projectId)}])`);
    projectIds.set(p.projectId, i);
    if ((p.usdCurrent === null) !== (p.usdConstant2014 === null))
      out.push(`${cpFile}: projects[${i}].${p.usdCurrent === null ? "usdCurrent" : "usdConstant2014"}: give both dollar amounts or neither`);
    if (p.amountOriginal !== null && p.currency === null) out.push(`${cpFile}: projects[${i}].currency: an amount needs its currency`);
  });
  const recommended = c.chinaProjects.projects.filter((p) => p.recommended).length;
  if (c.chinaProjects.projects.length !== c.chinaProjects.stated.records)
    out.push(`${cpFile}: projects: ${c.chinaProjects.projects.length} records, but AidData states ${c.chinaProjects.stated.records}`);
  if (recommended !== c.chinaProjects.stated.recommendedRecords)
    out.push(`${cpFile}: projects: ${recommended} records recommended for research, but AidData states ${c.chinaProjects.stated.recommendedRecords}`);

  // AidData v3.0 per year: consecutive years, parts within rounding of the total, the stated total.
  const cyFile = f("chinaByYear");
  knownSource(cyFile, "sourceId", [c.chinaByYear.sourceId]);
  c.chinaByYear.rows.forEach((r, i) => {
    if (i > 0 && r.year !== c.chinaByYear.rows[i - 1].year + 1)
      out.push(`${cyFile}: rows[${i}].year: ${r.year} does not follow ${c.chinaByYear.rows[i - 1].year} (duplicate or gap)`);
    const parts = r.odaLike + r.oofLike + r.vague;
    if (Math.abs(parts - r.total) > PART_ROUNDING) out.push(`${cyFile}: rows[${i}].total: ${r.total} is not odaLike + oofLike + vague (${parts})`);
  });
  {
    const s = c.chinaByYear.stated;
    const sum = c.chinaByYear.rows.filter((r) => r.year >= s.from && r.year <= s.to).reduce((a, r) => a + r.total, 0);
    if (roundTo(sum, s.roundedTo) !== s.approxTotal)
      out.push(`${cyFile}: rows: ${s.from}-${s.to} sum to ${sum}, which does not round to the stated ${s.approxTotal}`);
  }

  // Flows by counterpart: known counterparts, one row per year/counterpart/instrument/direction, signs, stated totals.
  const flFile = f("counterpartFlows");
  const cps = new Set<string>();
  c.counterpartFlows.counterparts.forEach((cp, i) => {
    if (cps.has(cp.id)) out.push(`${flFile}: counterparts[${i}].id: duplicate counterpart "${cp.id}"`);
    cps.add(cp.id);
  });
  const flowKeys = new Map<string, number>();
  c.counterpartFlows.rows.forEach((r, i) => {
    const at = `rows[${i}]`;
    if (!cps.has(r.counterpart)) out.push(`${flFile}: ${at}.counterpart: unknown counterpart "${r.counterpart}"`);
    const key = `${r.year}/${r.counterpart}/${r.instrument}/${r.flow}`;
    if (flowKeys.has(key)) out.push(`${flFile}: ${at}: duplicate ${r.counterpart} ${r.instrument} ${r.flow} for ${r.year} (also rows[${flowKeys.get(key)}])`);
    flowKeys.set(key, i);
    knownSource(flFile, `${at}.sourceId`, [r.sourceId]);
    if (r.flow === "outflow" && r.instrument === "grant") out.push(`${flFile}: ${at}.flow: a grant has no outflow (debt service is for loans)`);
    if (r.flow === "outflow" && r.amount > 0) out.push(`${flFile}: ${at}.amount: debt service is an outflow, negative; received ${r.amount}`);
  });
  c.counterpartFlows.stated.forEach((s, i) => {
    if (!cps.has(s.counterpart)) out.push(`${flFile}: stated[${i}].counterpart: unknown counterpart "${s.counterpart}"`);
    const sum = c.counterpartFlows.rows
      .filter((r) => r.counterpart === s.counterpart && r.flow === s.flow && r.year >= s.from && r.year <= s.to && (s.instrument === "grants" ? r.instrument === "grant" : r.instrument !== "grant"))
      .reduce((a, r) => a + r.amount, 0);
    if (roundTo(sum, s.roundedTo) !== s.approxTotal)
      out.push(`${flFile}: stated[${i}]: ${s.counterpart} ${s.instrument} ${s.flow} ${s.from}-${s.to} sum to ${Math.round(sum)}, which does not round to the stated ${s.approxTotal}`);
  });

  // Claims about financiers.
  const clFile = f("financierClaims");
  const claimIds = new Set<string>();
  c.financierClaims.claims.forEach((cl, i) => {
    if (claimIds.has(cl.id)) out.push(`${clFile}: claims[${i}].id: duplicate claim id "${cl.id}"`);
    claimIds.add(cl.id);
    knownSource(clFile, `claims[${i}].claimSourceIds`, cl.claimSourceIds);
    cl.measures.forEach((m, j) => {
      const at = `claims[${i}].measures[${j}]`;
      knownSource(clFile, `${at}.sourceIds`, m.sourceIds);
      if (m.to < m.from) out.push(`${clFile}: ${at}.to: ${m.to} is before from ${m.from}`);
      if ((m.dollars === "constant") !== (m.baseYear !== null)) out.push(`${clFile}: ${at}.baseYear: constant dollars need a base year, nominal ones none`);
      if (m.kind === "aiddata-v1" && m.flows.length === 0) out.push(`${clFile}: ${at}.flows: name the AidData flow types counted`);
    });
  });
  return out;
}
