import { defineConfig } from "vitest/config";
import os from "node:os";
import path from "node:path";

/** Test files that must not share modules with the others (they load fixture data beside the real data set). */
const ISOLATED = ["tests/hostile-data.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; unit tests run lib/ code in plain Node.
      "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    // PowerPoint and PNG builds take seconds on a busy 2-core machine
    testTimeout: 20_000,
    // one worker per core: Vitest's default leaves one core out, which on this 2-core machine ran every file in turn
    // (84 s against 56 s with two, measured under the same load)
    maxWorkers: Math.max(2, os.availableParallelism()),
    // A zone west of UTC: a date that went through local time would show a day early here.
    env: { TZ: "America/Los_Angeles" },
    // Most files share their worker's loaded modules (no re-import of the data and the renderers per file: about a
    // third of the suite's CPU). Files that build a dataset of their own next to the real one get fresh modules.
    projects: [
      { extends: true, test: { name: "shared", include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: "isolated", include: ISOLATED } },
    ],
  },
});
