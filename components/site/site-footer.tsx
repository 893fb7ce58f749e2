// Every page's footer: the data version (the same words every export's notes and citation carry) and where to read
// how the numbers were made and what changed.
import { getDataset } from "@/lib/data/get-dataset";
import { dataVersion } from "@/lib/export/cite";

export function SiteFooter() {
  const ds = getDataset();
  return (
    <footer className="site-footer page-main text-sm muted" data-testid="site-footer">
      <p>
        <strong>Data version:</strong> <span data-testid="data-version">{dataVersion(ds.sources, ds.relations.coverageEnd)}</span>.{" "}
        <a href="/methods">Methods and sources</a> · <a href="/data#changelog">What changed in the data</a> ·{" "}
        <a href="/data/dataset.zip">Download the whole data set</a>
      </p>
    </footer>
  );
}
