// Keeps the audience window and the presenter window in step (BroadcastChannel, same origin only): whichever one
// advances tells the other. The presenter says hello; the audience answers with its deck and slide.
import { useCallback, useEffect, useRef } from "react";
import type { Deck } from "@/lib/briefing/deck";
import type { FactsByKey } from "@/lib/briefing/slides";

const PRESENTER_CHANNEL = "us-cambodia-briefing";

export type SyncMessage =
  | { type: "hello" }
  | { type: "state"; deck: Deck; slide: number; facts: FactsByKey }
  | { type: "goto"; slide: number };

/** A message from the other window, checked: the channel is same-origin, but a deck is never trusted unchecked. */
async function readMessage(data: unknown): Promise<SyncMessage | null> {
  if (typeof data !== "object" || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === "hello") return { type: "hello" };
  if (m.type === "goto" && Number.isInteger(m.slide)) return { type: "goto", slide: m.slide as number };
  if (m.type === "state" && Number.isInteger(m.slide) && typeof m.facts === "object" && m.facts !== null) {
    const { checkDeck } = await import("@/lib/briefing/deck");
    const r = checkDeck(m.deck);
    if (r.ok) return { type: "state", deck: r.deck, slide: m.slide as number, facts: m.facts as FactsByKey };
  }
  return null;
}

/** Listens on the channel; returns a function that posts to it (a no-op where BroadcastChannel is missing). */
export function usePresenterChannel(onMessage: (m: SyncMessage) => void): (m: SyncMessage) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const handler = useRef(onMessage);
  useEffect(() => {
    handler.current = onMessage;
  });
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const ch = new BroadcastChannel(PRESENTER_CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent) => {
      readMessage(e.data).then((m) => m && handler.current(m));
    };
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);
  return useCallback((m: SyncMessage) => channel.current?.postMessage(m), []);
}
