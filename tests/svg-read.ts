// Reading chart files as a reader does, not through the renderer's own tree: the SVG text is walked tag by tag
// (inherited font sizes, scale transforms, the root's size against its viewBox), and a drawing is rasterised with
// rsvg-convert (to PDF) and pdftoppm (to a plain PPM) to look at its pixels.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface SvgText {
  text: string;
  /** the font size in the file's own pixels (its width and height, not its viewBox) */
  px: number;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function scaleOf(transform: string | undefined): number {
  let k = 1;
  for (const m of (transform ?? "").matchAll(/scale\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)/g)) k *= Math.min(Math.abs(Number(m[1])), Math.abs(Number(m[2] ?? m[1])));
  return k;
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** Every <text> with words in it, with its font size in file pixels. */
export function svgTexts(svg: string): SvgText[] {
  const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? "";
  const viewBox = (attr(root, "viewBox") ?? "").split(/\s+/).map(Number);
  const width = Number(attr(root, "width"));
  const rootScale = viewBox.length === 4 && viewBox[2] > 0 ? width / viewBox[2] : 1;
  const stack: { size: number; scale: number; tag: string }[] = [{ size: 16, scale: rootScale, tag: "#root" }];
  const out: SvgText[] = [];
  let open: { size: number; words: string } | null = null;
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      if (open) open.words += unescape(m[5]);
      continue;
    }
    const [, closing, tag, rest, selfClosing] = m;
    if (closing) {
      const top = stack.pop();
      if (top?.tag === "text" && open) {
        if (open.words.trim()) out.push({ text: open.words.trim(), px: open.size });
        open = null;
      }
      continue;
    }
    const parent = stack[stack.length - 1];
    const own = attr(` ${rest}`, "font-size");
    const size = own === undefined ? parent.size : Number(own);
    const scale = parent.scale * scaleOf(attr(` ${rest}`, "transform"));
    if (tag === "text") open = { size: size * scale, words: "" };
    if (!selfClosing) stack.push({ size, scale, tag });
  }
  return out;
}

/** The file's size as its root says it. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? "";
  return { width: Number(attr(root, "width")), height: Number(attr(root, "height")) };
}

/** The drawing's pixels, rendered by rsvg-convert and pdftoppm at one pixel per SVG pixel: rows of RGB triples. */
export function rasterise(svg: string): { width: number; height: number; rgb: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), "svg-read-"));
  try {
    writeFileSync(path.join(dir, "in.svg"), svg);
    execFileSync("rsvg-convert", ["-f", "pdf", "-o", path.join(dir, "out.pdf"), path.join(dir, "in.svg")]);
    // rsvg-convert writes 1 SVG px as 0.75 pt; at 96 dpi pdftoppm gives back one pixel per SVG pixel
    execFileSync("pdftoppm", ["-r", "96", "-singlefile", path.join(dir, "out.pdf"), path.join(dir, "page")]);
    const ppm = readFileSync(path.join(dir, "page.ppm"));
    const head = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 40).toString("latin1"));
    if (!head) throw new Error("pdftoppm did not write a binary PPM");
    return { width: Number(head[1]), height: Number(head[2]), rgb: ppm.subarray(head[0].length) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The box of every pixel that is not the background (white), as shares of the image's width and height. */
export function inkBox(img: { width: number; height: number; rgb: Buffer }): { top: number; bottom: number; left: number; right: number } {
  let top = img.height;
  let bottom = -1;
  let left = img.width;
  let right = -1;
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      if (img.rgb[i] < 235 || img.rgb[i + 1] < 235 || img.rgb[i + 2] < 235) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  return { top: top / img.height, bottom: (bottom + 1) / img.height, left: left / img.width, right: (right + 1) / img.width };
}
