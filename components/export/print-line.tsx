// What a printed chart carries under its title: the view's link and the print date (set again when printing starts).
import { useEffect, useState } from "react";
import { viewHref, type ViewState } from "@/lib/view";

function today(): string {
  return new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
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
