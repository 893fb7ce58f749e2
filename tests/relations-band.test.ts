import { describe, expect, it } from "vitest";
import { yearPeriods } from "@/lib/aid/periods";
import { MARGIN, Y_AXIS_WIDTH } from "@/lib/charts/layout";
import { themeColor } from "@/lib/charts/palette";
import {
  BAND_HEIGHT,
  buildRelationsBandModel,
  durationText,
  relationsBandHeight,
  relationsSummary,
  renderRelationsBand,
} from "@/lib/charts/relations-band";
import { dayNumber } from "@/lib/util/dates";
import type { RelationsFile } from "@/lib/data/schema";
import { toSvgString, type SvgNode } from "@/lib/svg/tree";
import { realDataset } from "./helpers";

const ds = realDataset();
const sources = ds.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher }));
const yearly = yearPeriods(1955, 2024).map((p) => ({ from: p.from, to: p.to }));
const model = (over: Partial<Parameters<typeof buildRelationsBandModel>[0]> = {}) =>
  buildRelationsBandModel({ relations: ds.relations, events: ds.events.events, periods: yearly, width: 960, sources, ...over });

// Layout by hand, width 960: plot left = MARGIN.left + Y_AXIS_WIDTH = 8 + 76 = 84; plot width = 960 - 84 - 16 = 860;
// 70 fiscal years FY1955..FY2024, so each year's band is 860 / 70 = 12.2857... px.
const LEFT = 84;
const BAND = 860 / 70;

function findAll(node: SvgNode | string, pred: (n: SvgNode) => boolean, out: SvgNode[] = []): SvgNode[] {
  if (typeof node === "string") return out;
  if (pred(node)) out.push(node);
  for (const c of node.children ?? []) findAll(c, pred, out);
  return out;
}
const textOf = (n: SvgNode): string => (n.children ?? []).map((c) => (typeof c === "string" ? c : textOf(c))).join("");

