// Checks that only show across records or files (duplicates, references, order, overlaps, sums), run on the parsed
// data set before it is used.
import type { Dataset, FileKey } from "./dataset";
import { knownZeroChecks } from "../aid/known-zero";

/** Checks that only show across records or files: duplicates, references, order, overlaps, sums. */
export function crossCheck(ds: Omit<Dataset, "sourceById"> & { coreSourceCount: number }, f: (key: FileKey) => string): string[] {
  const out: string[] = [];
  const sourceIds = new Set<string>();
  ds.sources.forEach((s, i) => {
    const file = i < ds.coreSourceCount ? f("sources") : f("eventSources");
    if (sourceIds.has(s.id)) out.push(`${file}: sources: duplicate source id "${s.id}"`);
    sourceIds.add(s.id);
  });
  const knownSource = (file: string, where: string, ids: readonly string[]) => {
    for (const sid of ids) if (!sourceIds.has(sid)) out.push(`${file}: ${where}: unknown source id "${sid}"`);
  };

  // Annual series: one row per fiscal year, consecutive, null exactly when there is no data.
  const annualFile = f("annual");
  const seenYears = new Map<number, number>();
  ds.annual.rows.forEach((r, i) => {
    const at = `rows[${i}]`;
    if (seenYears.has(r.fiscalYear)) out.push(`${annualFile}: ${at}.fiscalYear: duplicate year ${r.fiscalYear} (also rows[${seenYears.get(r.fiscalYear)}])`);
    seenYears.set(r.fiscalYear, i);
    if (i > 0) {
      const prevYear = ds.annual.rows[i - 1].fiscalYear;
      if (r.fiscalYear < prevYear) out.push(`${annualFile}: ${at}.fiscalYear: years must increase (${r.fiscalYear} after ${prevYear})`);
      else if (r.fiscalYear > prevYear + 1)
        out.push(`${annualFile}: ${at}.fiscalYear: gap before ${r.fiscalYear}; list a year without records with status "no-data"`);
    }
    knownSource(annualFile, `${at}.sourceId`, [r.sourceId]);
    if ((r.status === "known-zero") !== (r.knownZero !== undefined))
      out.push(`${annualFile}: ${at}.knownZero: ${r.status === "known-zero" ? 'a "known-zero" year must say why (knownZero)' : `only a "known-zero" year has knownZero (status is "${r.status}")`}`);
    if (r.status === "known-zero") {
      for (const k of ["economic", "military", "total"] as const)
        if (r[k] !== 0) out.push(`${annualFile}: ${at}.${k}: a "known-zero" year must have 0, received ${r[k]}`);
    } else if (r.status === "no-data") {
      for (const k of ["economic", "military", "total"] as const)
        if (r[k] !== null) out.push(`${annualFile}: ${at}.${k}: a "no-data" year must have null, received ${r[k]}`);
    } else {
      if (r.total === null) out.push(`${annualFile}: ${at}.total: a year with records needs a total`);
      if ((r.economic === null) !== (r.military === null))
        out.push(`${annualFile}: ${at}.${r.economic === null ? "economic" : "military"}: give both economic and military or neither`);
      if (r.economic !== null && r.military !== null && r.total !== null && r.economic + r.military !== r.total)
        out.push(`${annualFile}: ${at}.total: ${r.total} is not economic + military (${r.economic + r.military})`);
    }
  });
  ds.annual.sourceChanges.forEach((c, i) => knownSource(annualFile, `sourceChanges[${i}]`, [c.from, c.to]));

  // Seed figures.
  const seedFile = f("seed");
  knownSource(seedFile, "sourceId", [ds.seed.sourceId]);
  const seedIds = new Set<string>();
  [...ds.seed.figures, ...ds.seed.nonAid].forEach((fig) => {
    if (seedIds.has(fig.id)) out.push(`${seedFile}: duplicate figure id "${fig.id}"`);
    seedIds.add(fig.id);
  });
  ds.seed.figures.forEach((fig, i) => {
    if (fig.endYear < fig.startYear) out.push(`${seedFile}: figures[${i}].endYear: ${fig.endYear} is before startYear ${fig.startYear}`);
  });

  // Programmes and accounts.
  const progFile = f("programmes");
  knownSource(progFile, "sourceId", [ds.programmes.sourceId]);
  const programmes = new Map(ds.programmes.programmes.map((p) => [p.id, p]));
  if (programmes.size !== ds.programmes.programmes.length) out.push(`${progFile}: programmes: duplicate programme id`);
  const accounts = new Map<string, (typeof ds.programmes.accounts)[number]>();
  ds.programmes.accounts.forEach((a, i) => {
    if (accounts.has(a.id)) out.push(`${progFile}: accounts[${i}].id: duplicate account id "${a.id}"`);
    accounts.set(a.id, a);
    const p = programmes.get(a.programmeId);
    if (!p) out.push(`${progFile}: accounts[${i}].programmeId: unknown programme "${a.programmeId}"`);
    else if (p.kind !== a.kind) out.push(`${progFile}: accounts[${i}].kind: ${a.kind} account in ${p.kind} programme "${p.id}"`);
  });
  const seenAccountYears = new Set<string>();
  const sums = new Map<string, number>();
  ds.programmes.rows.forEach((r, i) => {
    const key = `${r.fiscalYear}/${r.accountId}`;
    if (seenAccountYears.has(key)) out.push(`${progFile}: rows[${i}]: duplicate row for FY${r.fiscalYear} account "${r.accountId}"`);
    seenAccountYears.add(key);
    const a = accounts.get(r.accountId);
    if (!a) {
      out.push(`${progFile}: rows[${i}].accountId: unknown account "${r.accountId}"`);
      return;
    }
    const sk = `${r.fiscalYear}/${a.kind}`;
    sums.set(sk, (sums.get(sk) ?? 0) + r.amount);
  });
  for (const r of ds.annual.rows) {
    if (r.sourceId !== ds.programmes.sourceId || r.status === "no-data") continue;
    for (const kind of ["economic", "military"] as const) {
      const want = r[kind];
      const got = sums.get(`${r.fiscalYear}/${kind}`) ?? 0;
      if (want !== null && want !== got)
        out.push(`${progFile}: rows: FY${r.fiscalYear} ${kind} accounts sum to ${got}, but ${annualFile} has ${want}`);
    }
  }

  // CPI.
  const cpiFile = f("cpi");
  knownSource(cpiFile, "sourceId", [ds.cpi.sourceId]);
  ds.cpi.rows.forEach((r, i) => {
    if (i > 0 && r.year !== ds.cpi.rows[i - 1].year + 1)
      out.push(`${cpiFile}: rows[${i}].year: ${r.year} does not follow ${ds.cpi.rows[i - 1].year} (duplicate or gap)`);
  });

  // ForeignAssistance.gov editions.
  const faFile = f("foreignAssistance");
  const faSeen = new Set<string>();
  ds.foreignAssistance.rows.forEach((r, i) => {
    const key = `${r.sourceId}/${r.fiscalYear}`;
    if (faSeen.has(key)) out.push(`${faFile}: rows[${i}]: duplicate year ${r.fiscalYear} for ${r.sourceId}`);
    faSeen.add(key);
    knownSource(faFile, `rows[${i}].sourceId`, [r.sourceId]);
  });

  // Events.
  const evFile = f("events");
  const evIds = new Set<string>();
  ds.events.events.forEach((e, i) => {
    const at = `events[${i}]`;
    if (evIds.has(e.id)) out.push(`${evFile}: ${at}.id: duplicate event id "${e.id}"`);
    evIds.add(e.id);
    knownSource(evFile, `${at}.sourceIds`, e.sourceIds);
    const parts = e.start.split("-").length;
    const want = { day: 3, month: 2, year: 1 } as const;
    if (e.precision in want && parts !== want[e.precision as keyof typeof want])
      out.push(`${evFile}: ${at}.start: "${e.start}" does not match precision "${e.precision}"`);
    if ((e.precision === "range" || e.precision === "approximate") && e.end === null)
      out.push(`${evFile}: ${at}.end: a ${e.precision} date needs an end`);
    if (e.precision === "approximate" && e.label === null) out.push(`${evFile}: ${at}.label: an approximate date needs a label`);
    if (e.end !== null && e.end < e.start) out.push(`${evFile}: ${at}.end: ${e.end} is before start ${e.start}`);
    e.alternatives.forEach((a, j) => {
      knownSource(evFile, `${at}.alternatives[${j}].sourceIds`, a.sourceIds);
      if (a.date === e.start) out.push(`${evFile}: ${at}.alternatives[${j}].date: ${a.date} is the event's own date`);
    });
  });
  out.push(...duplicateEvents(ds.events.events, evFile));

  // Relations: an ordered scale and consecutive, non-overlapping segments up to coverageEnd.
  const relFile = f("relations");
  const statuses = new Set(ds.relations.scale.map((s) => s.status));
  if (statuses.size !== ds.relations.scale.length) out.push(`${relFile}: scale: duplicate status`);
  const ranks = ds.relations.scale.map((s) => s.rank);
  if (new Set(ranks).size !== ranks.length) out.push(`${relFile}: scale: duplicate rank`);
  ds.relations.segments.forEach((s, i) => {
    const at = `segments[${i}]`;
    if (!statuses.has(s.status)) out.push(`${relFile}: ${at}.status: "${s.status}" is not on the scale`);
    if (s.end <= s.start) out.push(`${relFile}: ${at}.end: ${s.end} is not after start ${s.start}`);
    knownSource(relFile, `${at}.sourceIds`, s.sourceIds);
    s.startBoundary.alternatives.forEach((a, j) => knownSource(relFile, `${at}.startBoundary.alternatives[${j}].sourceIds`, a.sourceIds));
    if (i > 0) {
      const prev = ds.relations.segments[i - 1];
      if (s.start < prev.end) out.push(`${relFile}: ${at}.start: ${s.start} overlaps segments[${i - 1}] (ends ${prev.end})`);
      else if (s.start > prev.end) out.push(`${relFile}: ${at}.start: gap after segments[${i - 1}] (ends ${prev.end})`);
    }
  });
  out.push(...knownZeroChecks(ds, annualFile, knownSource));

  const last = ds.relations.segments[ds.relations.segments.length - 1];
  if (last && last.end !== ds.relations.coverageEnd)
    out.push(`${relFile}: segments[${ds.relations.segments.length - 1}].end: ${last.end} is not coverageEnd ${ds.relations.coverageEnd}`);

  // Disputes.
  const dFile = f("disputes");
  ds.disputes.disputes.forEach((d, i) => {
    knownSource(dFile, `disputes[${i}].claimSourceIds`, d.claimSourceIds);
    knownSource(dFile, `disputes[${i}].contrarySourceIds`, d.contrarySourceIds);
    if (d.check && !programmes.has(d.check.programmeId)) out.push(`${dFile}: disputes[${i}].check.programmeId: unknown programme "${d.check.programmeId}"`);
    if (d.check && d.check.to < d.check.from) out.push(`${dFile}: disputes[${i}].check.to: ${d.check.to} is before from ${d.check.from}`);
  });
  return out;
}

