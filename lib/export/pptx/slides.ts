// The slides of an exported deck: a title slide, one native-chart slide per chart (PowerPoint's own chart with its
// embedded workbook, so it stays editable), the relations band's events as a table, and a sources slide. Light,
// print-safe palette and the shipped font (Inter) whatever the screen theme.
import type PptxGenJS from "pptxgenjs";
import type { Source } from "../../data/schema";
import { neutraliseCell } from "../csv";
import type { DrawnChart } from "../drawn";

export const FONT = "Inter";
const INK = "1A1A1A";
const MUTED = "595959";
/** LAYOUT_WIDE: 13.33 x 7.5 inches */
const W = 13.33;
const H = 7.5;
/** The smallest text on any slide (issue 18: read from the back of a room, the smallest text is at least 2% of the
 * slide's height, 10.8 of its 540 pt): every chart label, legend, table cell, source line and note on a slide. */
export const MIN_PT = 11;
/** A text box's insets (pptxgenjs's defaults: 0.05 in top and bottom) */
const INSET_Y = 0.1;
/** Line height of a text set at `pt`, in inches */
const lineIn = (pt: number) => (pt * 1.2) / 72;
/** Lines a text takes in a box `w` inches wide at `pt`: an estimate on a wide average letter (0.56 em; bold 0.6), so
 * a box sized from it holds the text in Inter and in the fonts a viewer may put in its place */
export function linesOf(text: string, pt: number, w: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(((w - 0.2) * 72) / (pt * (bold ? 0.6 : 0.56))));
  let lines = 0;
  for (const para of text.split("\n")) {
    // word by word, as the slide breaks them; a word longer than a line takes lines of its own
    let line = 0;
    lines++;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= perLine) line = need;
      else if (line === 0) { lines += Math.ceil(word.length / perLine) - 1; line = word.length % perLine; }
      else { lines++; line = word.length; if (line > perLine) { lines += Math.ceil(line / perLine) - 1; line %= perLine; } }
    }
  }
  return lines;
}
/** The largest of `sizes` at which `text` takes at most `maxLines` lines (else the smallest size, whatever it takes). */
function fitSize(text: string, sizes: readonly number[], w: number, maxLines: number, bold = false): { pt: number; lines: number } {
  for (const pt of sizes) {
    const lines = linesOf(text, pt, w, bold);
    if (lines <= maxLines) return { pt, lines };
  }
  const pt = sizes[sizes.length - 1];
  return { pt, lines: linesOf(text, pt, w, bold) };
}

export interface SlideContext {
  link: string;
  exported: string;
  title?: string;
  takeaway?: string;
  notes?: string;
}

function speakerNotes(ctx: SlideContext, lines: string[]): string {
  return [...(ctx.notes ? [ctx.notes, ""] : []), ...lines, "", `View: ${ctx.link}`, `Exported: ${ctx.exported}`].join("\n");
}

/** The briefing's accent: the title slide's ground, white type on it. */
const ACCENT = "0B3D91";
const ON_ACCENT = "FFFFFF";

/** The title slide: the deck's title, a rule, its subtitle, the presenter and the date, white on the accent colour. */
export function addTitleSlide(pptx: PptxGenJS, deck: { title: string; subtitle?: string; presenter?: string; date?: string }, ctx: SlideContext): void {
  const slide = pptx.addSlide();
  slide.background = { color: ACCENT };
  slide.addText(deck.title, { x: 0.8, y: 1.5, w: W - 1.6, h: 1.9, fontFace: FONT, fontSize: 40, bold: true, color: ON_ACCENT, valign: "bottom" });
  slide.addShape(pptx.ShapeType.rect, { x: 0.8, y: 3.5, w: W - 1.6, h: 0.05, fill: { color: ON_ACCENT }, line: { color: ON_ACCENT } });
  if (deck.subtitle) slide.addText(deck.subtitle, { x: 0.8, y: 3.7, w: W - 1.6, h: 1.1, fontFace: FONT, fontSize: 22, color: ON_ACCENT, valign: "top" });
  const byline = [deck.presenter, deck.date].filter(Boolean).join("  ·  ");
  if (byline) slide.addText(byline, { x: 0.8, y: 5.0, w: W - 1.6, h: 0.6, fontFace: FONT, fontSize: 18, bold: Boolean(deck.presenter), color: ON_ACCENT });
  slide.addText(`${ctx.link}\nExported ${ctx.exported}`, { x: 0.8, y: 6.3, w: W - 1.6, h: 0.7, fontFace: FONT, fontSize: 11, color: ON_ACCENT });
  slide.addNotes(speakerNotes(ctx, [deck.title, ...(byline ? [byline] : [])]));
}

