// One slide as the audience sees it (and the presenter's current and next slide, the same slide drawn smaller: its
// type is sized in the slide's own height, so a thumbnail shows all of it): the title slide (title, subtitle,
// presenter, date), a chart slide (one title, its chart file as an <img> painted at once, a takeaway of at most two
// lines and its sources in small type) or the sources slide. Deck text is rendered as React text, never as markup.
import { slideFileHref, type PresentedSlide, type SlideFileSize } from "@/lib/briefing/slides";

interface SlideViewProps {
  slide: PresentedSlide;
  /** the chart file's size (the slide's aspect at the design width); null: not measured yet, draw no image */
  fileSize: SlideFileSize | null;
  /** the slide on screen: its chart is fetched first */
  current?: boolean;
  /** the chart box of the slide on screen, measured to size the files */
  chartBoxRef?: (el: HTMLDivElement | null) => void;
  onChartPainted?: () => void;
  headingLevel?: 2 | 3;
}

export function SlideView({ slide, fileSize, current = false, chartBoxRef, onChartPainted, headingLevel = 2 }: SlideViewProps) {
  const H = headingLevel === 2 ? "h2" : "h3";
  if (slide.kind === "title")
    return (
      <div className="bf-slide-body bf-title-slide">
        <H className="bf-deck-title">{slide.title}</H>
        {slide.subtitle && <p className="bf-deck-subtitle">{slide.subtitle}</p>}
        <p className="bf-deck-byline">
          {slide.presenter && <span className="bf-deck-presenter">{slide.presenter}</span>}
          <span className="bf-deck-date">{slide.date}</span>
        </p>
      </div>
    );
  if (slide.kind === "sources")
    return (
      <div className="bf-slide-body bf-sources-slide">
        <H className="bf-slide-heading">{slide.title}</H>
        {slide.pending > 0 && <p>Gathering the sources of {slide.pending} chart{slide.pending === 1 ? "" : "s"}…</p>}
        <ul className="bf-sources">
          {slide.sources.map((s) => (
            <li key={s.id}>
              <strong>{s.publisher}</strong>, <cite>{s.title}</cite>
            </li>
          ))}
        </ul>
      </div>
    );
  const s = slide.slide;
  return (
    <div className="bf-slide-body bf-chart-slide">
      <H className="bf-slide-heading">{slide.title}</H>
      <div className="bf-chart-box" ref={current ? chartBoxRef : undefined}>
        {fileSize && (
          <img
            src={slideFileHref(s.chart, s.view, fileSize)}
            width={fileSize.width}
            height={fileSize.height}
            alt={`Chart: ${slide.facts?.title ?? slide.title}.`}
            className="bf-chart"
            data-slide-chart={s.chart}
            loading="eager"
            fetchPriority={current ? "high" : "low"}
            onLoad={current ? onChartPainted : undefined}
          />
        )}
      </div>
      <p className="bf-takeaway" title={slide.takeaway || undefined}>
        {slide.takeaway || "Computing the takeaway from the data…"}
      </p>
      {slide.source && <p className="bf-slide-source">{slide.source}</p>}
    </div>
  );
}
