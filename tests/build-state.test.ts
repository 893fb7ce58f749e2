// `npm start` rebuilds when the origin the prerendered pages name (their link previews) is not where it will serve.
import { mkdtempSync, mkdirSync, writeFileSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain .mjs script without types
import { buildIsCurrent, prerenderOrigin } from "../scripts/build-state.mjs";

function builtTree(origin: string | null): string {
  const root = mkdtempSync(path.join(tmpdir(), "build-state-"));
  mkdirSync(path.join(root, "app"));
  writeFileSync(path.join(root, "app", "page.tsx"), "x");
  const old = new Date(Date.now() - 60_000);
  utimesSync(path.join(root, "app", "page.tsx"), old, old);
  utimesSync(path.join(root, "app"), old, old);
  mkdirSync(path.join(root, ".next"));
  writeFileSync(path.join(root, ".next", "BUILD_ID"), "b1");
  if (origin) writeFileSync(path.join(root, ".next", "site-origin"), `${origin}\n`);
  return root;
}

describe("the build's origin", () => {
  it("is SITE_URL's origin, else localhost on PORT (3000 by default)", () => {
    expect(prerenderOrigin({})).toBe("http://localhost:3000");
    expect(prerenderOrigin({ PORT: "8123" })).toBe("http://localhost:8123");
    expect(prerenderOrigin({ PORT: "8123", SITE_URL: "https://aid.example.org/some/path" })).toBe("https://aid.example.org");
  });

  it("a build for another port or SITE_URL is not current; the same one is", () => {
    const root = builtTree("http://localhost:3000");
    expect(buildIsCurrent(root, {})).toBe(true);
    expect(buildIsCurrent(root, { PORT: "8123" })).toBe(false);
    expect(buildIsCurrent(root, { SITE_URL: "https://aid.example.org" })).toBe(false);
    // a build that recorded no origin (made before the record existed) is rebuilt
    expect(buildIsCurrent(builtTree(null), {})).toBe(false);
  });
});