/** The top of a content slide: its title (one line at 24 pt, or smaller to stay on two), then its lines under it.
 * Returns where the next thing may start. */
function addHeading(slide: PptxGenJS.Slide, title: string, y: number, sizes: readonly number[] = [24, 20, 18, 16, 14]): number {
  const t = fitSize(title, sizes, W - 1, 2, true);
  const h = t.lines * lineIn(t.pt) + INSET_Y;
  slide.addText(title, { x: 0.5, y, w: W - 1, h, fontFace: FONT, fontSize: t.pt, bold: true, color: INK, valign: "top" });
  return y + h;
}

/** A chart slide's source line at the foot of the slide, as many lines as it takes at the smallest size. Returns its top. */
function addFoot(slide: PptxGenJS.Slide, sourceLine: string): number {
  const h = linesOf(sourceLine, MIN_PT, W - 1) * lineIn(MIN_PT) + INSET_Y;
  const y = H - 0.1 - h;
  slide.addText(sourceLine, { x: 0.5, y, w: W - 1, h, fontFace: FONT, fontSize: MIN_PT, color: MUTED, valign: "top" });
  return y;
}

/** A number as an Excel number format shows it: the formats the drawn charts use ('"$"#,##0', '0.0"%"',
 * '+0.0"%";-0.0"%";0"%"', '0.0" yrs"'), with literal text in quotes, a grouping comma and fixed decimals. */
export function formatNumber(code: string, v: number): string {
  const sections = code.split(";");
  const section = v > 0 || sections.length === 1 ? sections[0] : v < 0 ? sections[1] : (sections[2] ?? sections[0]);
  // a negative number in a format of one section keeps its sign; in its own section, the section says it
  const abs = sections.length > 1 && v < 0 ? -v : v;
  const digits = /[#0][#0,.]*/.exec(section.replace(/"[^"]*"/g, (q) => "\u0000".repeat(q.length)))?.[0] ?? "0";
  const at = section.replace(/"[^"]*"/g, (q) => "\u0000".repeat(q.length)).indexOf(digits);
  const decimals = digits.includes(".") ? digits.split(".")[1].replace(/[^0#]/g, "").length : 0;
  const n = abs.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: digits.includes(",") });
  const lit = (x: string) => x.replace(/"([^"]*)"/g, "$1");
  return `${lit(section.slice(0, at))}${n}${lit(section.slice(at + digits.length))}`;
}

