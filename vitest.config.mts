import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; unit tests run lib/ code in plain Node.
      "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    environment: "node",
    // PowerPoint and PNG builds take seconds on a busy 2-core machine
    testTimeout: 20_000,
    // A zone west of UTC: a date that went through local time would show a day early here.
    env: { TZ: "America/Los_Angeles" },
  },
});
