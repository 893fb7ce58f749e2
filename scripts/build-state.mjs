// Is the production build in .next older than any input that goes into it? Used by `npm start` and `npm test`.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const INPUTS = ["app", "components", "lib", "data", "public", "next.config.ts", "proxy.ts", "instrumentation.ts", "package.json", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  // a folder's own time changes when a file in it is added or removed, which a file's time cannot show
  let max = s.mtimeMs;
  for (const e of readdirSync(p)) max = Math.max(max, newest(path.join(p, e)));
  return max;
}

/** The origin prerendered pages name in their link previews when built with this environment (lib/server/origin.ts with no
 * request): SITE_URL, else the port `npm start` serves on. */
export function prerenderOrigin(env = process.env) {
  if (env.SITE_URL) {
    try {
      return new URL(env.SITE_URL).origin;
    } catch {
      /* unreadable: as lib/server/origin.ts, fall through */
    }
  }
  return `http://localhost:${env.PORT && /^\d{1,5}$/.test(env.PORT) ? env.PORT : "3000"}`;
}

const ORIGIN_FILE = "site-origin";

export function buildIsCurrent(root = process.cwd(), env = process.env) {
  const marker = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(marker)) return false;
  const built = statSync(marker).mtimeMs;
  // a build for another origin (PORT or SITE_URL changed) would give link previews at a port the site is not on
  const originFile = path.join(root, ".next", ORIGIN_FILE);
  if (!existsSync(originFile) || readFileSync(originFile, "utf8").trim() !== prerenderOrigin(env)) return false;
  return INPUTS.every((p) => newest(path.join(root, p)) <= built);
}

// `node scripts/build-state.mjs --record` (npm's postbuild): note the origin this build's prerendered pages name
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv.includes("--record"))
  writeFileSync(path.join(process.cwd(), ".next", ORIGIN_FILE), `${prerenderOrigin()}\n`);
