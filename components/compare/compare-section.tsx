// Cambodia among its neighbours, and the United States among Cambodia's financiers: the section after the four charts.
// Server-rendered HTML only: the pickers are GET forms to /compare and the projects' column headers are links, so
// choosing countries, switching the basis, searching and sorting work without JavaScript, by keyboard and by touch,
// and every choice lives in the address. Each table has its CSV and names its sources and their licences.
import { neighboursSentence } from "@/lib/compare/sentence";
import type { CompareState } from "@/lib/compare/page-params";
import type { Dataset } from "@/lib/data/dataset";
import { getCpi } from "@/lib/aid/queries";
import { compareContext } from "./compare-parts";
import styles from "./compare.module.css";
import { FinanciersBlock } from "./financiers-block";
import { NeighboursBlock } from "./neighbours-block";
import { ProjectsBlock } from "./projects-block";

/** `projectRows`: show only the largest rows of the projects table, with a link to all of them. */
export function CompareSection({ ds, state, action = "/compare", projectRows }: { ds: Dataset; state: CompareState; action?: string; projectRows?: number }) {
  const ctx = { annual: ds.annual.rows, figures: ds.seed.figures, relations: ds.relations, cpi: getCpi(ds) };
  const c = compareContext(ds, state, action);
  const sentence = neighboursSentence(ds.compare, state.neighbours.countries, ctx);
  return (
    <section aria-labelledby="compare-h" id="compare" className={styles.section} data-testid="compare-section">
      <h2 id="compare-h" className="text-xl font-semibold">
        Cambodia among its neighbours, and the United States among Cambodia&apos;s financiers
      </h2>
      {sentence && (
        <p className="finding" data-testid="compare-finding">
          {sentence}
        </p>
      )}
      {state.issues.length > 0 && (
        <div className="notice" role="status">
          <p>Some settings in this address could not be read; their tables show the defaults instead:</p>
          <ul className={styles.notes}>
            {state.issues.map((i) => (
              <li key={`${i.param}:${i.message}`}>
                <code>{i.param}</code>: {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      <NeighboursBlock c={c} ctx={ctx} />
      <FinanciersBlock c={c} ctx={ctx} />
      <ProjectsBlock c={c} rows={projectRows} />
    </section>
  );
}
