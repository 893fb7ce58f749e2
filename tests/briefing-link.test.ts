// A deck in a link: it round-trips, and a tampered, truncated, oversized or foreign payload is refused with the
// reason (never a throw). Runs the same CompressionStream the browser uses (Node has it too).
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DECK_LIMITS } from "@/lib/briefing/deck";
import { DEFAULT_DECK } from "@/lib/briefing/default-deck";
import { readFragment, writeFragment } from "@/lib/briefing/fragment";
import { decodeDeck, encodeDeck } from "@/lib/briefing/link";

const b64url = (b: Buffer) => b.toString("base64url");

describe("deck links", () => {
  it("round-trip the default deck, in a payload that fits the limit", async () => {
    const payload = await encodeDeck(DEFAULT_DECK);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(DECK_LIMITS.fragmentChars);
    expect(await decodeDeck(payload)).toEqual({ ok: true, deck: DEFAULT_DECK });
  });

  it("refuse a truncated payload", async () => {
    const payload = await encodeDeck(DEFAULT_DECK);
    for (const cut of [payload.length - 1, payload.length - 12, Math.floor(payload.length / 2)]) {
      const r = await decodeDeck(payload.slice(0, cut));
      expect(r.ok, `cut at ${cut}`).toBe(false);
      if (!r.ok) expect(["truncated", "undecodable"]).toContain(r.problem.kind);
    }
  });

  it("refuse a tampered payload (one character changed inside the compressed data)", async () => {
    const payload = await encodeDeck(DEFAULT_DECK);
    const i = Math.floor(payload.length / 2);
    const tampered = payload.slice(0, i) + (payload[i] === "A" ? "B" : "A") + payload.slice(i + 1);
    const r = await decodeDeck(tampered);
    expect(r.ok).toBe(false);
  });

  it("refuse what is not base64url or not gzip", async () => {
    for (const p of ["!!!", "<script>alert(1)</script>", b64url(Buffer.from("just some text that is long enough"))]) {
      const r = await decodeDeck(p);
      expect(r.ok ? null : r.problem.kind, p).toBe("undecodable");
    }
  });

  it("refuse an oversized link before decoding it", async () => {
    const r = await decodeDeck("A".repeat(DECK_LIMITS.fragmentChars + 1));
    expect(r.ok ? null : r.problem.kind).toBe("too-large");
    if (!r.ok) expect(r.problem.message).toMatch(/24,000/);
  });

  it("stop reading a small payload that inflates past the byte limit", async () => {
    const bomb = gzipSync(Buffer.from(" ".repeat(DECK_LIMITS.jsonBytes * 20)));
    const payload = b64url(bomb);
    expect(payload.length).toBeLessThan(DECK_LIMITS.fragmentChars);
    const r = await decodeDeck(payload);
    expect(r.ok ? null : r.problem.kind).toBe("too-large");
  });

  it("refuse a well-formed payload that breaks the schema, naming the field", async () => {
    const r = await decodeDeck(b64url(gzipSync(JSON.stringify({ ...DEFAULT_DECK, slides: [{ id: "a", chart: "aid-by-period", view: { from: "x" } }] }))));
    expect(r.ok ? null : r.problem.kind).toBe("invalid");
    if (!r.ok) expect(r.problem.message).toMatch(/slides\.0\.view/);
  });

  it("name the slide in the fragment beside the deck", () => {
    expect(writeFragment(null, 3)).toBe("#slide=3");
    expect(writeFragment("abc", 2)).toBe("#deck=abc&slide=2");
    expect(readFragment("#deck=abc&slide=2")).toEqual({ deck: "abc", slide: 2 });
    expect(readFragment("#slide=0")).toEqual({ deck: null, slide: null });
    expect(readFragment("")).toEqual({ deck: null, slide: null });
  });
});
