// Dependencies stay exactly pinned, and the framework never resolves below the release this project requires.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(__dirname, "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as { packages: Record<string, { version: string }> };

function atLeast(version: string, min: string): boolean {
  const a = version.split(/[.-]/).slice(0, 3).map(Number);
  const b = min.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

describe("dependencies", () => {
  it("are pinned to exact versions", () => {
    for (const [name, range] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("resolve next to 16.4.6 or newer, in the lockfile and on disk", () => {
    expect(atLeast(lock.packages["node_modules/next"].version, "16.4.6")).toBe(true);
    const installed = JSON.parse(readFileSync(path.join(root, "node_modules", "next", "package.json"), "utf8")) as { version: string };
    expect(atLeast(installed.version, "16.4.6"), installed.version).toBe(true);
    expect(atLeast("16.4.5", "16.4.6")).toBe(false);
  });

  it("install what the lockfile says", () => {
    for (const name of Object.keys(pkg.dependencies)) expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(pkg.dependencies[name]);
  });
});
