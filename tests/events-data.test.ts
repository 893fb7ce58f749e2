// The events of 1950-2026 as one data set: every event sourced, one record per event, every range in order, and the
// events the 1950-2016 transcription had to bring (the 1970 coup, the bombing and its cut-off, the Mayaguez incident).
import { describe, expect, it } from "vitest";
import { duplicateEvents, titleSimilarity } from "@/lib/data/checks";
import type { AidEvent } from "@/lib/data/schema";
import { problemsAfter, problemsOf, realDataset, realTexts, realValue } from "./helpers";

const events = () => realDataset().events.events;
const indexOf = (id: string) => events().findIndex((e) => e.id === id);

describe("events 1950-2016", () => {
  it("has the 1970 coup, the start of the bombing, its August 1973 cut-off and the Mayaguez incident, each sourced", () => {
    const byId = new Map(events().map((e) => [e.id, e]));
    expect(byId.get("sihanouk-deposed-1970")).toMatchObject({ start: "1970-03-18", category: "political" });
    expect(byId.get("breakfast-bombing-order-1969")).toMatchObject({ start: "1969-03-15", category: "military" });
    expect(byId.get("bombing-cutoff-law-1973")).toMatchObject({ start: "1973-07-01", category: "legislative" });
    expect(byId.get("bombing-ends-1973")).toMatchObject({ start: "1973-08-15", precision: "day" });
    expect(byId.get("mayaguez-incident-1975")).toMatchObject({ start: "1975-05-12", end: "1975-05-15", precision: "range", confidence: "medium" });
    for (const e of events()) expect(e.sourceIds.length, e.id).toBeGreaterThan(0);
  });

  it("holds 60 transcribed rows as 54 new records: 6 were already there or the same event (one event, one record)", () => {
    // 117 events before this transcription + 54 = 171; the six rows folded in: McClintock's credentials (1954), the
    // embassy reopening (1969), Ford acknowledging the fall (17 Apr 1975) were already there; Eagle Pull (12 Apr 1975)
    // and the CRS dating of the 2007 lifting enrich existing records; Nixon's 30 June 1970 report closes the incursion.
    // + 1 from the known-zero work (Congress authorising relief, 13 November 1979); the 20 November 1963 note that both
    // added is one record ("aid-ended-at-cambodia-request-1963"): 117 + 54 + 1 = 172
    expect(events()).toHaveLength(172);
    const evac = events()[indexOf("embassy-evacuated-1975")];
    expect(evac.sourceIds).toEqual(["state-oh-relations-guide", "seed-globalsecurity", "ppp-ford-1975-04-12-evacuation-letter"]);
    expect(events()[indexOf("aid-restrictions-lifted-2007")]).toMatchObject({ start: "2007-02", precision: "month" });
    expect(events()[indexOf("cambodian-incursion-1970")]).toMatchObject({ start: "1970-04-30", end: "1970-06-30" });
    expect(events().filter((e) => e.start === "1975-04-12")).toHaveLength(1);
  });

  it("keeps both dates where two sources date one event differently", () => {
    const e = events()[indexOf("embassy-status-1952")];
    expect(e.start).toBe("1952-06-24");
    expect(e.alternatives).toEqual([expect.objectContaining({ date: "1952-06-25", sourceIds: ["state-oh-chiefs-of-mission"] })]);
  });

  it("is in date order, and the relations phases its dates sharpen cite them", () => {
    const starts = events().map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
    const seg = (id: string) => realDataset().relations.segments.find((s) => s.id === id)!;
    expect(seg("normalised-cooperation")).toMatchObject({ start: "2007-02-01", startBoundary: { precision: "month", label: "February 2007" } });
    expect(seg("normalised-cooperation").sourceIds).toContain("crs-rl32986-2008");
    expect(seg("post-1997-restrictions").end).toBe("2007-02-01");
    expect(seg("early-1960s-deterioration").sourceIds).toEqual(expect.arrayContaining(["frus-1961-63-v23-d111", "frus-1961-63-v23-d140"]));
    expect(seg("no-us-presence").sourceIds).toContain("ppp-ford-1975-04-12-evacuation-letter");
  });
});

describe("events cross-checks, each failing on its fixture", () => {
  it("the committed events pass", () => {
    expect(problemsOf(realTexts())).toEqual([]);
  });

  it("an event without a source (the schema's rule), or citing one that is not in the sources files", () => {
    expect(problemsAfter("events", ["events", 0, "sourceIds"], [])).toContain(
      "data/events.json: events[0].sourceIds: Too small: expected array to have >=1 items, received []",
    );
    expect(problemsAfter("events", ["events", 0, "sourceIds"], ["nowhere"])).toContain(
      'data/events.json: events[0].sourceIds: unknown source id "nowhere"',
    );
  });

  it("an alternative date citing an unknown source, or repeating the event's own date", () => {
    const i = indexOf("embassy-status-1952");
    expect(problemsAfter("events", ["events", i, "alternatives", 0, "sourceIds"], ["nowhere"])).toContain(
      `data/events.json: events[${i}].alternatives[0].sourceIds: unknown source id "nowhere"`,
    );
    expect(problemsAfter("events", ["events", i, "alternatives", 0, "date"], "1952-06-24")).toContain(
      `data/events.json: events[${i}].alternatives[0].date: 1952-06-24 is the event's own date`,
    );
  });

  it("the same event twice: same date, category and a similar title", () => {
    const i = indexOf("mayaguez-incident-1975");
    const copy = { ...(realValue("events", ["events", i]) as AidEvent), id: "mayaguez-again", title: "Mayaguez incident" };
    const list = realValue("events", ["events"]) as AidEvent[];
    const problems = problemsAfter("events", ["events"], [...list.slice(0, i + 1), copy, ...list.slice(i + 1)]);
    expect(problems).toContain(
      `data/events.json: events[${i + 1}]: "mayaguez-again" looks like a duplicate of events[${i}] "mayaguez-incident-1975" (same date 1975-05-12, category military and a similar title)`,
    );
  });

  it("a range that ends before it starts", () => {
    const i = indexOf("mayaguez-incident-1975");
    expect(problemsAfter("events", ["events", i, "end"], "1975-05-01")).toContain(
      `data/events.json: events[${i}].end: 1975-05-01 is before start 1975-05-12`,
    );
  });

  it("similar titles: the words of the shorter title found in the other, stop words aside", () => {
    // "The Mayaguez incident" -> {mayaguez, incident}; "Mayaguez incident" -> same: 2/2 = 1
    expect(titleSimilarity("The Mayaguez incident", "Mayaguez incident")).toBe(1);
    // {senate, passes, cooper-church...}: split on '-' gives cooper, church; vs {us, troops...}: nothing shared
    expect(titleSimilarity("Senate passes the Cooper-Church amendment", "US troops leave Cambodia")).toBe(0);
    // same date and category, different events: not flagged
    const a = { id: "a", start: "1970-06-30", category: "military", title: "Incursion ends" };
    const b = { id: "b", start: "1970-06-30", category: "military", title: "Senate votes on funding" };
    expect(duplicateEvents([a, b], "f")).toEqual([]);
    // same titles on different dates: not flagged either (the rule is date + category + title)
    expect(duplicateEvents([a, { ...a, id: "c", start: "1970-07-01" }], "f")).toEqual([]);
  });
});
