"use client";
// The audience window of /briefing: one slide at a time filling the window, in a high-contrast light theme with
// projector-sized type. Keys, click and swipe move through the deck; the address names the slide (#slide=N, after
// the deck's own #deck=... when it came from a link); a presenter window opened with P follows it and leads it.
import { useEffect, useMemo, useRef, useState } from "react";
import { clampSlide, presentedSlides, slideFileSize, type FactsByKey } from "@/lib/briefing/slides";
import { readFragment, writeFragment } from "@/lib/briefing/fragment";
import { SlideView } from "./slide-view";
import { useDeck } from "./use-deck";
import { useSlideFacts } from "./use-slide-facts";
import { usePresenterChannel, type SyncMessage } from "./presenter-channel";
import { useSlideKeys } from "./use-slide-keys";
import { useClickAndSwipe } from "./use-swipe";
import { useBoxSize } from "./use-box-size";
import { useDeckNavigation } from "./use-deck-navigation";
import { DeckProblemNotice } from "./deck-problem-notice";
import { DeckFileButton } from "./deck-file-button";

function toggleFullscreen(force?: boolean) {
  const on = document.fullscreenElement !== null;
  if (force === false || (force === undefined && on)) {
    if (on) document.exitFullscreen().catch(() => undefined);
  } else if (!on) document.documentElement.requestFullscreen().catch(() => undefined);
}

export function BriefingShow({ initialFacts }: { initialFacts: FactsByKey }) {
  const [loaded, keep] = useDeck();
  const [facts] = useSlideFacts(loaded?.deck ?? null, initialFacts);
  const slides = useMemo(() => (loaded ? presentedSlides(loaded.deck, facts) : []), [loaded, facts]);
  const count = slides.length;
  const [notesOpen, setNotesOpen] = useState(false);
  const [box, chartBoxRef] = useBoxSize();
  const [stageBox, stageRef] = useBoxSize();
  const painted = useRef(false);

  const post = usePresenterChannel((m: SyncMessage) => {
    if (m.type === "hello" && loaded) post({ type: "state", deck: loaded.deck, slide, facts });
    if (m.type === "goto") follow(m.slide);
  });
  const { slide, go, follow, navigate } = useDeckNavigation(count, post);

  // the deck has arrived: open at the slide the address names, and tell an open presenter window
  useEffect(() => {
    if (!loaded) return;
    const n = clampSlide(loaded.slide ?? 1, presentedSlides(loaded.deck, {}).length);
    follow(n, n);
    post({ type: "state", deck: loaded.deck, slide: n, facts });
    // only when a deck is loaded (post is stable; facts follow through the presenter's own requests)
  }, [loaded]);

  // the address names the slide
  useEffect(() => {
    if (!loaded) return;
    const hash = writeFragment(loaded.payload, slide);
    if (window.location.hash !== hash) window.history.replaceState(null, "", `${window.location.pathname}${hash}`);
  }, [loaded, slide]);
  useEffect(() => {
    const onHash = () => {
      const n = readFragment(window.location.hash).slide;
      if (n !== null) go(n);
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [go]);

  const openPresenter = () => {
    const hash = writeFragment(loaded?.payload ?? null, slide);
    window.open(`/briefing/presenter${hash}`, "us-cambodia-briefing-presenter", "popup,width=1200,height=800");
  };

  const digits = useSlideKeys((a) => {
    if (navigate(a)) return;
    if (a.type === "fullscreen") toggleFullscreen();
    else if (a.type === "notes") setNotesOpen((o) => !o);
    else if (a.type === "presenter") openPresenter();
    else if (a.type === "escape") toggleFullscreen(false);
  });
  const pointer = useClickAndSwipe((by) => go(slide + by));

  const onChartPainted = () => {
    if (painted.current) return;
    painted.current = true;
    performance.mark("briefing:first-chart");
  };

  if (!loaded)
    return (
      <main id="main" className="bf-root bf-show">
        <h1 className="sr-only">Briefing</h1>
        <p className="bf-loading">Opening the deck…</p>
      </main>
    );

  const current = slides[slide - 1];
  const notes = current?.notes;
  // the files are drawn at the chart box's aspect once a chart slide has been on screen; before that (on the title
  // slide) an estimate from the stage fetches the next slides' charts ahead, while a chart slide waits for its box
  const estimate = stageBox ? slideFileSize({ width: stageBox.width * 0.9, height: stageBox.height * 0.6 }, stageBox.height) : null;
  const fileSize = box && stageBox ? slideFileSize(box, stageBox.height) : current?.kind === "chart" ? null : estimate;
  return (
    <main id="main" className="bf-root bf-show">
      <h1 className="sr-only">Briefing: {loaded.deck.title}</h1>
      {loaded.problem && <DeckProblemNotice problem={loaded.problem} />}
      <div className="bf-stage" {...pointer} ref={stageRef} data-testid="slide-stage">
        {slides.map((s, i) => (
          <section
            key={s.kind === "chart" ? s.slide.id : s.kind}
            className="bf-slide"
            data-current={i + 1 === slide || undefined}
            aria-roledescription="slide"
            aria-label={`Slide ${i + 1} of ${count}`}
            data-slide={i + 1}
          >
            <SlideView slide={s} fileSize={fileSize} current={i + 1 === slide} chartBoxRef={chartBoxRef} onChartPainted={onChartPainted} />
          </section>
        ))}
      </div>
      {notesOpen && (
        <aside className="bf-notes" aria-label="Speaker notes">
          <h2 className="bf-notes-heading">Notes</h2>
          <p>{notes ?? "No notes for this slide."}</p>
        </aside>
      )}
      <nav className="bf-toolbar no-print" aria-label="Slides">
        <button type="button" onClick={() => go(slide - 1)} disabled={slide <= 1}>
          Previous
        </button>
        <span className="bf-count" role="status" aria-live="polite">
          Slide {slide} of {count}
          {digits && <span className="bf-digits"> · go to {digits}</span>}
        </span>
        <progress className="bf-progress" max={count} value={slide} aria-label="Progress through the deck" />
        <button type="button" onClick={() => go(slide + 1)} disabled={slide >= count}>
          Next
        </button>
        <button type="button" aria-pressed={notesOpen} onClick={() => setNotesOpen((o) => !o)} aria-keyshortcuts="N">
          Notes
        </button>
        <button type="button" onClick={openPresenter} aria-keyshortcuts="P">
          Presenter view
        </button>
        <button type="button" onClick={() => toggleFullscreen()} aria-keyshortcuts="F">
          Full screen
        </button>
        <button type="button" onClick={() => window.print()}>
          Print / PDF
        </button>
        <DeckFileButton deck={loaded.deck} facts={facts} />
        <a
          href="/briefing/edit"
          onClick={() => {
            // editing a deck from a link keeps it in this browser first, so the editor opens on it
            if (loaded.origin === "link") keep(loaded.deck);
          }}
        >
          Edit deck
        </a>
      </nav>
    </main>
  );
}
