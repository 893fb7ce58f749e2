// Writes a copy of data/ whose texts hold script and markup payloads (event titles and descriptions, phase labels,
// programme names, the seed's figures, source titles and publishers, series notes), for the browser test that serves it (e2e/hostile-data.spec.ts, AID_DATA_DIR).
//   node scripts/hostile-fixture.mjs <out-dir>
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const XSS = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2"><svg onload="window.__xss=3">`;
/** Titles are at most 100 characters: a shorter payload there. */
export const SHORT = `<img src=x onerror="window.__xss=4">`;

const out = process.argv[2];
if (!out) throw new Error("usage: node scripts/hostile-fixture.mjs <out-dir>");
mkdirSync(out, { recursive: true });
cpSync("data", out, { recursive: true });
const edit = (file, f) => {
  const p = path.join(out, file);
  const json = JSON.parse(readFileSync(p, "utf8"));
  f(json);
  writeFileSync(p, JSON.stringify(json, null, 1));
};
edit("events.json", (d) => {
  for (const e of d.events) {
    e.title = `${SHORT} ${e.title}`.slice(0, 100);
    e.description = `=HYPERLINK("http://evil.example") ${XSS} ${e.description}`;
  }
});
edit("relations.json", (d) => {
  for (const s of d.segments) s.label = `${XSS} ${s.label}`;
});
edit("sources-events.json", (d) => {
  for (const s of d.sources) s.publisher = `${XSS} ${s.publisher}`;
});
// the texts of charts 1 and 4 and of every citation: programme names and descriptions, the seed's figures, sources
edit("programme-obligations.json", (d) => {
  for (const p of d.programmes) {
    // a name that starts like a spreadsheet formula, too
    p.label = `=1+1 ${SHORT} ${p.label}`;
    p.description = `${XSS} ${p.description}`;
  }
});
edit("seed-figures.json", (d) => {
  for (const f of d.figures) {
    f.statedAs = `${XSS} ${f.statedAs}`;
    f.description = `=1+1 ${XSS} ${f.description}`;
  }
});
edit("sources.json", (d) => {
  for (const s of d.sources) {
    s.title = `${SHORT} ${s.title}`;
    s.publisher = `${XSS} ${s.publisher}`;
  }
});
edit("annual-aid.json", (d) => {
  for (const c of d.sourceChanges ?? []) c.note = `${XSS} ${c.note}`;
});
console.log(`hostile fixture data in ${out}`);
