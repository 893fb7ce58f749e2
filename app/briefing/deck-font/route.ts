// The font a downloaded deck file carries (lib/briefing/deck-file.ts): Inter Regular from @expo-google-fonts/inter, the
// font the chart files are set in, gzip-compressed and base64-encoded so the browser can inline it as it is.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { FONT_FILES } from "@/lib/charts/png";

export const dynamic = "force-static";

let body: string | null = null;

export function GET(): Response {
  body ??= gzipSync(readFileSync(FONT_FILES[0]), { level: 9 }).toString("base64");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=us-ascii", "Cache-Control": "public, max-age=86400, s-maxage=604800" },
  });
}
