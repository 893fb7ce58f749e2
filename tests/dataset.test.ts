import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR, problemsAfter, problemsOf, realDataset, realTexts, realValue } from "./helpers";

describe("the curated data set", () => {
  it("validates as committed", () => {
    expect(problemsOf(realTexts())).toEqual([]);
  });

  it("has every year FY1955-2024 once, FY2021-2024 without a split, FY2024 provisional", () => {
    const rows = realDataset().annual.rows;
    expect(rows.map((r) => r.fiscalYear)).toEqual(Array.from({ length: 70 }, (_, i) => 1955 + i));
    const fy = (y: number) => rows.find((r) => r.fiscalYear === y)!;
    // FY1966: no records, but relations were severed: a known zero with its reason, events and phase
    expect(fy(1966)).toMatchObject({ status: "known-zero", economic: 0, military: 0, total: 0 });
    expect(fy(1966).knownZero).toMatchObject({ eventIds: expect.arrayContaining(["relations-severed-1965"]), phaseIds: ["relations-severed"] });
    expect(rows.filter((r) => r.status === "known-zero").map((r) => r.fiscalYear)).toEqual([1965, 1966, 1967, 1968, 1969, 1976, 1977, 1978, 1979]);
    // FY1989: no records and nothing rules aid out: no data
    expect(fy(1989).status).toBe("no-data");
    expect(fy(1989).total).toBeNull();
    expect(fy(2021)).toMatchObject({ economic: null, military: null, total: 116_116_913, sourceId: "fa-gov-2022" });
    expect(fy(2024).status).toBe("provisional");
    expect(fy(1974)).toMatchObject({ economic: 275_501_000, military: 377_596_000, total: 653_097_000 });
  });

  it("holds ten seed aid figures, zero included, and keeps the debt apart", () => {
    const { figures, nonAid } = realDataset().seed;
    expect(figures).toHaveLength(10);
    expect(figures.find((f) => f.id === "fmf-fy2004")!.amount).toBe(0);
    expect(nonAid.map((n) => [n.kind, n.amount])).toEqual([["debt", 500_000_000]]);
  });

  it("has events for the seed's dated paragraphs and the Historian's milestones", () => {
    const events = realDataset().events.events;
    const seedParas = new Set(events.map((e) => e.seedParagraph).filter((p) => p !== null));
    for (const p of [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16]) expect(seedParas, `paragraph ${p}`).toContain(p);
    const severed = events.find((e) => e.start === "1965-05-03")!;
    expect(severed.sourceIds).toEqual(expect.arrayContaining(["state-oh-relations-guide", "seed-globalsecurity"]));
    expect(events.filter((e) => e.sourceIds.includes("state-oh-relations-guide")).length).toBeGreaterThanOrEqual(13);
  });

  it("records the disputed restoration of relations with both alternative dates", () => {
    const seg = realDataset().relations.segments.find((s) => s.start === "1993-09-24")!;
    expect(seg.startBoundary.disputed).toBe(true);
    expect(seg.startBoundary.alternatives.map((a) => a.date).sort()).toEqual(["1992", "1994-05-17"]);
  });
});