describe("relations band model (FY1955-2024 by year, 960 px)", () => {
  const m = model();

  it("uses chart 1's plot edges", () => {
    expect(MARGIN.left + Y_AXIS_WIDTH).toBe(LEFT);
    expect(m.plot).toEqual({ left: 84, right: 944 });
    expect(m.range).toMatchObject({ start: "1954-07-01", end: "2024-09-30" });
  });

  it("draws the severed phase from 3 May 1965 to 2 July 1969", () => {
    // FY1965 = 1964-07-01..1965-06-30 is slot 10 (1965 - 1955) and has 365 days (no 29 February inside).
    // 1965-05-03 is Jul 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 28 + Mar 31 + Apr 30 + 2 = 306 days in.
    expect(dayNumber("1965-05-03") - dayNumber("1964-07-01")).toBe(306);
    const x0 = LEFT + (10 + 306 / 365) * BAND; // 84 + 10.838... * 12.2857 = 217.155...
    // FY1970 = 1969-07-01..1970-06-30 is slot 15, 365 days; 1969-07-02 is 1 day in.
    const x1 = LEFT + (15 + 1 / 365) * BAND; // 268.319...
    expect(x0).toBeCloseTo(217.155, 2);
    expect(x1).toBeCloseTo(268.3197, 3);
    const severed = m.phases.filter((p) => p.status === "severed");
    expect(severed).toHaveLength(1);
    expect(severed[0].id).toBe("relations-severed");
    expect(severed[0].x).toBeCloseTo(x0, 9);
    expect(severed[0].x + severed[0].width).toBeCloseTo(x1, 9);
    expect(severed[0].title).toContain("Severed: 3 May 1965 to 2 July 1969");
    expect(severed[0].inkVar).toBe("--status-ink-dark");
  });

  it("draws no mission from 12 April 1975 to 11 November 1991", () => {
    // FY1975 = 1974-07-01..1975-06-30, slot 20, 365 days; 1975-04-12 is 31+31+30+31+30+31+31+28+31 + 11 = 285 days in.
    expect(dayNumber("1975-04-12") - dayNumber("1974-07-01")).toBe(285);
    // FY1992 = 1991-10-01..1992-09-30, slot 37, 366 days (29 February 1992); 1991-11-11 is 31 + 10 = 41 days in.
    expect(dayNumber("1992-10-01") - dayNumber("1991-10-01")).toBe(366);
    expect(dayNumber("1991-11-11") - dayNumber("1991-10-01")).toBe(41);
    const x0 = LEFT + (20 + 285 / 365) * BAND;
    const x1 = LEFT + (37 + 41 / 366) * BAND;
    const p = m.phases.find((q) => q.status === "no-mission")!;
    expect(p.start).toBe("1975-04-12");
    expect(p.end).toBe("1991-11-11");
    expect(p.x).toBeCloseTo(x0, 9);
    expect(p.x + p.width).toBeCloseTo(x1, 9);
    expect(p.title).toContain("No mission: 12 April 1975 to 11 November 1991");
  });

  it("clips the first phase to the range and colours every phase by its status", () => {
    expect(m.phases[0].id).toBe("recognition-and-early-ties");
    expect(m.phases[0].x).toBe(LEFT);
    expect(m.phases.map((p) => p.fillVar)).toContain("--status-limited");
    for (const p of m.phases) {
      expect(p.fillVar).toBe(`--status-${p.status}`);
      expect(p.inkVar).toBe(p.status === "no-mission" || p.status === "severed" ? "--status-ink-dark" : "--status-ink-light");
    }
    // consecutive: each phase starts where the previous one ends
    for (let i = 1; i < m.phases.length; i++) expect(m.phases[i].x).toBeCloseTo(m.phases[i - 1].x + m.phases[i - 1].width, 9);
    // FY2024 ends 2024-09-30, inside the thaw-less strained phase: the last drawn phase ends at the plot's right edge
    const last = m.phases[m.phases.length - 1];
    expect(last.status).toBe("strained");
    expect(last.x + last.width).toBeCloseTo(944, 9);
  });

  it("lists the disputed 1993 boundary's alternatives, 1992 placed at 1 January", () => {
    const b = m.boundaries.find((q) => q.segmentId === "full-relations-restored")!;
    expect(b.kind).toBe("disputed");
    expect(b.title).toMatch(/^Disputed: 24 September 1993 \(primary/);
    expect(b.title).toContain("also 1992");
    expect(b.title).toContain("17 May 1994");
    expect(b.title).toContain("GlobalSecurity.org");
    expect(b.title).toContain("U.S. Department of State, Office of the Historian");
    // FY1992 (slot 37) starts 1991-10-01; 1992-01-01 is 92 days into its 366.
    const alt1992 = b.alternatives.find((a) => a.date === "1992")!;
    expect(alt1992.x).toBeCloseTo(LEFT + (37 + 92 / 366) * BAND, 9);
    expect(b.alternatives.map((a) => a.date)).toEqual(["1992", "1994-05-17"]);
    const phase = m.phases.find((p) => p.id === "full-relations-restored")!;
    expect(phase.title).toContain("Full relations: 24 September 1993 (disputed; also 1992, 17 May 1994)");
  });

  it("draws the approximate early-1960s boundary with its label", () => {
    const b = m.boundaries.find((q) => q.segmentId === "early-1960s-deterioration")!;
    expect(b.kind).toBe("approximate");
    expect(b.title).toContain("early 1960s");
    expect(m.phases.find((p) => p.id === "early-1960s-deterioration")!.fromText).toBe("early 1960s (placed at 1 January 1963)");
  });

  it("has no not-covered part when the range ends (2024-09-30) before coverageEnd (2026-02-03)", () => {
    expect(m.notCovered).toEqual([]);
    expect(toSvgString(renderRelationsBand(m, { width: 960 }))).not.toContain('data-status="not-covered"');
  });

  it("draws a not-covered part, not the last status, after an earlier coverageEnd", () => {
    const relations: RelationsFile = structuredClone(ds.relations);
    relations.coverageEnd = "2020-01-01";
    const c = model({ relations });
    expect(c.notCovered).toHaveLength(1);
    // FY2020 = 2019-10-01..2020-09-30 is slot 65 (366 days); 2020-01-01 is 92 days in.
    const x0 = LEFT + (65 + 92 / 366) * BAND;
    expect(c.notCovered[0].x).toBeCloseTo(x0, 9);
    expect(c.notCovered[0].x + c.notCovered[0].width).toBeCloseTo(944, 9);
    expect(c.notCovered[0].lines.join(" ")).toBe("not covered");
    const last = c.phases[c.phases.length - 1];
    expect(last.x + last.width).toBeCloseTo(x0, 9);
    const svg = renderRelationsBand(c, { width: 960, idPrefix: "t" });
    const rect = findAll(svg, (n) => n.tag === "rect" && n.attrs?.["data-status"] === "not-covered");
    expect(rect).toHaveLength(1);
    expect(rect[0].attrs?.fill).toBe("url(#t-hatch)");
    expect(findAll(svg, (n) => n.tag === "pattern" && n.attrs?.id === "t-hatch")).toHaveLength(1);
    const texts = findAll(svg, (n) => n.tag === "text" && n.attrs?.fill === "var(--fg)" && /not|covered/.test(textOf(n)));
    expect(texts.map(textOf).join(" ")).toBe("not covered");
  });

  it("marks 3 May 1965 at its date, and only events inside the range", () => {
    const mk = m.markers.find((q) => q.day === dayNumber("1965-05-03"))!;
    expect(mk.text).toContain("3 May 1965");
    expect(mk.x).toBeCloseTo(LEFT + (10 + 306 / 365) * BAND, 9);
    expect(mk.ariaLabel).toBe(
      "3 May 1965: Cambodia breaks off diplomatic relations with the US. Sources: U.S. Department of State, Office of the Historian; GlobalSecurity.org",
    );
    expect(mk.bar).toBeNull();
    for (const q of m.markers) expect(q.day >= dayNumber("1954-07-01") && q.day < dayNumber("2024-10-01")).toBe(true);
    // events of 1950-1954 (before FY1955) and after September 2024 are omitted
    expect(m.markers.some((q) => q.id === "us-recognition-1950")).toBe(false);
    expect(m.markers.some((q) => q.id === "aid-freeze-2025")).toBe(false);
    expect(m.markers.some((q) => q.id === "first-resident-ambassador-1954")).toBe(true);
    expect(m.omittedEvents).toBe(ds.events.events.length - m.markers.length);
  });

  it("draws ranges with a bar to the day after their end and low confidence as unconfirmed", () => {
    const war = m.markers.find((q) => q.id === "war-aid-1970-1975")!;
    // 1970-01-01 is in FY1970 (slot 15), 184 days in; the day after 1975 is 1976-01-01, in FY1976 (slot 21), 184 days in.
    expect(war.bar!.x).toBeCloseTo(LEFT + (15 + 184 / 365) * BAND, 9);
    expect(war.bar!.x + war.bar!.width).toBeCloseTo(LEFT + (21 + 184 / 366) * BAND, 9);
    const low = m.markers.find((q) => q.id === "murphy-departs-2024")!;
    expect(low.unconfirmed).toBe(true);
    expect(low.text).toContain("(unconfirmed)");
    // a single unconfirmed marker is hollow; in a cluster, the cluster's name says which event is unconfirmed
    const svg = renderRelationsBand(m, { width: 960 });
    const single = m.markerGroups.find((g) => g.members.length === 1 && g.members[0].unconfirmed);
    if (single) {
      const g = findAll(svg, (n) => n.attrs?.["data-event"] === single.id)[0];
      expect(findAll(g, (n) => n.tag === "circle")[0].attrs?.fill).toBe("var(--bg)");
    }
    const cluster = m.markerGroups.find((g) => g.members.some((q) => q.id === "murphy-departs-2024"))!;
    expect(cluster.ariaLabel).toContain("(unconfirmed)");
  });

  it("clusters markers that would overlap into one that lists its events", () => {
    for (const width of [360, 960, 1600]) {
      const mw = model({ width });
      // every marker in exactly one group, in date order
      expect(mw.markerGroups.flatMap((g) => g.members.map((q) => q.id))).toEqual(mw.markers.map((q) => q.id));
      // no two circles touch: centres at least both radii + 2 px apart
      for (let i = 1; i < mw.markerGroups.length; i++) {
        const [a, b] = [mw.markerGroups[i - 1], mw.markerGroups[i]];
        expect(b.x - a.x, `${width}: ${a.id} / ${b.id}`).toBeGreaterThanOrEqual(a.r + b.r + 2);
      }
    }
    // 12 and 17 April 1975 lie 5 days (0.17 px) apart at 960 px: one cluster, named from its first date
    const april = m.markerGroups.find((g) => g.members.some((q) => q.dateText === "12 April 1975"))!;
    expect(april.members.map((q) => q.dateText)).toEqual(expect.arrayContaining(["12 April 1975", "17 April 1975"]));
    // the cluster holds the 1975-1979 span too, which starts before 12 April but ends last, and the Mayaguez incident
    // (12-15 May 1975): its name lists the dates in the members' order instead of "1975-1979 to 17 April 1975", which
    // ran backwards
    expect(april.members.map((q) => q.dateText)).toEqual(["11 December 1974", "1975-1979", "12 April 1975", "17 April 1975", "12 May 1975 to 15 May 1975"]);
    expect(april.ariaLabel.startsWith("11 December 1974, 1975-1979, 12 April 1975, 17 April 1975, 12 May 1975 to 15 May 1975, 5 events: ")).toBe(true);
    expect(april.ariaLabel).not.toContain(" to 17 April 1975");
    // a cluster of single dates is named from its first to its last
    const singles = m.markerGroups.find((g) => g.members.length > 1 && g.members.every((q) => q.bar === null))!;
    expect(singles.ariaLabel.startsWith(`${singles.members[0].dateText} to ${singles.members.at(-1)!.dateText}, ${singles.members.length} events: `)).toBe(true);
    // the ~50 events of 2017-2024 share a handful of markers
    const recent = m.markerGroups.filter((g) => g.members[0].day >= dayNumber("2017-01-01"));
    expect(recent.length).toBeLessThan(12);
    const svg = toSvgString(renderRelationsBand(m, { width: 960 }));
    expect(svg).toContain(`data-cluster="${april.id}"`);
  });

  it("puts year ticks at 1 January", () => {
    expect(m.tickStep).toBe(5);
    expect(m.ticks[0].year).toBe(1955);
    // 1955-01-01 is 184 days into FY1955 (slot 0)
    expect(m.ticks[0].x).toBeCloseTo(LEFT + (184 / 365) * BAND, 9);
    expect(m.ticks.map((t) => t.year)).toEqual([1955, 1960, 1965, 1970, 1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010, 2015, 2020]);
    expect(model({ width: 360 }).tickStep).toBe(10);
  });

  it("summarises the phases and the longest break", () => {
    expect(durationText("1975-04-12", "1991-11-11")).toBe("16 years 6 months");
    expect(durationText("1965-05-03", "1969-07-02")).toBe("4 years 1 month");
    const s = relationsSummary(m);
    expect(s).toContain("Between FY1955 and FY2024");
    expect(s).toContain(`${m.phases.length} phases`);
    expect(s).toContain("16 years 6 months (no mission, 12 April 1975 to 11 November 1991)");
  });
});

describe("relations band SVG", () => {
  const m = model();
  const svgText = (over: Parameters<typeof renderRelationsBand>[1]) => toSvgString(renderRelationsBand(m, over));

  it("is an accessible image whose title and description are referenced by id", () => {
    const node = renderRelationsBand(m, { width: 960, idPrefix: "rb" });
    expect(node.tag).toBe("svg");
    expect(node.attrs).toMatchObject({ viewBox: `0 0 960 ${BAND_HEIGHT}`, role: "img", "aria-labelledby": "rb-title" });
    const title = findAll(node, (n) => n.tag === "title" && n.attrs?.id === "rb-title");
    expect(title).toHaveLength(1);
    const desc = findAll(node, (n) => n.tag === "desc")[0];
    expect(desc.attrs?.id).toBe("rb-desc");
    expect(textOf(desc)).toContain("Severed, 3 May 1965 to 2 July 1969");
  });

  it("gives every phase rect its status, phase and title", () => {
    const node = renderRelationsBand(m, { width: 960 });
    const rects = findAll(node, (n) => n.tag === "rect" && n.attrs?.["data-phase"] !== undefined && n.attrs?.["data-status"] !== "not-covered");
    expect(rects).toHaveLength(m.phases.length);
    for (const r of rects) {
      expect(r.attrs?.fill).toBe(`var(--status-${r.attrs?.["data-status"]})`);
      expect(findAll(r, (n) => n.tag === "title")).toHaveLength(1);
    }
    const severed = rects.find((r) => r.attrs?.["data-status"] === "severed")!;
    expect(textOf(severed)).toContain("Severed: 3 May 1965 to 2 July 1969");
  });

  it("draws the disputed boundary solid and its alternatives dashed", () => {
    const node = renderRelationsBand(m, { width: 960 });
    const g = findAll(node, (n) => n.attrs?.["data-boundary"] === "full-relations-restored")[0];
    expect(findAll(g, (n) => n.tag === "line" && n.attrs?.["data-primary"] === "true")[0].attrs?.["stroke-dasharray"]).toBeUndefined();
    const alts = findAll(g, (n) => n.tag === "line" && n.attrs?.["data-alternative"] !== undefined);
    expect(alts.map((a) => a.attrs?.["data-alternative"])).toEqual(["1992", "1994-05-17"]);
    for (const a of alts) expect(a.attrs?.["stroke-dasharray"]).toBe("3 2");
    const approx = findAll(node, (n) => n.attrs?.["data-boundary"] === "early-1960s-deterioration")[0];
    expect(findAll(approx, (n) => n.tag === "line" && n.attrs?.["data-primary"] === "true")[0].attrs?.["stroke-dasharray"]).toBe("1.5 2.5");
  });

  it("has no NaN or undefined at any width, with and without legend or markers", () => {
    for (const width of [360, 600, 960, 1920]) {
      const mw = model({ width });
      for (const legend of [false, true]) {
        const s = toSvgString(renderRelationsBand(mw, { width, legend, markers: legend }));
        expect(s).not.toContain("NaN");
        expect(s).not.toContain("undefined");
        expect(s).not.toContain("Infinity");
      }
    }
    const s = svgText({ width: 960, color: themeColor("dark") });
    expect(s).not.toContain("NaN");
    expect(s).not.toContain("undefined");
  });

  it("includes the legend (every status in rank order, not covered, markers) only when asked, in a taller SVG", () => {
    expect(svgText({ width: 960 })).not.toContain('data-part="legend"');
    const h = relationsBandHeight(m, 960, true);
    expect(h).toBeGreaterThan(BAND_HEIGHT);
    const node = renderRelationsBand(m, { width: 960, legend: true });
    expect(node.attrs?.viewBox).toBe(`0 0 960 ${h}`);
    const legend = findAll(node, (n) => n.attrs?.["data-part"] === "legend")[0];
    const labels = findAll(legend, (n) => n.tag === "text").map(textOf);
    expect(labels.slice(0, 7)).toEqual(["Full relations", "Strained", "Restricted", "Limited", "No mission", "Severed", "Not covered"]);
    expect(labels).toContain("Unconfirmed event (low confidence)");
    // a phone-width legend wraps onto more rows
    expect(relationsBandHeight(m, 360, true)).toBeGreaterThan(h);
  });

  it("can leave the markers to the live layer", () => {
    expect(svgText({ width: 960, markers: false })).not.toContain("data-event=");
    expect(svgText({ width: 960 })).toContain('data-event="relations-severed-1965"');
  });
});

describe("relations band on a linear scale (decades)", () => {
  it("spans the first to the last fiscal day linearly", () => {
    const decades = [
      { from: 1955, to: 1959 },
      { from: 1960, to: 1969 },
    ];
    const m = model({ periods: decades });
    const first = dayNumber("1954-07-01");
    const last = dayNumber("1969-07-01");
    const sev = m.phases.find((p) => p.status === "severed")!;
    expect(sev.x).toBeCloseTo(LEFT + ((dayNumber("1965-05-03") - first) / (last - first)) * 860, 9);
    expect(sev.x + sev.width).toBeCloseTo(LEFT + ((dayNumber("1969-07-01") - first) / (last - first)) * 860, 9);
    expect(m.markers.every((q) => q.day < last)).toBe(true);
  });
});
