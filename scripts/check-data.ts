// `npm run check:data [-- --dir path]`: validates every data file; exits 1 naming file, record and field.
import path from "node:path";
import { DataValidationError, loadDatasetFromDir } from "../lib/data/dataset";

const i = process.argv.indexOf("--dir");
const dir = path.resolve(i > 0 ? process.argv[i + 1] : "data");
try {
  const ds = loadDatasetFromDir(dir);
  console.log(
    `data OK: ${ds.sources.length} sources, ${ds.seed.figures.length} seed figures (+${ds.seed.nonAid.length} non-aid), ` +
      `${ds.annual.rows.length} fiscal years, ${ds.programmes.rows.length} account-years, ${ds.cpi.rows.length} CPI years, ` +
      `${ds.events.events.length} events, ${ds.relations.segments.length} relations phases, ${ds.disputes.disputes.length} disputes; ` +
      `compare: ${ds.compare.neighboursAid.rows.length} neighbour country-years, ${ds.compare.population.rows.length} population and ` +
      `${ds.compare.gdp.rows.length} GDP values, ${ds.compare.chinaProjects.projects.length} AidData projects, ` +
      `${ds.compare.chinaByYear.rows.length} AidData years, ${ds.compare.counterpartFlows.rows.length} counterpart flows, ${ds.compare.financierClaims.claims.length} claim(s)`,
  );
} catch (err) {
  if (err instanceof DataValidationError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