describe("validation errors name file, record and field", () => {
  it("a wrong type", () => {
    expect(problemsAfter("annual", ["rows", 12, "military"], "n/a")).toContain(
      'data/annual-aid.json: rows[12].military: expected number, received "n/a"',
    );
  });
  it("a missing field", () => {
    expect(problemsAfter("seed", ["figures", 2, "amount"], undefined)).toContain(
      "data/seed-figures.json: figures[2].amount: expected number, received nothing (the field is missing)",
    );
  });
  it("invalid JSON", () => {
    const texts = realTexts();
    texts.cpi = texts.cpi!.slice(0, 200);
    const [p] = problemsOf(texts);
    // the record and field where the text breaks off, the line, and what JSON.parse said
    expect(p).toMatch(/^data\/cpi-u\.json: rows\[\d+\]\.\w+: invalid JSON at line \d+ near ".+": /);
  });
  it("an empty file", () => {
    const texts = realTexts();
    texts.events = "  \n";
    expect(problemsOf(texts)).toEqual(["data/events.json: the file is empty"]);
  });
  it("a duplicate year", () => {
    expect(problemsAfter("annual", ["rows", 13, "fiscalYear"], 1967)).toContain(
      "data/annual-aid.json: rows[13].fiscalYear: duplicate year 1967 (also rows[12])",
    );
  });
  it("an unknown source id", () => {
    expect(problemsAfter("events", ["events", 0, "sourceIds"], ["nowhere-press"])).toContain(
      'data/events.json: events[0].sourceIds: unknown source id "nowhere-press"',
    );
  });
  it("an end before a start", () => {
    expect(problemsAfter("seed", ["figures", 0, "endYear"], 1950)).toContain(
      "data/seed-figures.json: figures[0].endYear: 1950 is before startYear 1955",
    );
  });
  it("overlapping relations segments", () => {
    const prevEnd = realValue("relations", ["segments", 1, "end"]) as string;
    expect(prevEnd).toBe("1965-05-03");
    expect(problemsAfter("relations", ["segments", 2, "start"], "1964-01-01")).toContain(
      "data/relations.json: segments[2].start: 1964-01-01 overlaps segments[1] (ends 1965-05-03)",
    );
  });
  it("an unknown enum value", () => {
    expect(problemsAfter("events", ["events", 0, "confidence"], "certain")).toContain(
      'data/events.json: events[0].confidence: expected one of "high", "medium", "low", received "certain"',
    );
  });
  it("programme accounts that no longer add up to the annual total", () => {
    expect(problemsAfter("annual", ["rows", 19, "economic"], 1)).toEqual(
      expect.arrayContaining([expect.stringContaining("data/annual-aid.json: rows[19].total:")]),
    );
  });
  it("a known zero not backed by a cited event and phase of relations", () => {
    // rows[11] is FY1966 (1 July 1965 to 30 June 1966), a known zero while relations were severed
    expect(realValue("annual", ["rows", 11, "fiscalYear"])).toBe(1966);
    expect(problemsAfter("annual", ["rows", 11, "knownZero", "eventIds"], ["no-such-event"])).toContain(
      'data/annual-aid.json: rows[11].knownZero.eventIds[0]: unknown event "no-such-event"',
    );
    // an event after the year cannot establish it: the 1979 relief act is dated 13 November 1979
    expect(problemsAfter("annual", ["rows", 11, "knownZero", "eventIds"], ["cambodia-relief-authorised-1979"])).toContain(
      "data/annual-aid.json: rows[11].knownZero.eventIds: no cited event is dated before the end of FY1966",
    );
    expect(problemsAfter("annual", ["rows", 11, "knownZero", "phaseIds"], ["no-us-presence"])).toContain(
      'data/annual-aid.json: rows[11].knownZero.phaseIds[0]: phase "no-us-presence" (1975-04-12 to 1991-11-11) does not overlap FY1966',
    );
    expect(problemsAfter("annual", ["rows", 11, "knownZero", "sourceIds"], ["usaid-greenbook-2020"])).toContain(
      'data/annual-aid.json: rows[11].knownZero.sourceIds: cite "state-oh-relations-guide", the source of event "relations-severed-1965"',
    );
    expect(problemsAfter("annual", ["rows", 11, "total"], 5)).toContain('data/annual-aid.json: rows[11].total: a "known-zero" year must have 0, received 5');
    expect(problemsAfter("annual", ["rows", 11, "knownZero"], undefined)).toContain('data/annual-aid.json: rows[11].knownZero: a "known-zero" year must say why (knownZero)');
    // FY1989 (rows[34]) has no records and no reason: no data, and it cannot carry one
    expect(realValue("annual", ["rows", 34, "status"])).toBe("no-data");
    expect(problemsAfter("annual", ["rows", 34, "knownZero"], realValue("annual", ["rows", 11, "knownZero"]))).toContain(
      'data/annual-aid.json: rows[34].knownZero: only a "known-zero" year has knownZero (status is "no-data")',
    );
  });
  it("a missing file", () => {
    const texts = realTexts();
    texts.disputes = null;
    expect(problemsOf(texts)).toEqual(["data/disputes.json: the file is missing"]);
  });
});

