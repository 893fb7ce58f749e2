// What charts 5 and 6 share once each has built its clustered model, texts and table: the chart file (drawable), the
// numbers drawn (the PowerPoint chart's categories and series, the CSV table) and the slide's facts.
import { citedSources } from "../../briefing/takeaways";
import type { Dataset } from "../../data/dataset";
import type { DrawnChart } from "../../export/drawn/types";
import { drawnTable, hex, type DrawnColumn, type DrawnPivot } from "../../export/drawn/types";
import type { CsvCell } from "../../export/csv";
import type { ViewState } from "../../view";
import type { ChartDefinition } from "../definition";
import type { FigureTextData } from "../figure-text";
import { PALETTE } from "../palette";
import type { ChartSlug } from "../registry";
import type { ClusteredModel, ClusteredUnit } from "./derive";
import { clusteredHeight } from "./layout";
import { renderClusteredBars } from "./render";

export interface ClusteredSpec {
  model: ClusteredModel;
  text: FigureTextData;
  /** the value axis's words in a native chart ("US dollars per person") */
  axisTitle: string;
  table: DrawnChart["table"];
  /** the slide's takeaway: a computed sentence, without its sources */
  takeaway: string;
  /** the sources in a few words, set under the takeaway in small type ("Sources: AidData; World Bank.") */
  source: string;
  sourceIds: string[];
}

/** The table of a comparison chart: a row per period and series (the CSV), shown on the page as a row per period and
 * a column per series ("no data" is never zero). */
export function clusteredTable(columns: DrawnColumn[], rows: CsvCell[][], title: string, pivot: DrawnPivot): DrawnChart["table"] {
  return drawnTable(columns, rows, { caption: `${title}: the numbers drawn ("no data" is never zero)`, pivot });
}

/** A chart's spec for the last views asked for, per data set: the page's figure, the chart file (SVG, then PNG from
 * the same request), the table and the slide's facts of one view all read it, and it is built once. */
export function memoSpec(keyOf: (view: ViewState) => string, build: (ds: Dataset, view: ViewState) => ClusteredSpec, max = 32) {
  const byDataset = new WeakMap<Dataset, Map<string, ClusteredSpec>>();
  return (ds: Dataset, view: ViewState): ClusteredSpec => {
    let memo = byDataset.get(ds);
    if (!memo) byDataset.set(ds, (memo = new Map()));
    const key = keyOf(view);
    const hit = memo.get(key);
    if (hit) return hit;
    const spec = build(ds, view);
    memo.set(key, spec);
    if (memo.size > max) memo.delete(memo.keys().next().value as string);
    return spec;
  };
}

const NUMBER_FORMAT: Record<ClusteredUnit, string> = { usd: '"$"#,##0', "usd-per-person": '"$"#,##0.00', share: "0.00%" };

export function clusteredDefinition(chart: ChartSlug, spec: (ds: Dataset, view: ViewState) => ClusteredSpec): ChartDefinition {
  return {
    drawable: (ds, view, color) => {
      const { model, text } = spec(ds, view);
      return {
        text,
        body: (width, height, legend) => renderClusteredBars(model, { width, height, color, idPrefix: chart, legend }),
      };
    },
    drawn: (ds, view) => {
      const s = spec(ds, view);
      return {
        chart,
        view,
        text: s.text,
        layout: { direction: "col", grouping: "clustered", numberFormat: NUMBER_FORMAT[s.model.unit], axisTitle: s.axisTitle },
        categories: s.model.categories,
        series: s.model.series.map((x) => ({ name: x.label, color: hex((PALETTE.light as Record<string, string>)[x.colorVar] ?? PALETTE.light["--chart-unsplit"]), values: x.values })),
        table: s.table,
        clustered: s.model,
      };
    },
    facts: (ds, view) => {
      const s = spec(ds, view);
      return { title: s.text.title, takeaway: s.takeaway, source: s.source, sources: citedSources(ds, s.sourceIds) };
    },
  };
}

/** The page's picture height at a width: the plot alone (its legend is HTML beside it). */
export function clusteredPlotHeight(model: ClusteredModel, width: number): number {
  return clusteredHeight(model, width, false);
}