const TITLE_STOPWORDS = new Set(["the", "and", "for", "with", "from", "into", "its", "of", "to", "in", "on", "at", "a", "an", "us", "u.s."]);
const titleWords = (t: string) => new Set(t.toLowerCase().split(/[^a-z0-9.]+/).filter((w) => w.length > 1 && !TITLE_STOPWORDS.has(w)));

/** Share of the shorter title's words that the other title also has: 1 for the same words, 0 for none in common. */
export function titleSimilarity(a: string, b: string): number {
  const wa = titleWords(a);
  const wb = titleWords(b);
  const shorter = wa.size <= wb.size ? wa : wb;
  const longer = shorter === wa ? wb : wa;
  if (shorter.size === 0) return 0;
  let common = 0;
  for (const w of shorter) if (longer.has(w)) common++;
  return common / shorter.size;
}

/** One event, one record: two events of the same date and category whose titles share most of their words are the
 * same event recorded twice (merge them, listing both sources, and any other date as an alternative). */
export function duplicateEvents(events: readonly { id: string; start: string; category: string; title: string }[], file: string): string[] {
  const out: string[] = [];
  const byKey = new Map<string, number[]>();
  events.forEach((e, i) => byKey.set(`${e.start}/${e.category}`, [...(byKey.get(`${e.start}/${e.category}`) ?? []), i]));
  for (const idx of byKey.values())
    for (let x = 0; x < idx.length; x++)
      for (let y = x + 1; y < idx.length; y++) {
        const [a, b] = [events[idx[x]], events[idx[y]]];
        if (titleSimilarity(a.title, b.title) >= 0.6)
          out.push(`${file}: events[${idx[y]}]: "${b.id}" looks like a duplicate of events[${idx[x]}] "${a.id}" (same date ${a.start}, category ${a.category} and a similar title)`);
      }
  return out;
}

/** Reads every data file from a directory (tests point this at fixtures) and validates the set. */
