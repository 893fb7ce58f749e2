// What a printed chart carries under its title: the view's link and the print date (set again when printing starts).
import { useEffect, useState } from "react";
import { formatPartialDate } from "@/lib/util/dates";
import { viewHref, type ViewState } from "@/lib/view";

/** Today in UTC, "1 December 2026". Not toLocaleDateString: every chart has a print line, and each call built an
 * Intl formatter during the page load (measured: ~130 ms of main thread at 4x CPU slowdown). */
function today(): string {
  return formatPartialDate(new Date().toISOString().slice(0, 10));
}

export function PrintLine({ view }: { view: ViewState }) {
  const [stamp, setStamp] = useState<{ link: string; date: string } | null>(null);
  useEffect(() => {
    const update = () => setStamp({ link: `${location.origin}${viewHref(view)}`, date: today() });
    update();
    window.addEventListener("beforeprint", update);
    return () => window.removeEventListener("beforeprint", update);
  }, [view]);
  return (
    <p className="print-only export-print-line" data-print-line>
      View: {stamp?.link ?? viewHref(view)}
      {stamp ? ` · Printed ${stamp.date}` : ""}
    </p>
  );
}
