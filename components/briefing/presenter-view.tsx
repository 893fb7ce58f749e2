"use client";
// The presenter window (/briefing/presenter, opened with P from the audience window): the current slide, the next
// one, the speaker notes, a timer and the clock. It follows the audience window and leads it: whichever advances,
// the other follows (BroadcastChannel). Until the audience answers it shows the deck its own address names.
import { useEffect, useMemo, useState } from "react";
import { NOMINAL_SLIDE_FILE, presentedSlides, type FactsByKey } from "@/lib/briefing/slides";
import type { Deck } from "@/lib/briefing/deck";
import { SlideView } from "./slide-view";
import { useDeck } from "./use-deck";
import { useSlideFacts } from "./use-slide-facts";
import { usePresenterChannel } from "./presenter-channel";
import { useSlideKeys } from "./use-slide-keys";
import { useDeckNavigation } from "./use-deck-navigation";

/** The presenter's thumbnails are whole 16:9 slides: their chart files are a nominal slide's. */
const THUMB_FILE = NOMINAL_SLIDE_FILE;

function clockText(d: Date): string {
  return d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

function elapsedText(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, "0");
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function PresenterView({ initialFacts }: { initialFacts: FactsByKey }) {
  const [loaded] = useDeck();
  const [audienceDeck, setAudienceDeck] = useState<Deck | null>(null);
  const deck = audienceDeck ?? loaded?.deck ?? null;
  const [facts, addFacts] = useSlideFacts(deck, initialFacts);
  const slides = useMemo(() => (deck ? presentedSlides(deck, facts) : []), [deck, facts]);
  const count = slides.length;
  const [now, setNow] = useState<Date | null>(null);
  const [started, setStarted] = useState<number | null>(null);
  const [connected, setConnected] = useState(false);

  const post = usePresenterChannel((m) => {
    if (m.type === "state") {
      setAudienceDeck(m.deck);
      addFacts(m.facts);
      follow(m.slide, presentedSlides(m.deck, {}).length);
      setConnected(true);
    } else if (m.type === "goto") {
      follow(m.slide);
      setConnected(true);
    }
  });
  const { slide, go, follow, navigate } = useDeckNavigation(count, post);
  useEffect(() => {
    post({ type: "hello" });
  }, [post]);
  useEffect(() => {
    if (loaded?.slide) follow(loaded.slide, presentedSlides(loaded.deck, {}).length);
  }, [loaded, follow]);

  useEffect(() => {
    setNow(new Date());
    setStarted(Date.now());
    const t = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(t);
  }, []);

  useSlideKeys((a) => void navigate(a));

  if (!deck)
    return (
      <main id="main" className="bf-root bf-presenter">
        <h1 className="sr-only">Presenter view</h1>
        <p className="bf-loading">Opening the deck…</p>
      </main>
    );
  const current = slides[slide - 1];
  const next = slides[slide];
  return (
    <main id="main" className="bf-root bf-presenter">
      <h1 className="bf-presenter-title">
        Presenter view: <span className="bf-presenter-deck">{deck.title}</span>
      </h1>
      <p className="bf-presenter-status" role="status">
        {connected ? "In step with the audience window." : "Waiting for the audience window (open /briefing and press P there)."}
      </p>
      <div className="bf-presenter-grid">
        <section aria-labelledby="bf-current-h" className="bf-presenter-current">
          <h2 id="bf-current-h" className="bf-presenter-label">
            Current: slide <span data-testid="presenter-slide">{slide}</span> of {count}
          </h2>
          <div className="bf-thumb" data-testid="presenter-current">{current && <SlideView slide={current} fileSize={THUMB_FILE} current headingLevel={3} />}</div>
        </section>
        <section aria-labelledby="bf-next-h" className="bf-presenter-next">
          <h2 id="bf-next-h" className="bf-presenter-label">Next</h2>
          <div className="bf-thumb" data-testid="presenter-next">{next ? <SlideView slide={next} fileSize={THUMB_FILE} headingLevel={3} /> : <p>End of the deck.</p>}</div>
        </section>
        <section aria-labelledby="bf-notes-h" className="bf-presenter-notes">
          <h2 id="bf-notes-h" className="bf-presenter-label">Notes</h2>
          <p>{current?.notes ?? "No notes for this slide."}</p>
        </section>
        <section aria-label="Time" className="bf-presenter-time">
          <p>
            Timer <span className="bf-big" data-testid="presenter-timer">{now && started !== null ? elapsedText(now.getTime() - started) : "00:00"}</span>{" "}
            <button type="button" onClick={() => setStarted(Date.now())}>
              Restart timer
            </button>
          </p>
          <p>
            Clock <span className="bf-big" data-testid="presenter-clock">{now ? clockText(now) : ""}</span>
          </p>
        </section>
      </div>
      <nav className="bf-toolbar" aria-label="Slides">
        <button type="button" onClick={() => go(slide - 1)} disabled={slide <= 1}>
          Previous
        </button>
        <button type="button" onClick={() => go(slide + 1)} disabled={slide >= count}>
          Next
        </button>
      </nav>
    </main>
  );
}
