// The deck: its schema and size limits, the edits the editor makes, the keys, the slides a deck presents, and the
// PowerPoint builder's input.
import { describe, expect, it } from "vitest";
import { checkDeck, DECK_CHARTS, DECK_LIMITS, deckFromJson, deckToJson, type Deck } from "@/lib/briefing/deck";
import { addSlide, editSlide, editTitleSlide, emptyDeck, moveSlide, NEW_DECK_TITLE, removeSlide } from "@/lib/briefing/deck-edits";
import { DEFAULT_DECK } from "@/lib/briefing/default-deck";
import { keyAction, type KeyAction } from "@/lib/briefing/keys";
import { clampSlide, factsKey, presentedSlides, slideFileHref, slideFileSize } from "@/lib/briefing/slides";
import { deckToPptxSpec } from "@/components/briefing/deck-pptx";
import { CHART_SLUGS, chartFileHref } from "@/lib/charts/registry";
import { DEFAULT_VIEW } from "@/lib/view";

const view = { ...DEFAULT_VIEW, groupBy: "year" as const, from: 1970, to: 1975 };
const threeSlides = (): Deck => {
  let d = emptyDeck();
  for (const chart of ["aid-by-period", "military-share", "relations-band"] as const) d = addSlide(d, { chart, view })!;
  return d;
};

describe("deck schema", () => {
  it("accepts the default deck and a deck built by adding slides, and JSON round-trips them", () => {
    for (const d of [DEFAULT_DECK, threeSlides()]) {
      const r = deckFromJson(deckToJson(d));
      expect(r).toEqual({ ok: true, deck: d });
    }
  });

  it("the default deck is the issue's: six chart slides in the order the issue lists", () => {
    expect(DEFAULT_DECK.title).toBe("US aid to Cambodia and the state of relations since 1955");
    expect(DEFAULT_DECK.slides.map((s) => s.id)).toEqual(["eras", "peak-1970-75", "breaks", "restrictions", "recent", "disagree"]);
    expect(DEFAULT_DECK.slides[1]).toMatchObject({ chart: "military-share", view: { from: 1970, to: 1975 } });
  });

  it("knows the same charts as the chart files", () => {
    expect([...DECK_CHARTS]).toEqual([...CHART_SLUGS]);
  });

  it("refuses a deck that breaks the schema, naming the field", () => {
    const bad = { ...threeSlides(), slides: [{ ...threeSlides().slides[0], chart: "pie" }] };
    const r = checkDeck(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.kind).toBe("invalid");
      expect(r.problem.message).toMatch(/slides\.0\.chart/);
    }
    expect(checkDeck({ ...threeSlides(), version: 2 }).ok).toBe(false);
    expect(checkDeck({ ...threeSlides(), extra: "<script>" }).ok).toBe(false);
    expect(checkDeck({ ...threeSlides(), slides: [{ ...threeSlides().slides[0], view: { ...view, from: 1900 } }] }).ok).toBe(false);
  });

  it("refuses text over its limit and more slides than the limit", () => {
    const long = { ...threeSlides(), title: "x".repeat(DECK_LIMITS.title + 1) };
    expect(checkDeck(long).ok).toBe(false);
    const many = { ...threeSlides(), slides: Array.from({ length: DECK_LIMITS.slides + 1 }, (_, i) => ({ id: `s${i}`, chart: "aid-by-period", view })) };
    expect(checkDeck(many).ok).toBe(false);
  });

  it("refuses JSON over the byte limit before parsing it, and text that is not JSON", () => {
    const big = deckFromJson(JSON.stringify({ pad: "x".repeat(DECK_LIMITS.jsonBytes) }));
    expect(big.ok ? null : big.problem.kind).toBe("too-large");
    const junk = deckFromJson("{ not json");
    expect(junk.ok ? null : junk.problem.kind).toBe("undecodable");
  });

  it("says a file cut off part-way is incomplete, at any cut, and a whole but broken one is not JSON", () => {
    const json = deckToJson(DEFAULT_DECK);
    // cuts inside a string, after a key, inside the slides array, one character short of the end
    for (const cut of [10, json.indexOf('"slides"') + 9, Math.floor(json.length / 2), json.length - 1]) {
      const r = deckFromJson(json.slice(0, cut));
      expect(r.ok ? null : r.problem, `cut at ${cut}`).toEqual({ kind: "truncated", message: expect.stringMatching(/^The deck is incomplete: its JSON stops part-way/) });
    }
    for (const broken of [json + "}", json.replace('"version":1', '"version" 1'), json.replace("[", "[,")]) {
      const r = deckFromJson(broken);
      expect(r.ok ? null : r.problem.kind).toBe("undecodable");
    }
  });

  it("keeps markup in deck text as text (it is data, not parsed)", () => {
    const d = editSlide(threeSlides(), 0, { title: '<img src=x onerror="alert(1)">' });
    const r = deckFromJson(deckToJson(d));
    expect(r.ok && r.deck.slides[0].title).toBe('<img src=x onerror="alert(1)">');
  });
});