export function addChartSlide(pptx: PptxGenJS, drawn: DrawnChart, ctx: SlideContext): void {
  const slide = pptx.addSlide();
  const { text, layout } = drawn;
  const title = ctx.title ?? text.title;
  let y = addHeading(slide, title, 0.2);
  const sub = { pt: 13, lines: linesOf(text.subtitle, 13, W - 1) };
  const subH = sub.lines * lineIn(sub.pt) + INSET_Y;
  slide.addText(text.subtitle, { x: 0.5, y, w: W - 1, h: subH, fontFace: FONT, fontSize: sub.pt, color: MUTED, valign: "top" });
  y += subH;
  const takeaway = ctx.takeaway ?? text.summary;
  // 16 pt holds a computed takeaway (200 characters) in two lines; a longer one is set smaller, never under MIN_PT
  // (and never shrunk by the viewer: the box is sized to the text)
  const tk = fitSize(takeaway, [16, 14], W - 1, 2).lines <= 2 ? fitSize(takeaway, [16, 14], W - 1, 2) : fitSize(takeaway, [13, 12, MIN_PT], W - 1, 3);
  const tkH = tk.lines * lineIn(tk.pt) + INSET_Y;
  slide.addText(takeaway, { x: 0.5, y, w: W - 1, h: tkH, fontFace: FONT, fontSize: tk.pt, color: INK, valign: "top" });
  y += tkH + 0.05;
  const foot = addFoot(slide, text.sourceLine);
  const chartH = foot - 0.05 - y;
  const plan = chartPlan(drawn, W - 1, chartH);
  // horizontal bars run bottom to top in PowerPoint: reversed, the first category reads first, at the top
  const order = <T,>(xs: readonly T[]) => (layout.direction === "bar" ? [...xs].reverse() : [...xs]);
  slide.addChart(
    pptx.ChartType.bar,
    // category labels become cells of the embedded workbook: one that a spreadsheet would run is neutralised as in CSV
    drawn.series.map((s) => ({ name: neutraliseCell(s.name), labels: order(drawn.categories).map(neutraliseCell), values: order(s.values) as number[] })),
    {
      x: 0.5, y, w: W - 1, h: chartH,
      barDir: layout.direction,
      barGrouping: layout.grouping,
      ...(layout.overlap !== undefined ? { barOverlapPct: layout.overlap } : {}),
      barGapWidthPct: 50,
      chartColors: drawn.series.map((s) => s.color),
      showLegend: true, legendPos: "b", legendFontFace: FONT, legendFontSize: MIN_PT, legendColor: INK,
      // category labels at the plot's low edge, not at zero: a negative bar never runs over its own label; with more
      // bars than labels fit, every n-th is labelled (the table file and the workbook have them all)
      catAxisLabelFontFace: FONT, catAxisLabelFontSize: MIN_PT, catAxisLabelColor: INK, catAxisLabelPos: "low",
      ...(plan.labelEvery > 1 ? { catAxisLabelFrequency: String(plan.labelEvery) } : {}),
      // too many to stand side by side: turned upright, not at an angle (LibreOffice turns crowded labels by 45°
      // on its own, and leaves out every other one itself: it does not read the label interval)
      ...(plan.upright ? { catAxisLabelRotate: -90 } : {}),
      valAxisLabelFontFace: FONT, valAxisLabelFontSize: MIN_PT, valAxisLabelColor: MUTED, valAxisLabelFormatCode: layout.numberFormat,
      showValAxisTitle: true, valAxisTitle: layout.axisTitle, valAxisTitleFontFace: FONT, valAxisTitleFontSize: MIN_PT + 1, valAxisTitleColor: MUTED,
      ...(layout.max !== undefined ? { valAxisMaxVal: layout.max, valAxisMinVal: 0 } : {}),
      ...(plan.valueLabels ? { showValue: true, dataLabelFormatCode: layout.numberFormat, dataLabelPosition: "outEnd" as const, dataLabelFontFace: FONT, dataLabelFontSize: MIN_PT, dataLabelColor: INK } : {}),
      valGridLine: { color: "E3E3E3", size: 0.5 },
      altText: `${text.title}. ${takeaway}`,
    },
  );
  slide.addNotes(speakerNotes(ctx, [text.title, text.subtitle, takeaway, text.sourceLine, ...(text.notes ?? [])]));
  // the values the bars would carry, where their labels do not fit beside them: on table slides of their own
  if (layout.valueLabels && !plan.valueLabels) {
    const header = ["", ...drawn.series.map((s) => s.name)];
    const rows = drawn.categories.map((c, i) => [c, ...drawn.series.map((s) => (s.values[i] === null ? "no figure" : formatNumber(layout.numberFormat, s.values[i]!)))]);
    const first = 3.4;
    addTableSlides(pptx, ctx, { title: `${title}: the figures`, header, rows, colW: [first, ...drawn.series.map(() => (W - 1 - first) / drawn.series.length)], sourceLine: text.sourceLine, what: "Figures" });
  }
  // the band's events on slides of their own: under the chart they squeezed its plot to nothing in LibreOffice
  const events = drawn.events ?? [];
  if (events.length)
    addTableSlides(pptx, ctx, { title: `${title}: events in view`, header: ["Date", "Event in view"], rows: events.map((e) => [e.date, e.title]), colW: [2.4, W - 3.4], sourceLine: text.sourceLine, what: "Events in view" });
}

