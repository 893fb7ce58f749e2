// A deck in a link: `/briefing#deck=<payload>&slide=<n>`. The payload is the deck's JSON, gzip-compressed with the
// browser's CompressionStream and written in base64url. It travels in the fragment, so it never reaches a server or
// its logs. gzip's length and CRC-32 trailer make a cut-off or altered payload fail to decode rather than decode to
// something else; the decompressed size is capped while reading, so a small payload cannot inflate without bound.
import { checkDeck, DECK_LIMITS, deckToJson, type Deck, type DeckResult } from "./deck";

function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(s: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | "too-large"> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return "too-large";
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(c) {
      c.enqueue(bytes);
      c.close();
    },
  });
}

/** The deck as a fragment payload. */
export async function encodeDeck(deck: Deck): Promise<string> {
  const json = new TextEncoder().encode(deckToJson(deck));
  const gz = await readAll(streamOf(json).pipeThrough(new CompressionStream("gzip")), Number.MAX_SAFE_INTEGER);
  if (gz === "too-large") throw new Error("unreachable");
  return toBase64Url(gz);
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** A fragment payload back to a deck, or the reason it cannot be one. Never throws. */
export async function decodeDeck(payload: string): Promise<DeckResult> {
  if (payload.length > DECK_LIMITS.fragmentChars)
    return {
      ok: false,
      problem: { kind: "too-large", message: `The deck link is too long (${payload.length.toLocaleString("en-US")} characters; at most ${DECK_LIMITS.fragmentChars.toLocaleString("en-US")}).` },
    };
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length < 18 || bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1])
    return { ok: false, problem: { kind: "undecodable", message: "The deck link cannot be read: it is not a deck this site wrote." } };
  let json: Uint8Array | "too-large";
  try {
    json = await readAll(streamOf(bytes).pipeThrough(new DecompressionStream("gzip")), DECK_LIMITS.jsonBytes);
  } catch {
    return { ok: false, problem: { kind: "truncated", message: "The deck link is incomplete or damaged: part of it may have been cut off when it was copied." } };
  }
  if (json === "too-large")
    return { ok: false, problem: { kind: "too-large", message: `The deck in the link is larger than ${DECK_LIMITS.jsonBytes / 1024} kB, the most a deck may be.` } };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json));
  } catch {
    return { ok: false, problem: { kind: "undecodable", message: "The deck link cannot be read: its contents are not a deck." } };
  }
  return checkDeck(value);
}
