// The frame of a chart file: title, subtitle, the chart, its summary, notes, source line and the view's link, drawn
// inside one standalone SVG with literal colours, so the file says what it shows wherever it goes.
import { el, type SvgNode } from "../svg/tree";
import type { FigureTextData } from "./figure-text";
import type { ColorResolver } from "./palette";
import { FONT_FAMILY, wrapUrl, wrapWords } from "./text";

const FRAME_PADDING = 16;

const TITLE = { size: 18, line: 23, maxLines: 3 } as const;
const SUBTITLE = { size: 12, line: 16, maxLines: 3 } as const;
const SUMMARY = { size: 12, line: 16, maxLines: 4 } as const;
const NOTE = { size: 10, line: 13, maxLines: 3 } as const;
const SOURCE = { size: 11, line: 14, maxLines: 3 } as const;
const LINK = { size: 10, line: 13 } as const;
const GAP = 10;
/** The chart itself is never squeezed below this height to make room for notes; notes are dropped first. */
const MIN_BODY = 160;
/** A chart of fixed height (the relations band) is scaled up to fill a frame of fixed height, laid out no narrower
 * than this (its phone layout) to get there. */
const MIN_FILL_WIDTH = 360;

interface FrameText extends FigureTextData {
  /** the view's address, printed at the foot */
  link: string;
}

/** A chart laid out for the space it is given: `height` null asks for its natural height. */
export type BodyRenderer = (width: number, height: number | null) => { node: SvgNode; height: number };

interface TextBlock {
  lines: string[];
  size: number;
  line: number;
  weight?: number;
  fill: string;
  role: string;
}

function block(text: string, spec: { size: number; line: number; maxLines?: number }, width: number, fill: string, role: string, weight?: number): TextBlock {
  return { lines: wrapWords(text, width, spec.size, spec.maxLines ?? Infinity, weight ? "bold" : "normal"), size: spec.size, line: spec.line, weight, fill, role };
}

const blockHeight = (b: TextBlock) => b.lines.length * b.line;

function drawBlock(b: TextBlock, x: number, top: number): SvgNode {
  return el(
    "text",
    { x, y: top + b.size, "font-size": b.size, "font-weight": b.weight, fill: b.fill, "data-frame": b.role },
    b.lines.map((l, i) => el("tspan", { x, dy: i === 0 ? 0 : b.line }, [l])),
  );
}

/** The body's children in a group placed at (x, y): the body's own <svg> root is dropped, its content kept. */
function placed(body: SvgNode, x: number, y: number, scale: number): SvgNode {
  const data = Object.fromEntries(Object.entries(body.attrs ?? {}).filter(([k]) => k.startsWith("data-")));
  const transform = `translate(${x} ${y})${scale !== 1 ? ` scale(${Math.round(scale * 1000) / 1000})` : ""}`;
  return el("g", { ...data, transform, "data-frame": "chart" }, body.children ?? []);
}

/**
 * The body in `space` of fixed height: a chart that stretches takes it as it is; a chart of its own fixed height
 * that would leave most of it blank (the band, a strip in a slide's frame) is laid out narrower and scaled up, so
 * that it spans the width and fills the height (never laid out below MIN_FILL_WIDTH).
 */