/** How a chart fits its box at MIN_PT (its legend under the plot): which category labels are written and how, and
 * whether each bar can carry its value. The plot's size is estimated as the chart's box less its axes, axis title and legend. */
export function chartPlan(drawn: Pick<DrawnChart, "layout" | "categories" | "series">, w: number, h: number): { labelEvery: number; upright: boolean; valueLabels: boolean } {
  const { layout, categories, series } = drawn;
  const n = Math.max(1, categories.length);
  const line = lineIn(MIN_PT);
  const em = (MIN_PT * 0.56) / 72;
  // the legend under the plot, in rows of entries as wide as the longest name
  const entryW = Math.min(w, Math.max(...series.map((s) => s.name.length)) * em + 0.5);
  const legendRows = Math.ceil(series.length / Math.max(1, Math.floor(w / entryW)));
  const legendH = legendRows * line + 0.2;
  const longest = Math.max(1, ...categories.map((c) => c.length));
  const widestValue = Math.max(...series.flatMap((s) => s.values.map((v) => (v === null ? 0 : formatNumber(layout.numberFormat, v).length))));
  if (layout.direction === "col") {
    // value axis labels and title on the left, category labels and the legend below
    const plotW = w - widestValue * em - 0.5 - 0.3;
    // a label wraps at its spaces onto as many lines as it takes, so each needs room for its longest word; where
    // there is none, labels stand upright, one line each, every n-th where even so they do not fit; a few long labels
    // (a phase's name and years) stay side by side, wrapped, rather than stand as tall as the plot
    const words = Math.max(...categories.flatMap((c) => c.split(/[\s-]+/).map((x) => x.length)));
    const upright = words * em + 0.15 > plotW / n && (n > 16 || longest <= 16);
    const labelEvery = upright ? Math.max(1, Math.ceil((n * (line + 0.04)) / plotW)) : 1;
    const slotW = plotW / n;
    const barW = layout.grouping === "clustered" && layout.overlap === undefined ? slotW / (series.length + 0.5) : slotW / 1.5;
    return { labelEvery, upright, valueLabels: Boolean(layout.valueLabels) && barW >= widestValue * em };
  }
  // horizontal bars: a label per bar in a row of its own; the plot is the box less the legend and the value axis
  const plotH = h - legendH - 2 * line - 0.3;
  const slotH = plotH / n;
  const labelEvery = n === 1 ? 1 : Math.max(1, Math.ceil(line / slotH));
  const barH = layout.grouping === "clustered" && layout.overlap === undefined ? slotH / (series.length + 0.5) : slotH / 1.5;
  return { labelEvery, upright: false, valueLabels: Boolean(layout.valueLabels) && barH >= line * 1.1 };
}

interface TableSpec {
  title: string;
  header: string[];
  rows: string[][];
  colW: number[];
  sourceLine: string;
  /** what the rows are, for the notes: "Events in view 1-20 of 139." */
  what: string;
}

