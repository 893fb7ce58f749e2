// The frame every chart shares: a <figure> whose head carries title, subtitle (units, dollar basis), a one-line
// summary and the chart's actions; sources and notes, and the data table of exactly the numbers drawn, sit behind
// two disclosures above the drawing, so nothing comes between a chart and what follows it (chart 1 and the band
// under it are one pair on one time axis). Explicit empty and error states.
// A server component: it holds no state and answers no event, so it sends no code to the browser.
import type { ReactNode } from "react";
import type { FigureTextData } from "@/lib/charts/figure-text";
import { methodsHref } from "@/lib/pages/methods";

type FigureText = FigureTextData;

export function ChartFigure({
  id,
  text,
  children,
  table,
  state = "ready",
  errorMessage,
  actions,
  testId,
  bodyFirst = false,
}: {
  id: string;
  text: FigureText;
  children: ReactNode;
  /** the accessible table of exactly the numbers drawn */
  table: ReactNode;
  state?: "ready" | "empty" | "error" | "loading";
  errorMessage?: string;
  actions?: ReactNode;
  testId?: string;
  /** the drawing first, its head below it: the band, directly under chart 1 */
  bodyFirst?: boolean;
}) {
  const titleId = `${id}-title`;
  const body =
    state === "empty" ? (
      <p className="chart-state">No data available for this selection: the sources have no records for these years.</p>
    ) : (
      <div className="chart-body">{children}</div>
    );
  const head = (
    <>
      <div className="chart-head">
        <div>
          <h3 id={titleId} className="chart-title">{text.title}</h3>
          {/* on a phone these two show only while "Sources and notes" is open, so the chart stays on the first screen */}
          <p className="chart-subtitle head-detail">{text.subtitle}</p>
          <p className="chart-summary head-detail">{text.summary}</p>
        </div>
      </div>
      {/* one row: the two disclosures, then the chart's actions (export, CSV...) at its end */}
      <div className="chart-disclosures">
        <details className="chart-about">
          <summary>Sources and notes</summary>
          <div className="chart-caption">
            <p className="muted">{text.sourceLine}</p>
            <p className="no-print"><a href={methodsHref(id)}>How this chart is made (methods and sources)</a></p>
            {text.notes && text.notes.length > 0 && (
              <ul className="chart-notes muted">
                {/* keyed by position: a note's text as its key travelled twice in the page's RSC payload */}
                {text.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            )}
          </div>
        </details>
        <details className="chart-table">
          <summary>Show data table</summary>
          <div className="table-scroll table-box" tabIndex={0} role="region" aria-label={`Data table: ${text.title}`}>
            {table}
          </div>
        </details>
        {actions && <div className="chart-actions">{actions}</div>}
      </div>
      {state === "error" ? (
        <p role="alert" className="chart-state">The chart could not be drawn: {errorMessage ?? "the data did not load"}. The last data shown is kept below.</p>
      ) : null}
    </>
  );
  return (
    <figure id={id} aria-labelledby={titleId} className="chart-figure" data-body-first={bodyFirst || undefined} data-testid={testId} aria-busy={state === "loading" || undefined}>
      {bodyFirst ? body : head}
      {bodyFirst ? head : body}
    </figure>
  );
}
