"use client";
// The deck editor (/briefing/edit): the deck's title slide, then each chart slide with a preview, its title,
// takeaway and notes (empty: the computed ones), moved up or down by button (so by keyboard too), removed or
// presented from. Every change is kept in this browser at once. The deck goes out as a link or a JSON file. A refused
// file says why and shows the default deck (as a refused link does), offering to restore the deck the author had.
import { useEffect, useRef, useState } from "react";
import { DEFAULT_DECK } from "@/lib/briefing/default-deck";
import type { Deck, DeckProblem } from "@/lib/briefing/deck";
import { editSlide, editTitleSlide, emptyDeck, moveSlide, removeSlide } from "@/lib/briefing/deck-edits";
import { TAKEAWAY_FITS } from "@/lib/briefing/takeaway-fit";
import { factsKey, slideFileHref, type FactsByKey } from "@/lib/briefing/slides";
import { useDeck } from "./use-deck";
import { useSlideFacts } from "./use-slide-facts";
import { DeckProblemNotice } from "./deck-problem-notice";
import { DeckShare } from "./deck-share";

const PREVIEW = { width: 1200, height: 600 };
const chartSlides = (d: Deck) => `${d.slides.length} chart slide${d.slides.length === 1 ? "" : "s"}`;

export function DeckEditor({ initialFacts }: { initialFacts: FactsByKey }) {
  const [loaded, keep, show] = useDeck();
  const [facts] = useSlideFacts(loaded?.deck ?? null, initialFacts);
  // a refused file: why, and the deck the author had (kept in this browser until they change the default shown)
  const [refused, setRefused] = useState<{ problem: DeckProblem; previous: Deck | null } | null>(null);
  const [saved, setSaved] = useState(true);
  const [restored, setRestored] = useState("");
  const focusAfterMove = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focusAfterMove.current) return;
    document.getElementById(focusAfterMove.current)?.focus();
    focusAfterMove.current = null;
  });

  if (!loaded)
    return (
      <main id="main" className="bf-root bf-editor">
        <h1>Edit the briefing</h1>
        <p>Opening the deck…</p>
      </main>
    );
  const deck = loaded.deck;
  const change = (d: Deck) => setSaved(keep(d));
  const refuse = (problem: DeckProblem) => {
    // a second refused file keeps the first one's deck to restore
    const previous = refused ? refused.previous : loaded.origin === "default" ? null : deck;
    setRefused({ problem, previous });
    setRestored("");
    show({ deck: DEFAULT_DECK, origin: "default", payload: null, problem: null, slide: null });
  };
  const restore = (previous: Deck) => {
    setRefused(null);
    change(previous);
    setRestored(`Restored “${previous.title}” (${chartSlides(previous)}).`);
    heading.current?.focus();
  };
  const move = (i: number, by: number, which: "up" | "down") => {
    const id = deck.slides[i].id;
    change(moveSlide(deck, i, by));
    focusAfterMove.current = `move-${which}-${id}`;
  };

  return (
    <main id="main" className="bf-root bf-editor">
      <p className="bf-editor-nav">
        <a href="/">Back to the dashboard</a> · <a href="/briefing#slide=1">Present this deck</a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        Edit the briefing
      </h1>
      <p>
        {loaded.origin === "default"
          ? "This is the default deck. Any change keeps a copy of it in this browser. Add charts from the dashboard with “Add to briefing”."
          : "The deck is kept in this browser and survives a reload. Add charts from the dashboard with “Add to briefing”."}
      </p>
      {!saved && <p role="alert">This browser would not keep the deck (storage is off or full): export it as a file to keep it.</p>}
      {refused && (
        <DeckProblemNotice problem={refused.problem}>
          {refused.previous && (
            <p>
              <button type="button" onClick={() => refused.previous && restore(refused.previous)}>
                Restore the deck you had (“{refused.previous.title}”, {chartSlides(refused.previous)})
              </button>
            </p>
          )}
        </DeckProblemNotice>
      )}
      <p role="status">{restored}</p>

      <section aria-labelledby="bf-title-h" className="bf-editor-card">
        <h2 id="bf-title-h">Title slide</h2>
        <label>
          Deck title
          <input type="text" value={deck.title} maxLength={200} required onChange={(e) => change(editTitleSlide(deck, { title: e.target.value }))} />
        </label>
        <label>
          Subtitle
          <input type="text" value={deck.subtitle ?? ""} maxLength={200} onChange={(e) => change(editTitleSlide(deck, { subtitle: e.target.value }))} />
        </label>
        <label>
          Presenter (optional)
          <input type="text" value={deck.presenter ?? ""} maxLength={200} autoComplete="name" onChange={(e) => change(editTitleSlide(deck, { presenter: e.target.value }))} />
        </label>
        <label>
          Date (empty: the day it is shown)
          <input type="date" value={deck.date ?? ""} onChange={(e) => change(editTitleSlide(deck, { date: e.target.value }))} />
        </label>
        <label>
          Notes for the title slide
          <textarea rows={2} value={deck.notes ?? ""} maxLength={4000} onChange={(e) => change(editTitleSlide(deck, { notes: e.target.value }))} />
        </label>
      </section>

      <h2>Chart slides ({deck.slides.length})</h2>
      {deck.slides.length === 0 && <p>No chart slides yet: on the dashboard, press “Add to briefing” beside any chart.</p>}
      <ol className="bf-editor-list">
        {deck.slides.map((s, i) => {
          const f = facts[factsKey(s.chart, s.view)];
          const n = i + 2;
          const name = s.title ?? f?.title ?? s.chart;
          return (
            <li key={s.id} className="bf-editor-card" data-slide-id={s.id}>
              <h3 id={`h-${s.id}`}>
                Slide {n}: {name}
              </h3>
              <img src={slideFileHref(s.chart, s.view, PREVIEW)} width={PREVIEW.width} height={PREVIEW.height} alt={`Preview of slide ${n}`} loading="lazy" className="bf-preview" />
              <label>
                Title
                <input type="text" value={s.title ?? ""} placeholder={f?.title} maxLength={200} onChange={(e) => change(editSlide(deck, i, { title: e.target.value }))} />
              </label>
              <label>
                Takeaway (empty: computed from the data)
                <textarea rows={2} value={s.takeaway ?? ""} placeholder={f?.takeaway} maxLength={400} onChange={(e) => change(editSlide(deck, i, { takeaway: e.target.value }))} />
              </label>
              {f && <p className="bf-computed">Computed: {f.takeaway}</p>}
              {(s.takeaway?.length ?? 0) > TAKEAWAY_FITS && (
                <p className="bf-computed" role="status">
                  {s.takeaway?.length} characters: about {TAKEAWAY_FITS} fit in the slide&apos;s two lines, so a projected slide cuts the rest. Shorten it, or
                  move the rest to the speaker notes.
                </p>
              )}
              <label>
                Speaker notes
                <textarea rows={3} value={s.notes ?? ""} maxLength={4000} onChange={(e) => change(editSlide(deck, i, { notes: e.target.value }))} />
              </label>
              <div className="bf-editor-actions">
                <button type="button" id={`move-up-${s.id}`} disabled={i === 0} onClick={() => move(i, -1, "up")} aria-label={`Move slide ${n} up`}>
                  Move up
                </button>
                <button type="button" id={`move-down-${s.id}`} disabled={i === deck.slides.length - 1} onClick={() => move(i, 1, "down")} aria-label={`Move slide ${n} down`}>
                  Move down
                </button>
                <button type="button" onClick={() => change(removeSlide(deck, i))} aria-label={`Remove slide ${n}`}>
                  Remove
                </button>
                <a href={`/briefing#slide=${n}`} aria-label={`Present from slide ${n}`}>
                  Present from here
                </a>
              </div>
            </li>
          );
        })}
      </ol>

      <DeckShare deck={deck} facts={facts} onImport={(d) => (setRefused(null), change(d))} onProblem={refuse} />

      <section aria-labelledby="bf-start-h" className="bf-editor-card">
        <h2 id="bf-start-h">Start again</h2>
        <div className="bf-editor-actions">
          <button type="button" onClick={() => change(DEFAULT_DECK)}>
            Use the default deck
          </button>
          <button type="button" onClick={() => change(emptyDeck())}>
            Empty deck
          </button>
        </div>
      </section>
    </main>
  );
}
