// "/timeline": every dated event, searchable and filtered by category, decade and confidence. The filters are a GET
// form and the server filters (the page reads searchParams), so it works the same without JavaScript, and every
// filtered list is a link. Beside each event: the relations status in force on its date, its fiscal year's aid, and
// a link to the dashboard by year around it.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/server/origin";
import { redirect } from "next/navigation";
import { SiteHeader } from "@/components/dashboard/site-header";
import { SiteFooter } from "@/components/site/site-footer";
import { SourceRefs } from "@/components/ui/source-refs";
import { getDataset } from "@/lib/data/get-dataset";
import { formatEventDate, formatPartialDate } from "@/lib/util/dates";
import { fyRange } from "@/lib/aid/fiscal";
import { formatUsdShort } from "@/lib/util/format";
import { CONFIDENCES, EVENT_CATEGORIES, type AidEvent } from "@/lib/data/schema";
import { eventContext, eventDecades, filterEvents, parseTimelineParams, timelineHref, type TimelineFilters } from "@/lib/pages/timeline";
import { pageMetadata } from "@/lib/pages/meta";

/** Rendered per request: link previews name the host the request came to (or SITE_URL). */
export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    origin: siteOrigin(await headers()),
    path: "/timeline",
    title: "Timeline of US-Cambodia relations, 1950-2026",
    description:
      "Every dated event of US-Cambodia relations from 1950, searchable and filtered by category, decade and confidence, each with its sources, the state of relations and that year's US aid.",
  });
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function toParams(sp: Record<string, string | string[] | undefined>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) p.append(k, x);
  return p;
}

const CATEGORY_LABEL: Record<(typeof EVENT_CATEGORIES)[number], string> = {
  diplomatic: "Diplomatic",
  aid: "Aid",
  military: "Military",
  legislative: "Legislative",
  political: "Political",
  economic: "Economic",
};

function describeFilters(f: TimelineFilters): string {
  const parts: string[] = [];
  if (f.categories.length) parts.push(f.categories.map((c) => CATEGORY_LABEL[c].toLowerCase()).join(" or "));
  if (f.decade !== null) parts.push(`in the ${f.decade}s`);
  if (f.confidence) parts.push(`of ${f.confidence} confidence`);
  if (f.q) parts.push(`matching "${f.q}"`);
  return parts.join(", ");
}

function When({ e }: { e: AidEvent }) {
  const text = formatEventDate(e);
  if (e.precision === "range")
    return (
      <p>
        <span className="when when-range">
          <time dateTime={e.start}>{formatPartialDate(e.start)}</time> to <time dateTime={e.end ?? e.start}>{formatPartialDate(e.end ?? e.start)}</time>
        </span>{" "}
        <span className="when-kind">{e.label ? `(${e.label}, a span)` : "(a span of dates)"}</span>
      </p>
    );
  if (e.precision === "approximate")
    return (
      <p>
        <span className="when when-approx">
          <time dateTime={e.start}>{text}</time>
        </span>{" "}
        <span className="when-kind">
          (approximate: somewhere in {formatPartialDate(e.start)} to {formatPartialDate(e.end ?? e.start)})
        </span>
      </p>
    );
  return (
    <p>
      <time className="when" dateTime={e.start}>
        {text}
      </time>
      {e.precision !== "day" && <span className="when-kind"> (dated to the {e.precision} only)</span>}
    </p>
  );
}

