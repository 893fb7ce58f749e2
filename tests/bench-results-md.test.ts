// bench/RESULTS.md is generated from a bench run's result (scripts/bench/results-md.mjs): the run's facts, the summary
// beside the reference, and the edge rows with each rate divided by the reference page's asked the same way.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resultsMarkdown, type BenchResult, type EdgeRow } from "../scripts/bench/results-md.mjs";

const edgeRow = (o: Partial<EdgeRow>): EdgeRow => ({ target: "/", path: "/", app: "dashboard", mode: "through the cache", client: "wrk", status: 200, xCache: "HIT", rps: null, p50Ms: 2, p99Ms: 20, errors: 0, bytesPerResponse: 43270, cpuMsPer1000: 96, ...o });
const result: BenchResult = {
  startedAt: "2026-12-03T13:21:28.795Z",
  finishedAt: "2026-12-03T13:31:02.899Z",
  node: "v20.20.2",
  next: "16.4.6",
  commit: "0c43d0c",
  load: { start: { one: 2.03, cpus: 2 }, end: { one: 2.97 } },
  warnings: ["1-minute load average is 2.03 (> 1.0): the machine is busy"],
  settings: { n: 20, loadTest: { connections: 50, durationS: 5 }, lighthouseRuns: 3 },
  summary: [
    { figure: "HTML raw, /", dashboard: "182.8 kB", reference: "6.7 kB", ratio: "27.3x" },
    { figure: "a | in a name", dashboard: "1", reference: "2", ratio: "0.50x" },
  ],
  edge: {
    connections: 50,
    durationS: 5,
    rows: [
      edgeRow({ target: "reference /", app: "reference", rps: 30149.7, bytesPerResponse: 2746 }),
      edgeRow({ target: "reference /", app: "reference", client: "node", rps: 7331.6 }),
      edgeRow({ rps: 19201 }),
      edgeRow({ client: "node", rps: 6003, xCache: "MISS" }),
      edgeRow({ target: "/", mode: "direct", rps: 13733.6, xCache: null }),
    ],
  },
};

describe("bench/RESULTS.md", () => {
  const md = resultsMarkdown(result);
  const rowOf = (start: string) => md.split("\n").filter((l) => l.startsWith(start));

  it("says when, on what commit and under what load the run was, and its warnings", () => {
    expect(md).toContain("2026-12-03T13:21:28.795Z to 2026-12-03T13:31:02.899Z, commit 0c43d0c; Node v20.20.2, Next 16.4.6");
    expect(md).toContain("2 CPUs; 1-minute load 2.03 at the start, 2.97 at the end");
    expect(md).toContain("- 1-minute load average is 2.03 (> 1.0): the machine is busy");
  });

  it("lists every summary figure beside the reference's, a pipe in a cell escaped", () => {
    expect(rowOf("| HTML raw, / |")).toEqual(["| HTML raw, / | 182.8 kB | 6.7 kB | 27.3x |"]);
    expect(rowOf("| a \\| in a name |")).toEqual(["| a \\| in a name | 1 | 2 | 0.50x |"]);
  });

  it("divides each rate by the reference's asked the same way: 19,201 / 30,149.7 = 0.64x, 6,003 / 7,331.6 = 0.82x", () => {
    const rows = rowOf("| / |");
    expect(rows).toContain("| / | through the cache | wrk | 19,201 | 2.00 | 20.00 | 0 | 43,270 | HIT | 96 | 0.64x |");
    expect(rows).toContain("| / | through the cache | node | 6,003 | 2.00 | 20.00 | 0 | 43,270 | MISS | 96 | 0.82x |");
    // no reference row asked straight to an instance with wrk: no ratio rather than a wrong one
    expect(rows).toContain("| / | direct | wrk | 13,734 | 2.00 | 20.00 | 0 | 43,270 | - | 96 | - |");
    expect(rowOf("| reference / | through the cache | wrk |")[0]).toMatch(/\| 30,150 \|.*\| - \|$/);
  });

  it("gives each round's rate through the cache beside their median, and says the figures are medians", () => {
    const rounds = resultsMarkdown({ ...result, edge: { ...result.edge!, rounds: 3, rows: [edgeRow({ target: "reference /", app: "reference", rps: 25985.2, rpsRuns: [24210.8, 25985.2, 26226.1] }), edgeRow({ rps: 19953, rpsRuns: [19291.6, 19953, 20613.9] })] } });
    expect(rounds).toContain("Through the cache every target ran 3 times, round after round with the reference first in each");
    // 19,953 / 25,985.2 = 0.77x
    expect(rounds.split("\n")).toContain("| / | through the cache | wrk | 19,953 (19,292 / 19,953 / 20,614) | 2.00 | 20.00 | 0 | 43,270 | HIT | 96 | 0.77x |");
    expect(md).not.toContain("round after round");
  });

  it("is what the repository holds for the last run: the committed file is generated, not edited", () => {
    const committed = readFileSync(path.join(import.meta.dirname, "..", "bench", "RESULTS.md"), "utf8");
    expect(committed.split("\n").slice(0, 3).join("\n")).toBe(md.split("\n").slice(0, 3).join("\n"));
    expect(committed).toMatch(/^## The run$/m);
    expect(committed).toMatch(/^## Each figure beside the reference page's, same run$/m);
  });
});
