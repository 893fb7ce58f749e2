// The frame every chart shares: a <figure> whose caption carries title, subtitle (units, dollar basis), a one-line
// summary, sources and notes; a "Show data table" disclosure; explicit empty and error states.
import type { ReactNode } from "react";
import type { FigureTextData } from "@/lib/charts/figure-text";

export type FigureText = FigureTextData;


export function ChartFigure({
  id,
  text,
  children,
  table,
  state = "ready",
  errorMessage,
  actions,
  testId,
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
}) {
  const titleId = `${id}-title`;
  return (
    <figure id={id} aria-labelledby={titleId} className="chart-figure" data-testid={testId} aria-busy={state === "loading" || undefined}>
      <div className="chart-head">
        <div>
          <h3 id={titleId} className="chart-title">{text.title}</h3>
          <p className="chart-subtitle">{text.subtitle}</p>
        </div>
        {actions && <div className="chart-actions">{actions}</div>}
      </div>
      {state === "error" ? (
        <p role="alert" className="chart-state">The chart could not be drawn: {errorMessage ?? "the data did not load"}. The last data shown is kept below.</p>
      ) : null}
      {state === "empty" ? (
        <p className="chart-state">No data available for this selection: the sources have no records for these years.</p>
      ) : (
        <div className="chart-body">{children}</div>
      )}
      <figcaption className="chart-caption">
        <p>{text.summary}</p>
        <p className="muted">{text.sourceLine}</p>
        {text.notes && text.notes.length > 0 && (
          <ul className="chart-notes muted">
            {text.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </figcaption>
      <details className="chart-table">
        <summary>Show data table</summary>
        <div className="table-scroll">{table}</div>
      </details>
    </figure>
  );
}
