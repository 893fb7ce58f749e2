// The chart renderers keep one shape: every chart has a folder with the same parts, and no file grows past 300 lines.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

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

  it("gives each chart folder derive.ts, layout.ts, render.ts and index.ts", () => {
    const folders = readdirSync(CHARTS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders).toEqual(expect.arrayContaining(["relations-band", "seed-vs-greenbook", "stacked-bars"]));
    for (const folder of folders) {
      const files = readdirSync(path.join(CHARTS_DIR, folder));
      expect({ folder, missing: CHART_PARTS.filter((p) => !files.includes(p)) }).toEqual({ folder, missing: [] });
    }
  });
});
