import { describe, expect, it } from "vitest";
import {
  absoluteBarRect,
  barPositions,
  buildSeedVsGreenbookModel,
  renderSeedVsGreenbook,
  seedVsGreenbookHeight,
  seedVsGreenbookLayout,
  seedVsGreenbookSummary,
  type SeedVsGreenbookModel,
} from "@/lib/charts/seed-vs-greenbook";
import { themeColor } from "@/lib/charts/palette";
import { toSvgDocument, toSvgString, type SvgNode } from "@/lib/svg/tree";
import { getReconciliations } from "@/lib/aid/queries";
import { realDataset } from "./helpers";

const recs = getReconciliations(realDataset());
const difference = buildSeedVsGreenbookModel(recs, "difference");
const absolute = buildSeedVsGreenbookModel(recs, "absolute");

function render(model: SeedVsGreenbookModel, width = 960) {
  return renderSeedVsGreenbook(model, { width, height: seedVsGreenbookHeight(model, width), idPrefix: "t" });
}

function findAll(node: SvgNode | string, pred: (n: SvgNode) => boolean, out: SvgNode[] = []): SvgNode[] {
  if (typeof node === "string") return out;
  if (pred(node)) out.push(node);
  for (const c of node.children ?? []) findAll(c, pred, out);
  return out;
}
const bar = (root: SvgNode, figure: string, series: string) =>
  findAll(root, (n) => n.tag === "rect" && n.attrs?.["data-figure"] === figure && n.attrs?.["data-series"] === series);