/** A table over as many slides as it takes at MIN_PT, its header on each, its rows one line each where they fit. */
function addTableSlides(pptx: PptxGenJS, ctx: SlideContext, t: TableSpec): void {
  const rowLines = (r: string[]) => Math.max(...r.map((c, i) => linesOf(c, MIN_PT, t.colW[i])));
  const rowH = (lines: number) => lines * lineIn(MIN_PT) + 0.1;
  const pages: string[][][] = [];
  // the room under the heading and above the source line, measured on a slide laid out the same way
  const room = (first: boolean) => {
    const top = 0.2 + fitSize(`${t.title}${first ? "" : " (continued)"}`, [18, 16, 14], W - 1, 2, true).lines * lineIn(18) + INSET_Y + 0.15;
    const foot = H - 0.1 - (linesOf(t.sourceLine, MIN_PT, W - 1) * lineIn(MIN_PT) + INSET_Y) - 0.1;
    return foot - top - rowH(rowLines(t.header));
  };
  let page: string[][] = [];
  let used = 0;
  for (const r of t.rows) {
    const h = rowH(rowLines(r));
    if (page.length && used + h > room(pages.length === 0)) { pages.push(page); page = []; used = 0; }
    page.push(r);
    used += h;
  }
  if (page.length) pages.push(page);
  let done = 0;
  pages.forEach((rows, p) => {
    const slide = pptx.addSlide();
    const y = addHeading(slide, `${t.title}${p > 0 ? " (continued)" : ""}`, 0.2, [18, 16, 14]) + 0.15;
    const all = [t.header, ...rows];
    slide.addTable(
      // a table pasted into a spreadsheet must not run a cell as a formula
      all.map((r, i) => r.map((c) => ({ text: i === 0 ? c : neutraliseCell(c), options: i === 0 ? { bold: true } : {} }))),
      { x: 0.5, y, w: W - 1, colW: t.colW, rowH: all.map((r) => rowH(rowLines(r))), fontFace: FONT, fontSize: MIN_PT, color: INK, valign: "middle", border: { type: "solid", pt: 0.5, color: "E3E3E3" }, margin: 0.04 },
    );
    addFoot(slide, t.sourceLine);
    slide.addNotes(speakerNotes(ctx, [`${t.what} ${done + 1}-${done + rows.length} of ${t.rows.length}.`]));
    done += rows.length;
  });
}

/** Sources over as many slides as they take at MIN_PT: a source with its address takes one to three lines. */
export function addSourcesSlide(pptx: PptxGenJS, sources: readonly Source[], ctx: SlideContext): void {
  const lines = sources.map((s) => neutraliseCell(`${s.publisher}, ${s.title}${s.edition ? ` (${s.edition})` : ""}${s.url ? `. ${s.url}` : ""}`));
  const top = 1.0;
  const bottom = H - 0.3;
  const paraAfter = 3;
  // each source's height: its lines (bullet indent taken off the width) and the space after it
  const height = (l: string) => linesOf(l, MIN_PT, W - 1 - 0.35) * lineIn(MIN_PT) + paraAfter / 72;
  const pages: string[][] = [];
  let page: string[] = [];
  let used = 0;
  for (const l of lines) {
    const h = height(l);
    if (page.length && used + h > bottom - top - INSET_Y) { pages.push(page); page = []; used = 0; }
    page.push(l);
    used += h;
  }
  if (page.length || !pages.length) pages.push(page);
  let done = 0;
  pages.forEach((part, p) => {
    const slide = pptx.addSlide();
    slide.addText(pages.length > 1 ? `Sources (${p + 1} of ${pages.length})` : "Sources", { x: 0.5, y: 0.3, w: W - 1, h: 0.6, fontFace: FONT, fontSize: 24, bold: true, color: INK });
    if (part.length)
      slide.addText(
        part.map((l) => ({ text: l, options: { bullet: true, breakLine: true } })),
        { x: 0.5, y: top, w: W - 1, h: bottom - top, fontFace: FONT, fontSize: MIN_PT, color: INK, valign: "top", paraSpaceAfter: paraAfter },
      );
    slide.addNotes(speakerNotes(ctx, [`Sources of every figure in this deck${pages.length > 1 ? ` (${done + 1}-${done + part.length} of ${lines.length})` : ""}.`]));
    done += part.length;
  });
}