export default async function TimelinePage({ searchParams }: { searchParams: SearchParams }) {
  const ds = getDataset();
  const decades = eventDecades(ds);
  const given = toParams(await searchParams);
  const { filters, issues } = parseTimelineParams(given, decades);
  // the plain form sends every field, empty ones too: answer with the filters' own short address
  const canonical = timelineHref(filters);
  if (!issues.length && `/timeline${given.size ? `?${given.toString()}` : ""}` !== canonical) redirect(canonical);
  const events = filterEvents(ds, filters);
  const total = ds.events.events.length;
  const described = describeFilters(filters);
  const filtered = described !== "";
  return (
    <div className="theme-root" data-theme="system">
      <SiteHeader current="timeline" />
      <main id="main" tabIndex={-1} className="page-main">
        <h1>Timeline of US-Cambodia relations</h1>
        <p>
          Every dated event from {decades[0]} on, with its sources and how sure they are. Beside each: the state of relations on that date, the
          US aid obligated in that fiscal year, and a link to the dashboard by year around it.{" "}
          <a href="/methods#disputes">How disputed dates are shown</a>.
        </p>

        <form method="get" action="/timeline" className="filters" role="search" aria-label="Filter the events">
          <label className="field">
            <span>Search the events</span>
            <input type="search" name="q" defaultValue={filters.q} maxLength={100} placeholder="e.g. bombing, Mayaguez, 1973" />
          </label>
          <fieldset>
            <legend>Category</legend>
            {EVENT_CATEGORIES.map((c) => (
              <label key={c} className="check">
                <input type="checkbox" name="category" value={c} defaultChecked={filters.categories.includes(c)} />
                {CATEGORY_LABEL[c]}
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span>Decade</span>
            <select name="decade" defaultValue={filters.decade === null ? "" : `${filters.decade}s`}>
              <option value="">Every decade</option>
              {decades.map((d) => (
                <option key={d} value={`${d}s`}>
                  {d}s
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Confidence</span>
            <select name="confidence" defaultValue={filters.confidence ?? ""}>
              <option value="">Any confidence</option>
              {CONFIDENCES.map((c) => (
                <option key={c} value={c}>
                  {c === "low" ? "low (unconfirmed)" : c}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Order</span>
            <select name="order" defaultValue={filters.order}>
              <option value="oldest">Oldest first</option>
              <option value="newest">Newest first</option>
            </select>
          </label>
          <button type="submit">Show events</button>
          {filtered && (
            <a className="reset" href={timelineHref({ ...filters, q: "", categories: [], decade: null, confidence: null })}>
              Clear the filters
            </a>
          )}
        </form>

        {issues.length > 0 && (
          <div className="notice" role="note" data-testid="timeline-issues">
            <p>Some of the link&apos;s filters could not be used and were left out:</p>
            <ul className="prose">
              {issues.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          </div>
        )}

        <p className="results-count" role="status" aria-live="polite" data-testid="results-count">
          {filtered ? `${events.length} of ${total} events: ${described}.` : `All ${total} events, ${filters.order === "newest" ? "newest" : "oldest"} first.`}
        </p>

        {events.length === 0 ? (
          <p>No event matches. Try fewer words or another decade, or <a href="/timeline">see every event</a>.</p>
        ) : (
          <ol className="timeline-list" aria-label={`Events, ${filters.order} first`}>
            {events.map((e) => {
              const ctx = eventContext(ds, e);
              const fy = `FY${ctx.fiscalYear}`;
              return (
                <li key={e.id} id={`event-${e.id}`} className="timeline-item" data-precision={e.precision} data-event={e.id}>
                  <article aria-labelledby={`event-${e.id}-h`}>
                    <When e={e} />
                    <h2 id={`event-${e.id}-h`} className="event-title">
                      {e.title}
                    </h2>
                    <p>{e.description}</p>
                    {e.alternatives.length > 0 && (
                      <div className="alt-dates" data-testid="alternative-dates">
                        <strong>Disputed date.</strong> {formatEventDate(e)} in <SourceRefs ids={e.sourceIds} sources={ds.sourceById} />;{" "}
                        {e.alternatives.map((a, i) => (
                          <span key={i}>
                            {formatPartialDate(a.date)} in <SourceRefs ids={a.sourceIds} sources={ds.sourceById} /> ({a.note}){i < e.alternatives.length - 1 ? "; " : "."}
                          </span>
                        ))}
                      </div>
                    )}
                    <p className="event-meta">
                      <span>Category: {CATEGORY_LABEL[e.category]}</span>
                      <span>Confidence: {e.confidence === "low" ? "low (unconfirmed)" : e.confidence}</span>
                      <span>
                        Sources: <SourceRefs ids={e.sourceIds} sources={ds.sourceById} />
                        {e.seedParagraph !== null && ` (seed paragraph ${e.seedParagraph})`}
                      </span>
                    </p>
                    <dl className="event-context">
                      <div>
                        <dt>Relations:</dt>{" "}
                        <dd data-testid="relations-status">
                          {ctx.status ? (
                            <>
                              {ctx.status.label} <span className="muted">({ctx.status.phase})</span>
                              {ctx.statusAtEnd && (
                                <>
                                  , then {ctx.statusAtEnd.label} <span className="muted">({ctx.statusAtEnd.phase})</span>
                                </>
                              )}
                            </>
                          ) : (
                            <span className="no-data">not covered (after the last sourced phase)</span>
                          )}
                        </dd>
                      </div>
                      <div>
                        <dt>
                          US aid, {fy}
                          {ctx.transitionQuarter ? " (transition quarter)" : ""}:
                        </dt>{" "}
                        <dd data-testid="fy-aid">
                          {ctx.aid === null ? (
                            <span className="no-data">outside the series (FY1955-2024)</span>
                          ) : ctx.aid.status === "no-data" ? (
                            <span className="no-data">no data (no records, not $0)</span>
                          ) : ctx.aid.status === "known-zero" ? (
                            <>$0, a known zero: {ctx.aid.knownZeroReason}</>
                          ) : (
                            <>
                              {formatUsdShort(ctx.aid.total)} obligated{ctx.aid.status === "provisional" ? " (provisional)" : ""}
                            </>
                          )}
                        </dd>
                      </div>
                      <div>
                        <dt>Dashboard:</dt>{" "}
                        <dd>
                          {ctx.dashboardHref && ctx.dashboardRange ? (
                            <a href={ctx.dashboardHref} data-testid="dashboard-link">
                              {fy} on the dashboard
                              <span className="muted"> (by year, {fyRange(ctx.dashboardRange.from, ctx.dashboardRange.to)})</span>
                            </a>
                          ) : (
                            <span className="muted">no dashboard year: the aid series covers FY1955-2024.</span>
                          )}
                        </dd>
                      </div>
                    </dl>
                  </article>
                </li>
              );
            })}
          </ol>
        )}
      </main>
      <SiteFooter />
    </div>
  );
}
