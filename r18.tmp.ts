import { loadDatasetFromDir } from "@/lib/dataset";
import { CHART_DEFINITIONS } from "@/lib/charts/definitions";
import { DEFAULT_DECK } from "@/lib/briefing/default-deck";
const ds = loadDatasetFromDir("data");
for (const s of DEFAULT_DECK.slides) { const f = CHART_DEFINITIONS[s.chart].facts(ds, s.view); console.log(s.chart, f.takeaway.length, f.takeaway, "\n   ", f.source); }