function filling(body: BodyRenderer, inner: number, space: number): { node: SvgNode; height: number; scale: number } {
  const first = body(inner, space);
  const most = Math.min(inner / MIN_FILL_WIDTH, 8);
  if (first.height >= space * 0.95 || most <= 1) return { ...first, scale: 1 };
  // the largest scale whose drawing still fits the height: laid out narrower, a chart may grow taller
  const fits = (k: number) => body(inner / k, space / k).height * k <= space;
  let lo = 1;
  let hi = most;
  if (fits(hi)) lo = hi;
  else
    for (let i = 0; i < 10 && hi - lo > 0.005; i++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
  const drawn = lo === 1 ? first : body(inner / lo, space / lo);
  return { node: drawn.node, height: drawn.height * lo, scale: lo };
}

/**
 * Lays out title, subtitle, chart and footer in `width` x `height` (the chart's natural height when height is null).
 * Notes that do not fit a fixed height are dropped, last first, and the footer says so; if even the title, chart
 * and source do not fit, the whole drawing is scaled down to the frame, so the file always has the size asked for.
 */
interface FrameOptions {
  width: number;
  height: number | null;
  color: ColorResolver;
  /** "file": every part (the chart file standing alone); "slide": the subtitle, the chart and its notes, for a slide
   * that gives the title, the takeaway and the sources itself (one title per slide) */
  parts?: "file" | "slide";
}

export function frameChart(body: BodyRenderer, text: FrameText, opts: FrameOptions): SvgNode {
  const { width, color } = opts;
  const slide = opts.parts === "slide";
  const inner = width - 2 * FRAME_PADDING;
  const fg = color("--fg");
  const muted = color("--muted");
  const head = [...(slide ? [] : [block(text.title, TITLE, inner, fg, "title", 600)]), block(text.subtitle, SUBTITLE, inner, muted, "subtitle")];
  let summary = text.summary && !slide ? [block(text.summary, SUMMARY, inner, fg, "summary")] : [];
  const allNotes = (text.notes ?? []).map((n) => block(n, NOTE, inner, muted, "note"));
  let source = block(text.sourceLine, SOURCE, inner, fg, "source");
  // an address has no spaces: it breaks before its "?" and each "&" so that no line runs off a phone-wide file
  const link: TextBlock = { lines: wrapUrl(text.link, inner, LINK.size, 3), size: LINK.size, line: LINK.line, fill: muted, role: "link" };
  const foot = (notes: TextBlock[]) => (slide ? [...notes] : [...summary, ...notes, source, link]);
  const headH = FRAME_PADDING + head.reduce((a, b) => a + blockHeight(b), 0) + GAP;
  const footH = (notes: TextBlock[]) => GAP + foot(notes).reduce((a, b) => a + blockHeight(b) + 4, 0) + FRAME_PADDING - 4;

  let notes = allNotes;
  let dropped = 0;
  let drawn: { node: SvgNode; height: number; scale: number };
  if (opts.height === null) drawn = { ...body(inner, null), scale: 1 };
  else {
    // the chart at its natural height comes before the notes; below that it may shrink to MIN_BODY, notes gone
    const natural = body(inner, null).height;
    const room = (ns: TextBlock[]) => opts.height! - headH - footH(ns);
    while (notes.length > 0 && room(notes) < natural) {
      notes = notes.slice(0, -1);
      dropped += 1;
    }
    // where the chart cannot shrink into what is left, the summary goes (a slide says it in its takeaway, the page in
    // its caption), then the source line's second and third lines (the view's link lists every source)
    const chartFits = (ns: TextBlock[]) => room(ns) >= Math.min(natural, MIN_BODY) && body(inner, room(ns)).height <= room(ns) + 0.5;
    if (summary.length > 0 && !chartFits(notes)) summary = [];
    if (!chartFits(notes)) source = block(text.sourceLine, { ...SOURCE, maxLines: 1 }, inner, fg, "source");
    // the notes left out are counted in a line of their own, where it fits
    const more = [...notes, block(`${dropped} more note${dropped === 1 ? "" : "s"} at ${slide ? "the view's link" : "the link below"}.`, NOTE, inner, muted, "note")];
    if (dropped > 0 && chartFits(more)) notes = more;
    const want = room(notes) >= natural ? natural : Math.max(Math.min(natural, MIN_BODY), room(notes));
    drawn = filling(body, inner, Math.max(want, opts.height - headH - footH(notes)));
  }
  const contentH = headH + drawn.height + footH(notes);
  const height = opts.height ?? Math.ceil(contentH);

  const kids: SvgNode[] = [];
  let y = FRAME_PADDING;
  for (const b of head) {
    kids.push(drawBlock(b, FRAME_PADDING, y));
    y += blockHeight(b);
  }
  y += GAP;
  // a chart of fixed height (the relations band) sits in the middle of what is left of the space it was given
  const space = opts.height === null ? drawn.height : Math.max(drawn.height, height - headH - footH(notes));
  kids.push(placed(drawn.node, FRAME_PADDING, y + Math.max(0, (space - drawn.height) / 2), drawn.scale));
  y += space + GAP;
  for (const b of foot(notes)) {
    kids.push(drawBlock(b, FRAME_PADDING, y));
    y += blockHeight(b) + 4;
  }

  const fit = contentH > height + 0.5 ? height / contentH : 1;
  const content = fit < 1 ? [el("g", { transform: `translate(${(width - width * fit) / 2} 0) scale(${fit})` }, kids)] : kids;
  return el(
    "svg",
    { width, height, viewBox: `0 0 ${width} ${height}`, "font-family": FONT_FAMILY, role: "img", "aria-label": text.title },
    [el("title", {}, [text.title]), el("desc", {}, [[text.subtitle, text.summary].filter(Boolean).join(". ")]), el("rect", { x: 0, y: 0, width, height, fill: color("--bg") }), ...content],
  );
}