describe("deck edits", () => {
  it("adds slides with unique ids up to the limit", () => {
    const d = threeSlides();
    expect(new Set(d.slides.map((s) => s.id)).size).toBe(3);
    let full = emptyDeck();
    for (let i = 0; i < DECK_LIMITS.slides; i++) full = addSlide(full, { chart: "aid-by-period", view })!;
    expect(addSlide(full, { chart: "aid-by-period", view })).toBeNull();
  });

  it("moves, removes and edits slides", () => {
    const d = threeSlides();
    const ids = d.slides.map((s) => s.id);
    expect(moveSlide(d, 0, 1).slides.map((s) => s.id)).toEqual([ids[1], ids[0], ids[2]]);
    expect(moveSlide(d, 2, -5).slides.map((s) => s.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect(moveSlide(d, 2, 1)).toBe(d);
    expect(removeSlide(d, 1).slides.map((s) => s.id)).toEqual([ids[0], ids[2]]);
    const e = editSlide(d, 1, { takeaway: "Mine", notes: "Say this" });
    expect(e.slides[1]).toMatchObject({ takeaway: "Mine", notes: "Say this" });
    expect(editSlide(e, 1, { takeaway: "" }).slides[1].takeaway).toBeUndefined();
  });
});

describe("presented slides", () => {
  it("are a title slide, one per chart and a sources slide with every cited source once", () => {
    const d = threeSlides();
    const src = (id: string) => ({ id, title: id, publisher: id });
    const facts = {
      [factsKey("aid-by-period", view)]: { title: "A", takeaway: "ta", source: "Sources: g; f.", sources: [src("g"), src("f")] },
      [factsKey("military-share", view)]: { title: "M", takeaway: "tm", source: "Source: g.", sources: [src("g")] },
    };
    const s = presentedSlides(editSlide(d, 1, { title: "Own title" }), facts);
    expect(s.map((x) => x.kind)).toEqual(["title", "chart", "chart", "chart", "sources"]);
    expect(s[1]).toMatchObject({ title: "A", takeaway: "ta", source: "Sources: g; f." });
    expect(s[2]).toMatchObject({ title: "Own title", takeaway: "tm" });
    const last = s[4];
    expect(last.kind === "sources" && last.sources.map((x) => x.id)).toEqual(["g", "f"]);
    expect(last.kind === "sources" && last.pending).toBe(1);
  });

  it("clamp slide numbers to the deck", () => {
    expect([clampSlide(0, 8), clampSlide(3, 8), clampSlide(99, 8)]).toEqual([1, 3, 8]);
  });

  it("paint the same chart file the dashboard serves, framed for a slide at its aspect, its smallest text 2% of the slide's height", () => {
    // a 1600 px box on a 1,000 px slide: 20 px of screen is 12 px of the 960 px file (20 x 960 / 1600)
    expect(slideFileSize({ width: 1600, height: 800 }, 1000)).toEqual({ width: 960, height: 480, minText: 12 });
    expect(slideFileSize({ width: 1000, height: 10 }, 700)).toEqual({ width: 960, height: 200, minText: 14 });
    // a phone's chart box gets the 360 px layout, at the box's aspect: 2% of 600 is 12 px, 13.1 px of the file
    expect(slideFileSize({ width: 330, height: 440 }, 600)).toEqual({ width: 360, height: 480, minText: 14 });
    const size = { width: 960, height: 480, minText: 12 };
    expect(slideFileHref("military-share", view, size)).toBe(chartFileHref("military-share", "svg", view, { width: 960, height: 480, frame: "slide", minText: 12 }));
  });
});

describe("keys", () => {
  const press = (key: string, digits = ""): KeyAction => keyAction({ key }, digits);
  it("map every key the issue lists", () => {
    for (const k of ["ArrowRight", " ", "PageDown"]) expect(press(k)).toEqual({ type: "next" });
    for (const k of ["ArrowLeft", "PageUp"]) expect(press(k)).toEqual({ type: "previous" });
    expect(press("Home")).toEqual({ type: "first" });
    expect(press("End")).toEqual({ type: "last" });
    expect(press("4")).toEqual({ type: "digit", digits: "4" });
    expect(press("2", "1")).toEqual({ type: "digit", digits: "12" });
    expect(press("Enter", "12")).toEqual({ type: "goto", slide: 12 });
    expect(press("Enter")).toBeNull();
    for (const [k, t] of [["f", "fullscreen"], ["N", "notes"], ["p", "presenter"], ["Escape", "escape"]] as const) expect(press(k)).toEqual({ type: t });
    expect(keyAction({ key: "p", ctrlKey: true }, "")).toBeNull();
  });
});

describe("deckToPptxSpec", () => {
  it("gives the builder the title slide (title, subtitle, presenter, date) and one slide per chart slide with chart, view, title, takeaway and notes", () => {
    const d = editSlide(editSlide(threeSlides(), 0, { title: "Peak", notes: "Notes 1" }), 2, { takeaway: "Own" });
    const facts = { [factsKey("military-share", view)]: { title: "In what form", takeaway: "Military aid was 64%", source: "Source: USAID Greenbook.", sources: [] } };
    const spec = deckToPptxSpec(editTitleSlide(d, { subtitle: "Sub", presenter: "A. Presenter", date: "2026-12-03" }), "https://aid.example.org/", facts);
    expect(spec).toEqual({
      title: "US aid to Cambodia: a briefing",
      subtitle: "Sub",
      presenter: "A. Presenter",
      date: "3 December 2026",
      origin: "https://aid.example.org",
      slides: [
        { chart: "aid-by-period", view, title: "Peak", notes: "Notes 1" },
        { chart: "military-share", view, title: "In what form", takeaway: "Military aid was 64%" },
        { chart: "relations-band", view, takeaway: "Own" },
      ],
    });
    // no date of its own: the day it is exported
    expect(deckToPptxSpec(emptyDeck(), "http://x", {}, new Date(2026, 11, 2, 12))).toEqual({ ...NEW_DECK_TITLE, date: "2 December 2026", origin: "http://x", slides: [] });
  });
});

describe("the title slide", () => {
  it("of a new deck says what it is, not \"My briefing\"", () => {
    const s = presentedSlides(emptyDeck(), {}, new Date(2026, 11, 2, 12))[0];
    expect(s).toEqual({ kind: "title", title: "US aid to Cambodia: a briefing", subtitle: NEW_DECK_TITLE.subtitle, presenter: undefined, date: "2 December 2026", notes: undefined });
  });

  it("carries the presenter and the deck's own date; an emptied field goes back to the default", () => {
    const d = editTitleSlide(emptyDeck(), { title: "Aid and relations", presenter: "A. Presenter", date: "2027-01-15" });
    expect(presentedSlides(d, {})[0]).toMatchObject({ title: "Aid and relations", presenter: "A. Presenter", date: "15 January 2027" });
    expect(checkDeck(d).ok).toBe(true);
    const cleared = editTitleSlide(d, { title: "", presenter: "", date: "" });
    expect(cleared.title).toBe("Aid and relations");
    expect("presenter" in cleared || "date" in cleared).toBe(false);
    // the schema takes a calendar date only
    expect(checkDeck({ ...d, date: "15/01/2027" }).ok).toBe(false);
    expect(checkDeck({ ...d, date: "2027-13-01" }).ok).toBe(false);
  });
});