describe("chart 4: seed figures versus the Greenbook, difference view", () => {
  it("has one row per seed figure, in the data's order", () => {
    expect(difference.rows).toHaveLength(10);
    expect(difference.rows.map((r) => r.id)).toEqual(recs.map((r) => r.figure.id));
    expect(difference.rows[0].label).toBe("1955-1963 economic");
    expect(difference.rows.find((r) => r.id === "fmf-fy2005")!.label).toBe("FY2005 FMF");
  });

  it("1955-1963 economic: Greenbook minus seed as % of the seed figure", () => {
    const row = difference.rows.find((r) => r.id === "economic-grants-1955-1963")!;
    // (274,002,000 - 409,600,000) / 409,600,000 * 100 = -135,598,000 / 409,600,000 * 100 = -33.1050...%
    expect(row.value).toBeCloseTo(((274_002_000 - 409_600_000) / 409_600_000) * 100, 9);
    expect(row.text).toBe("-33.1%");
    expect(row.status).toBe("differs");
  });

  it("the zero FY2004 FMF figure is compared in dollars, in plain words", () => {
    const row = difference.rows.find((r) => r.id === "fmf-fy2004")!;
    // primary: the FMF accounts the seed names, $0 against $0
    expect(row.primaryIs).toBe("programme");
    expect(row.value).toBeNull();
    expect(row.status).toBe("agrees");
    expect(row.text).toBe("FMF: agrees (both $0)");
    expect(row.shown).toBe(0);
    // secondary: all Greenbook military aid FY2004, $28,000 - seed $0
    expect(row.secondaryMark?.text).toBe("all military aid: +$28,000 against a $0 seed figure");
    expect(difference.rows.map((r) => [r.text, r.secondaryMark?.text ?? ""].join(" ")).join(" ")).not.toContain("absolute only");
  });

  it("one primary comparison per row: the programme the seed names, else all aid of that kind", () => {
    const byId = new Map(difference.rows.map((r) => [r.id, r]));
    // FY2005 FMF: FMF accounts $992,000 = seed $992,000 (the bar); all military $1,326,000 is +33.7% (the diamond)
    expect(byId.get("fmf-fy2005")).toMatchObject({ primaryIs: "programme", value: 0, text: "FMF: agrees exactly" });
    expect(byId.get("fmf-fy2005")!.secondaryMark?.text).toBe("all military aid: +33.7%");
    // FY2010 USAID: USAID-funded accounts $24,726,393 against about $70,000,000: (24,726,393 - 70,000,000) / 70,000,000 = -64.7%
    expect(byId.get("usaid-2010")).toMatchObject({ primaryIs: "programme", status: "differs", text: "USAID: -64.7%" });
    expect(byId.get("usaid-2010")!.value).toBeCloseTo(((24_726_393 - 70_000_000) / 70_000_000) * 100, 9);
    // no programme named: all aid of the kind, and no secondary mark
    expect(byId.get("economic-grants-1955-1963")).toMatchObject({ primaryIs: "same-kind", secondaryMark: null });
  });

  it("labels agreement, lower bounds and earmarks in words", () => {
    const byId = new Map(difference.rows.map((r) => [r.id, r]));
    // (1,179,747,000 - 1,180,000,000) / 1,180,000,000 * 100 = -0.0214%
    expect(byId.get("military-1970-1975")!.text).toBe("agrees (-0.02%)");
    expect(byId.get("economic-1970-1975")!.text).toBe("+29.6%");
    // (761,552,919 - 500,000,000) / 500,000,000 * 100 = +52.3%
    expect(byId.get("total-1993-2008")!.text).toBe("holds (+52.3%)");
    // FMF accounts $990,000 against the $1,000,000 earmark: -1.0%; all military $1,988,054: +98.8%
    expect(byId.get("fmf-fy2007-earmark")!.text).toBe("FMF vs earmark: -1.0%");
    expect(byId.get("fmf-fy2007-earmark")!.secondaryMark?.text).toBe("all military aid vs earmark: +98.8%");
  });

  it("has a symmetric axis around 0 that holds every value", () => {
    expect(difference.axis.min).toBe(-difference.axis.max);
    expect(difference.axis.ticks).toContain(0);
    expect(difference.axis.ticks[0]).toBe(difference.axis.min);
    expect(difference.axis.ticks.at(-1)).toBe(difference.axis.max);
    expect(difference.axis.max).toBe(100);
    expect(difference.axis.clampedAt).toBeNull();
    for (const r of difference.rows) expect(Math.abs(r.shown)).toBeLessThanOrEqual(difference.axis.max);
  });

  it("cuts a difference beyond +-100% at the axis edge and marks it", () => {
    const big = recs.map((r) =>
      r.figure.id === "economic-1970-1975" ? { ...r, sameKind: { ...r.sameKind, greenbookAmount: 1_760_500_000, differenceUsd: 1_257_500_000, differencePct: 250 } } : r,
    );
    const m = buildSeedVsGreenbookModel(big, "difference");
    const row = m.rows.find((r) => r.id === "economic-1970-1975")!;
    expect(m.axis.clampedAt).toBe(100);
    expect(m.axis.max).toBe(100);
    expect(row.value).toBe(250);
    expect(row.shown).toBe(100);
    expect(row.overflow).toBe(1);
    expect(row.text).toBe("+250.0%");
    const svg = render(m);
    expect(bar(svg, "economic-1970-1975", "difference")[0].attrs?.["data-overflow"]).toBe("true");
    expect(findAll(svg, (n) => n.attrs?.["data-marker"] === "overflow")).toHaveLength(1);
    expect(toSvgString(svg)).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("draws the lower bound differently from exact figures", () => {
    const svg = render(difference);
    const [lower] = bar(svg, "total-1993-2008", "difference");
    const [exact] = bar(svg, "economic-1970-1975", "difference");
    expect(lower.attrs?.["data-precision"]).toBe("lower-bound");
    expect(exact.attrs?.["data-precision"]).toBe("exact");
    expect(lower.attrs?.["fill-opacity"]).toBe(0.1);
    expect(lower.attrs?.["stroke-width"]).toBe(2);
    expect(exact.attrs?.["fill-opacity"]).toBeUndefined();
    expect(findAll(svg, (n) => n.attrs?.["data-marker"] === "over")).toHaveLength(1);
    const [approx] = bar(svg, "usaid-2010", "difference");
    expect(approx.attrs?.["stroke-dasharray"]).toBe("4 3");
    const [earmark] = bar(svg, "fmf-fy2007-earmark", "difference");
    expect(String(earmark.attrs?.fill)).toMatch(/^url\(#t-hatch/);
  });

  it("puts a negative difference left of zero and a positive one right of it", () => {
    const layout = seedVsGreenbookLayout(difference, 960, seedVsGreenbookHeight(difference, 960));
    const zero = layout.plot.left + layout.plot.width / 2;
    const svg = render(difference);
    const [neg] = bar(svg, "economic-grants-1955-1963", "difference");
    const [pos] = bar(svg, "economic-1970-1975", "difference");
    expect(Number(neg.attrs?.x) + Number(neg.attrs?.width)).toBeCloseTo(zero, 6);
    // -33.105% of a half-width of 100%
    expect(Number(neg.attrs?.width)).toBeCloseTo(((135_598_000 / 409_600_000) * 100 * (layout.plot.width / 2)) / 100, 6);
    expect(Number(pos.attrs?.x)).toBeCloseTo(zero, 6);
  });
});

describe("chart 4: absolute view", () => {
  it("has the seed, the Greenbook and, where named, the programme's accounts", () => {
    expect(absolute.rows).toHaveLength(10);
    expect(absolute.series.map((s) => s.key)).toEqual(["seed", "greenbook", "programme"]);
    const r = absolute.rows.find((x) => x.id === "fmf-fy2005")!;
    expect(r.values).toEqual({ seed: 992_000, greenbook: 1_326_000, programme: 992_000 });
    expect(absolute.rows.find((x) => x.id === "military-1955-1963")!.values.programme).toBeNull();
    expect(absolute.rows.find((x) => x.id === "usaid-2010")!.valueLabels.seed).toBe("~$70M");
    expect(absolute.rows.find((x) => x.id === "total-1993-2008")!.valueLabels.seed).toBe("over $500M");
  });

  it("bar height is proportional to the amount: the $1.18B seed bar at width 960", () => {
    const width = 960;
    const height = seedVsGreenbookHeight(absolute, width);
    const { plot } = seedVsGreenbookLayout(absolute, width, height);
    const svg = renderSeedVsGreenbook(absolute, { width, height, idPrefix: "t" });
    const [seedBar] = bar(svg, "military-1970-1975", "seed");
    expect(absolute.axis.max).toBe(1_250_000_000);
    expect(Number(seedBar.attrs?.height)).toBeCloseTo((plot.height * 1_180_000_000) / absolute.axis.max, 2);
    expect(Number(seedBar.attrs?.y) + Number(seedBar.attrs?.height)).toBeCloseTo(plot.top + plot.height, 6);
  });

  it("places bars where Recharts does (10% category gap, 4 px bar gap, rounded size)", () => {
    const width = 960;
    const { plot } = seedVsGreenbookLayout(absolute, width, seedVsGreenbookHeight(absolute, width));
    const band = plot.width / 10;
    // (band - 2 * 0.1 * band - 2 * 4) / 3, rounded
    const size = Math.round((band * 0.8 - 8) / 3);
    expect(barPositions(band, 3).map((p) => p.size)).toEqual([size, size, size]);
    const r = absoluteBarRect(absolute, 2, 1, plot);
    expect(r.x).toBeCloseTo(plot.left + 2 * band + 0.1 * band + size + 4, 9);
    expect(r.width).toBe(size);
  });

  it("does not draw missing programme bars and marks the lower bound", () => {
    const svg = render(absolute);
    expect(bar(svg, "military-1955-1963", "programme")).toHaveLength(0);
    expect(bar(svg, "fmf-fy2004", "programme")).toHaveLength(1);
    const [lower] = bar(svg, "total-1993-2008", "seed");
    const [exact] = bar(svg, "military-1970-1975", "seed");
    expect(lower.attrs?.["data-precision"]).toBe("lower-bound");
    expect(exact.attrs?.["data-precision"]).toBe("exact");
    expect(lower.attrs?.["fill-opacity"]).not.toBe(exact.attrs?.["fill-opacity"]);
  });
});

describe("chart 4: rendering", () => {
  it.each([
    ["difference", 960],
    ["difference", 360],
    ["absolute", 960],
    ["absolute", 360],
  ] as const)("%s view at %i px serialises without NaN or undefined", (mode, width) => {
    const model = buildSeedVsGreenbookModel(recs, mode);
    const s = toSvgString(render(model, width));
    expect(s).not.toMatch(/NaN|undefined|Infinity/);
    expect(s).toMatch(/^<svg viewBox="0 0 \d+ \d+"/);
    expect(s).toContain('role="img"');
    expect(s).toContain('aria-labelledby="t-title"');
    expect(s).toContain("<title id=\"t-title\">Seed figures versus the Greenbook</title>");
    expect((s.match(/data-figure="/g) ?? []).length).toBeGreaterThanOrEqual(10);
  });

  it("uses CSS variables on the page and hex colours in standalone exports", () => {
    const page = toSvgString(render(difference));
    expect(page).not.toMatch(/#[0-9a-f]{6}/i);
    expect(page).toContain("var(--chart-economic)");
    const doc = toSvgDocument(
      renderSeedVsGreenbook(difference, { width: 960, height: seedVsGreenbookHeight(difference, 960), idPrefix: "x", color: themeColor("light") }),
    );
    expect(doc).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(doc).not.toContain("var(--");
  });

  it("leaves nothing to draw but a valid SVG when there are no figures", () => {
    for (const mode of ["difference", "absolute"] as const) {
      const model = buildSeedVsGreenbookModel([], mode);
      expect(model.rows).toHaveLength(0);
      expect(toSvgString(render(model))).not.toMatch(/NaN|undefined|Infinity/);
    }
    expect(seedVsGreenbookSummary([])).toBe("No seed figures to compare.");
  });

  it("sums up agreement and the largest gap in one sentence", () => {
    const s = seedVsGreenbookSummary(recs);
    // by the primary comparison only: 1970-1975 military (-0.02%), FY2004 FMF ($0 = $0 FMF), FY2005 and FY2006 FMF
    // (FMF accounts exact); FY2010 no longer counts, its USAID accounts being 64.7% lower (all economic aid agrees)
    expect(s).toContain("4 of 10 seed figures agree within 1% with the Greenbook by their primary comparison");
    expect(s).toContain("the largest gap is FY2010 USAID, 64.7% lower in USAID accounts");
    expect(s).toContain("holds");
    expect(s.endsWith(".")).toBe(true);
  });
});

describe("chart 4: accessible name and colours", () => {
  it("names the chart in a sentence that counts the primary comparisons, not a dump of labels", () => {
    // agree: 1970-75 military, FY2004-06 FMF (4); differ: 1955-63 economic and military, 1970-75 economic, FY2010 USAID (4);
    // the 1993-2008 lower bound holds; the FY2007 earmark is compared with what was obligated
    expect(difference.description).toBe(
      "Of 10 seed figures, each compared once (with the programme it names, else all aid of that kind), 4 agree with the Greenbook within 1%, 4 differ by more, 1 lower bound holds and 1 earmark is compared with what was obligated. Bars show Greenbook minus seed as a percentage of each seed figure, right of zero where the Greenbook records more; the data table lists every figure.",
    );
    expect(absolute.description.startsWith("Of 10 seed figures")).toBe(true);
    expect(absolute.description).not.toMatch(/FY2005 FMF:|seed ~\$70M/);
  });

  it("gives the Greenbook a colour that is not the economic blue", () => {
    const greenbook = absolute.series.find((s) => s.key === "greenbook")!;
    expect(greenbook.colorVar).not.toBe("--chart-economic");
    expect(greenbook.colorVar).not.toBe("--chart-p1");
    for (const theme of ["light", "dark"] as const) {
      const c = themeColor(theme);
      expect(c(greenbook.colorVar)).not.toBe(c("--chart-economic"));
    }
  });
});
