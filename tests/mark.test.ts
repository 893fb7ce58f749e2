// A timeline link's marked year: charts 1 and 3 outline that fiscal year's slice of its bar, in the file and the live
// face's shared geometry; the view keeps the mark only where it falls on a drawn bar.
import { describe, expect, it } from "vitest";
import { renderChartFile } from "@/lib/charts/files";
import { DEFAULT_VIEW, parseView, serializeView, parseViewQuery, VIEW_KEYS } from "@/lib/view";
import { realDataset } from "./helpers";

const svgOf = (view: typeof DEFAULT_VIEW, chart: "aid-by-period" | "military-share" = "aid-by-period", width = 960) =>
  renderChartFile(realDataset(), { chart, view, theme: "light", width, height: null, frame: "full" }, "http://x").svg;

const attr = (tag: string, name: string) => Number(new RegExp(`\\s${name}="([-0-9.]+)"`).exec(tag)![1]);

describe("the marked year", () => {
  it("is read from a link, and written only when it falls on a bar of the view", () => {
    expect(parseView(new URLSearchParams("groupBy=year&from=1969&to=1979&mark=1974")).view.mark).toBe(1974);
    expect(serializeView({ ...DEFAULT_VIEW, mark: 1974 })).toBe("mark=1974");
    // outside from..to, or on the seed's periods: nothing to mark, left out of the address
    expect(serializeView({ ...DEFAULT_VIEW, from: 1980, mark: 1974 })).toBe("from=1980");
    expect(serializeView({ ...DEFAULT_VIEW, series: "seed", mark: 1974 })).toBe("series=seed");
    // a year outside the data is refused with the allowed range
    const bad = parseViewQuery(new URLSearchParams("mark=1940"), VIEW_KEYS, {});
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ param: "mark" });
    expect(bad.ok ? "" : bad.issues[0].message).toMatch(/1955.*2024/);
  });

  it("outlines FY1970's slice of the 1970s bar: 365 of the decade's 3,744 days, from the bar's left edge", () => {
    const svg = svgOf({ ...DEFAULT_VIEW, mark: 1970 });
    const mark = /<g data-mark="1970">[\s\S]*?(<rect [^>]*>)/.exec(svg)!;
    expect(mark).not.toBeNull();
    const rect = mark[1];
    // the 1970s bar: FY1970-1979 runs 1 July 1969 - 30 September 1979 (the transition quarter included), 3,744 days;
    // FY1970 is 1 July 1969 - 30 June 1970, 365 days. The bar is its room less a 10% gap each side.
    const seg = /<rect [^>]*data-bar="1970s"[^>]*>/.exec(svg)![0];
    const band = attr(seg, "width") / 0.8;
    const start = attr(seg, "x") - 0.1 * band;
    expect(attr(rect, "x")).toBeCloseTo(start, 1);
    expect(attr(rect, "width")).toBeCloseTo((band * 365) / 3744, 1);
    expect(svg).toContain("FY1970, within 1970s");
    // exactly one mark, and none without the setting
    expect(svg.match(/data-mark="/g)).toHaveLength(1);
    expect(svgOf(DEFAULT_VIEW)).not.toContain("data-mark=");
  });

  it("on a by-year view the whole bar of the year is marked, in chart 3 too", () => {
    const view = { ...DEFAULT_VIEW, groupBy: "year" as const, from: 1969, to: 1979, mark: 1974 };
    for (const chart of ["aid-by-period", "military-share"] as const) {
      const svg = svgOf(view, chart);
      const rect = /<g data-mark="1974">[\s\S]*?(<rect [^>]*>)/.exec(svg)![1];
      const seg = new RegExp(`<rect [^>]*data-bar="fy1974"[^>]*>`).exec(svg)![0];
      const band = attr(seg, "width") / 0.8;
      expect(attr(rect, "x")).toBeCloseTo(attr(seg, "x") - 0.1 * band, 1);
      expect(attr(rect, "width")).toBeCloseTo(band, 1);
    }
    // at 360 px the label still fits (its shorter wording where needed)
    expect(svgOf(view, "aid-by-period", 360)).toMatch(/data-mark-label="1974"/);
  });
});