describe("npm run check:data", () => {
  const run = (dir: string) => spawnSync("npx", ["tsx", "scripts/check-data.ts", "--dir", dir], { encoding: "utf8" });
  it("passes on the committed data", () => {
    const r = run(DATA_DIR);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/data OK: .*70 fiscal years/);
  });
  it("stops with file, record and field on a bad file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bad-data-"));
    cpSync(DATA_DIR, dir, { recursive: true });
    const annual = JSON.parse(realTexts().annual!);
    annual.rows[12].military = "n/a";
    writeFileSync(path.join(dir, "annual-aid.json"), JSON.stringify(annual));
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/annual-aid\.json: rows\[12\]\.military: expected number, received "n\/a"/);
  });
});

describe("malformed files stop the build with file, record and field", () => {
  const withText = (key: "annual" | "relations", text: string) => problemsOf({ ...realTexts(), [key]: text });

  it("a byte-order mark", () => {
    expect(withText("annual", `\uFEFF${realTexts().annual}`)).toEqual([expect.stringMatching(/^data\/annual-aid\.json: starts with a byte-order mark/)]);
  });

  it("NaN where a number belongs names the record and field", () => {
    const text = realTexts().annual!.replace(/("fiscalYear":\s*1967,[^}]*?"military":\s*)(null|[\d.]+)/, "$1NaN");
    expect(text).toContain("NaN");
    const [problem] = withText("annual", text);
    expect(problem).toMatch(/^data\/annual-aid\.json: rows\[12\]\.military: invalid JSON at line \d+ near ".*NaN.*"/);
  });

  it("a key given twice in one record", () => {
    const text = realTexts().annual!.replace(/"fiscalYear":\s*1960,/, '"fiscalYear": 1960, "fiscalYear": 1961,');
    expect(withText("annual", text)).toEqual([expect.stringMatching(/^data\/annual-aid\.json: rows\[5\]\.fiscalYear: the key "fiscalYear" is given more than once/)]);
  });

  it("a 50 MB file", () => {
    const text = `{"rows": [${'"x",'.repeat(12_500_000)}"x"]}`;
    expect(withText("relations", text)).toEqual([expect.stringMatching(/^data\/relations\.json: the file is 50\.0 MB; a data file may be at most 5 MB/)]);
  });
});

describe("event texts quote the seed's figures at the seed's own precision", () => {
  it("no event calls an exact seed figure 'about' or 'over' it", () => {
    const ds = realDataset();
    const words = (n: number) => [`$${n / 1e9}B`, `$${n / 1e6}M`, `$${(n / 1e6).toLocaleString("en-US")} million`].filter((w) => !/\.\d{3,}/.test(w));
    const exact = [...ds.seed.figures.filter((f) => f.precision === "exact" && f.amount > 0), ...ds.seed.nonAid];
    expect(exact.length).toBeGreaterThan(4);
    let checked = 0;
    for (const f of exact)
      // an event quotes a figure when it cites the seed paragraph the figure comes from
      for (const e of ds.events.events.filter((ev) => ev.seedParagraph === f.paragraph))
        for (const w of words(f.amount)) {
          const text = `${e.title} ${e.description}`;
          if (!text.includes(w)) continue;
          checked += 1;
          expect(text, `${e.id} quotes ${w}`).not.toMatch(new RegExp(`(about|around|roughly|over|nearly|some)\\s+${w.replace(/[.$]/g, (c) => `\\${c}`)}`, "i"));
        }
    expect(checked).toBeGreaterThanOrEqual(3); // $1.18B, $503M (1970-75) and the $500M debt at least
  });
});
