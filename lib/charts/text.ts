// Text measuring and wrapping for the pure renderers. Widths are estimated from the character count (the files are
// drawn in Inter, which the server ships; a browser may substitute its own sans-serif), so layouts leave a margin.
export const FONT_FAMILY = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/** Estimated width of `s` at `size` px; semibold text runs about 5% wider. */
export function textWidth(s: string, size: number, weight: "normal" | "bold" = "normal"): number {
  return s.length * size * (weight === "bold" ? 0.61 : 0.58);
}

/** A web address wrapped before its "?" and each "&" (it has no spaces to break at), at most `maxLines` lines; the
 * last line ends in "..." if cut. */
export function wrapUrl(url: string, maxWidth: number, size: number, maxLines = 2): string[] {
  const lines: string[] = [];
  for (const piece of url.split(/(?=[?&])/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(last + piece, size) <= maxWidth) lines[lines.length - 1] = last + piece;
    else lines.push(piece);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}...`;
  return kept;
}

/** Greedy word wrap into at most `maxLines` lines of about `maxWidth` px; the last line ends in "..." if cut. */
export function wrapWords(text: string, maxWidth: number, size: number, maxLines = Infinity, weight: "normal" | "bold" = "normal"): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    const candidate = line ? `${line} ${w}` : w;
    if (textWidth(candidate, size, weight) <= maxWidth || !line) line = candidate;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}...`;
  return kept;
}
