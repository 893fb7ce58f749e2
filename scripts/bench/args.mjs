// The bench's command-line options, read once: `npm run bench -- --help` prints them.
import { parseArgs } from "node:util";
import { wholeNumber } from "./stats.mjs";

export const USAGE =
  "usage: npm run bench -- [--n 50] [--duration 10] [--connections 50] [--lighthouse-runs 3] [--skip-lighthouse] [--port 3260] [--reference-port 3300]";
export const { values: flags } = parseArgs({
  options: {
    n: { type: "string", default: "50" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    "lighthouse-runs": { type: "string", default: "3" },
    "skip-lighthouse": { type: "boolean", default: false },
    port: { type: "string" },
    "reference-port": { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}
/** A whole-number flag: a bad value stops the bench with its message (exit 2). @param {string} name
 * @param {string | undefined} v @param {number} min @param {number} max */
export function intFlag(name, v, min, max) {
  try {
    return wholeNumber(`--${name}`, v, min, max);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
}
export const N = intFlag("n", flags.n, 1, 10_000);
export const DURATION_S = intFlag("duration", flags.duration, 1, 600);
export const CONNECTIONS = intFlag("connections", flags.connections, 1, 1000);
export const LH_RUNS = intFlag("lighthouse-runs", flags["lighthouse-runs"], 1, 20);
export const FIXED_PORT = flags.port ?? process.env.BENCH_PORT;
export const FIXED_REF_PORT = flags["reference-port"] ?? process.env.BENCH_REFERENCE_PORT;
