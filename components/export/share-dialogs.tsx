// "Cite this chart" (plain text and BibTeX, with the data version read from the API) and "Embed" (an <iframe>
// snippet for /embed/<chart> with the view's query), each a ShareDialog of texts to copy.
import { useEffect, useState } from "react";
import type { ChartSlug } from "@/lib/charts/registry";
import { citeChart, dataVersion } from "@/lib/export/cite";
import { embedSnippet } from "@/lib/export/embed";
import type { ViewState } from "@/lib/view";
import { linkOf } from "./export-actions";
import { ShareDialog, type CopyField } from "./share-dialog";

interface Props {
  chart: ChartSlug;
  view: ViewState;
  onClose: () => void;
}

export function CiteDialog({ chart, view, onClose }: Props) {
  const [fields, setFields] = useState<CopyField[] | null>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    import("@/lib/export/drawn")
      .then(async ({ exportLoader }) => {
        const loader = exportLoader();
        const [sources, relations] = await Promise.all([loader.sources(), loader.relations()]);
        const c = citeChart({ chart, view, link: linkOf(view), version: dataVersion(sources, relations.coverageEnd), accessed: new Date() });
        if (live) setFields([{ label: "Citation", value: c.text, rows: 4 }, { label: "BibTeX", value: c.bibtex, rows: 10 }]);
      })
      .catch((e: unknown) => live && setError(`The citation could not be made: ${e instanceof Error ? e.message : "unknown error"}.`));
    return () => {
      live = false;
    };
  }, [chart, view]);
  return <ShareDialog title="Cite this chart" fields={fields} error={error} onClose={onClose} />;
}

export function EmbedDialog({ chart, view, onClose }: Props) {
  const fields = [{ label: "Embed code", value: embedSnippet(location.origin, chart, view), rows: 4 }];
  return (
    <ShareDialog
      title="Embed this chart"
      intro="Paste this into a web page: it shows this chart for this view, with its caption, source and a link back."
      fields={fields}
      onClose={onClose}
    />
  );
}
