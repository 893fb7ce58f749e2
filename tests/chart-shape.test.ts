// The chart renderers keep one shape: every chart has a folder with the same parts, and no file grows past 300 lines.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHART_DEFINITIONS } from "@/lib/charts/definitions";
import { CHARTS, CHART_SLUGS } from "@/lib/charts/registry";

const CHARTS_DIR = path.join(__dirname, "..", "lib", "charts");
const MAX_LINES = 300;
const CHART_PARTS = ["derive.ts", "layout.ts", "render.ts", "index.ts"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

describe("lib/charts shape", () => {
  it(`has no file over ${MAX_LINES} lines`, () => {
    const long = filesUnder(CHARTS_DIR)
      .map((f) => ({ file: path.relative(CHARTS_DIR, f), lines: readFileSync(f, "utf8").split("\n").length - 1 }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it("gives every chart of the registry a folder with its definition, and each renderer folder derive, layout, render and index", () => {
    const folders = readdirSync(CHARTS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    for (const slug of CHART_SLUGS) expect({ slug, files: folders.includes(slug) ? readdirSync(path.join(CHARTS_DIR, slug)) : [] }).toEqual({ slug, files: expect.arrayContaining(["chart.ts"]) });
    expect(Object.keys(CHART_DEFINITIONS).sort()).toEqual([...CHART_SLUGS].sort());
    const renderers = folders.filter((f) => readdirSync(path.join(CHARTS_DIR, f)).includes("render.ts"));
    expect(renderers).toEqual(expect.arrayContaining(["relations-band", "seed-vs-greenbook", "stacked-bars"]));
    for (const folder of renderers) {
      const files = readdirSync(path.join(CHARTS_DIR, folder));
      expect({ folder, missing: CHART_PARTS.filter((p) => !files.includes(p)) }).toEqual({ folder, missing: [] });
    }
  });

  it("numbers the charts 1..n in the registry's order, and no module outside it switches over chart names", () => {
    expect(CHARTS.map((c) => c.number)).toEqual(CHARTS.map((_, i) => i + 1));
    const root = path.join(__dirname, "..");
    const sources = ["lib", "components", "app"].flatMap((d) => filesUnder(path.join(root, d))).filter((f) => /\.tsx?$/.test(f));
    const switching = sources.filter((f) => /switch \((?:[a-z]+\.)?chart\)/.test(readFileSync(f, "utf8"))).map((f) => path.relative(root, f));
    expect(switching).toEqual([]);
  });
});
