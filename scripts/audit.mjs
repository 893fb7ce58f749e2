// `npm run audit`: `npm audit --omit=dev --audit-level=high` on the production dependencies, saying plainly when the
// registry's advisory endpoint cannot be reached (it answers 405 from the network this project is built on) rather
// than passing silently. Then, for each production dependency, its pinned version beside the registry's latest, so a
// reader can see what an upgrade would bring. Outside `npm test`: it needs the network and its answer changes as
// advisories are published. Exit 0 when the audit ran clean, 1 when it found a high or critical advisory, 2 when it
// could not run.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const audit = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report = null;
try {
  report = JSON.parse(audit.stdout);
} catch {
  /* not JSON: the endpoint did not answer */
}
const counts = report?.metadata?.vulnerabilities;
let status;
if (counts) {
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
  status = serious > 0 ? 1 : 0;
  console.log(serious > 0 ? `${serious} high or critical advisories: see \`npm audit --omit=dev\`` : "no high or critical advisory");
} else {
  const why = `${audit.stderr}\n${report?.error?.summary ?? ""}`.match(/(\d{3} [A-Za-z ]+ - [A-Z]+ \S+|audit endpoint returned an error|ENOTFOUND \S+|ECONNREFUSED \S+)/)?.[0];
  console.log(`npm audit could not run: ${why ?? "no report"}. The advisories are unknown, not absent.`);
  status = 2;
}

const { dependencies } = JSON.parse(readFileSync("package.json", "utf8"));
console.log("\nproduction dependency: pinned / latest on the registry");
for (const [name, pinned] of Object.entries(dependencies)) {
  const latest = spawnSync("npm", ["view", name, "version"], { encoding: "utf8" }).stdout.trim() || "(registry not reachable)";
  console.log(`  ${name}: ${pinned} / ${latest}${latest !== pinned && !latest.startsWith("(") ? "  <- newer release" : ""}`);
}
process.exit(status);
