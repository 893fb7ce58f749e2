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

export function addChartSlide(pptx: PptxGenJS, drawn: DrawnChart, ctx: SlideContext): void {
  const slide = pptx.addSlide();
  const { text, layout } = drawn;
  slide.addText(ctx.title ?? text.title, { x: 0.5, y: 0.25, w: W - 1, h: 0.6, fontFace: FONT, fontSize: 24, bold: true, color: INK });
  slide.addText(text.subtitle, { x: 0.5, y: 0.85, w: W - 1, h: 0.45, fontFace: FONT, fontSize: 13, color: MUTED });
  const takeaway = ctx.takeaway ?? text.summary;
  // at most two lines: 16 pt holds a computed takeaway (200 characters) in two; a longer one is set smaller
  slide.addText(takeaway, { x: 0.5, y: 1.28, w: W - 1, h: 0.62, fontFace: FONT, fontSize: takeaway.length > 200 ? 12 : 16, color: INK, valign: "top", fit: "shrink" });
  // the band's events go on slides of their own: under the chart they squeezed its plot to nothing in LibreOffice
  const events = drawn.events ?? [];
  const chartH = 4.85;
  // horizontal bars run bottom to top in PowerPoint: reversed, the first category reads first, at the top
  const order = <T,>(xs: readonly T[]) => (layout.direction === "bar" ? [...xs].reverse() : [...xs]);
  slide.addChart(
    pptx.ChartType.bar,
    // category labels become cells of the embedded workbook: one that a spreadsheet would run is neutralised as in CSV
    drawn.series.map((s) => ({ name: neutraliseCell(s.name), labels: order(drawn.categories).map(neutraliseCell), values: order(s.values) as number[] })),
    {
      x: 0.5, y: 1.95, w: W - 1, h: chartH,
      barDir: layout.direction,
      barGrouping: layout.grouping,
      ...(layout.overlap !== undefined ? { barOverlapPct: layout.overlap } : {}),
      barGapWidthPct: 50,
      chartColors: drawn.series.map((s) => s.color),
      showLegend: true, legendPos: layout.direction === "bar" ? "r" : "b", legendFontFace: FONT, legendFontSize: 9, legendColor: INK,
      // category labels at the plot's low edge, not at zero: a negative bar never runs over its own label
      catAxisLabelFontFace: FONT, catAxisLabelFontSize: 9, catAxisLabelColor: INK, catAxisLabelPos: "low",
      valAxisLabelFontFace: FONT, valAxisLabelFontSize: 9, valAxisLabelColor: MUTED, valAxisLabelFormatCode: layout.numberFormat,
      showValAxisTitle: true, valAxisTitle: layout.axisTitle, valAxisTitleFontFace: FONT, valAxisTitleFontSize: 10, valAxisTitleColor: MUTED,
      ...(layout.max !== undefined ? { valAxisMaxVal: layout.max, valAxisMinVal: 0 } : {}),
      ...(layout.valueLabels ? { showValue: true, dataLabelFormatCode: layout.numberFormat, dataLabelPosition: "outEnd" as const, dataLabelFontFace: FONT, dataLabelFontSize: 7, dataLabelColor: INK } : {}),
      valGridLine: { color: "E3E3E3", size: 0.5 },
      altText: `${text.title}. ${takeaway}`,
    },
  );
  slide.addText(text.sourceLine, { x: 0.5, y: 6.85, w: W - 1, h: 0.5, fontFace: FONT, fontSize: 11, color: MUTED, valign: "top" });
  slide.addNotes(speakerNotes(ctx, [text.title, text.subtitle, takeaway, text.sourceLine, ...(text.notes ?? [])]));
  // the rest of the events on slides of their own, each with its notes
  for (let i = 0; i < events.length; i += EVENTS_PER_SLIDE) {
    const more = pptx.addSlide();
    more.addText(`${ctx.title ?? text.title}: events in view${i > 0 ? " (continued)" : ""}`, { x: 0.5, y: 0.25, w: W - 1, h: 0.5, fontFace: FONT, fontSize: 18, bold: true, color: INK });
    addEventsTable(more, events.slice(i, i + EVENTS_PER_SLIDE), 0.9);
    more.addText(text.sourceLine, { x: 0.5, y: 6.85, w: W - 1, h: 0.4, fontFace: FONT, fontSize: 9, color: MUTED });
    more.addNotes(speakerNotes(ctx, [`Events in view ${i + 1}-${Math.min(events.length, i + EVENTS_PER_SLIDE)} of ${events.length}.`]));
  }
}

/** Rows of the events table on each of its slides (8 pt rows fit these). */
const EVENTS_PER_SLIDE = 24;

function addEventsTable(slide: PptxGenJS.Slide, events: readonly { date: string; title: string }[], y: number): void {
  const rows = [
    [{ text: "Date", options: { bold: true } }, { text: "Event in view", options: { bold: true } }],
    // a table pasted into a spreadsheet must not run a title as a formula
    ...events.map((e) => [{ text: e.date }, { text: neutraliseCell(e.title) }]),
  ];
  slide.addTable(rows, { x: 0.5, y, w: W - 1, colW: [2.2, W - 3.2], fontFace: FONT, fontSize: 8, color: INK, border: { type: "solid", pt: 0.5, color: "E3E3E3" }, margin: 0.03 });
}

/** Sources on one slide: at 9 pt a source with its address takes up to two lines, and 18 of them fit the page. */
const SOURCES_PER_SLIDE = 18;

export function addSourcesSlide(pptx: PptxGenJS, sources: readonly Source[], ctx: SlideContext): void {
  const lines = sources.map((s) => `${s.publisher}, ${s.title}${s.edition ? ` (${s.edition})` : ""}${s.url ? `. ${s.url}` : ""}`);
  const pages = Math.max(1, Math.ceil(lines.length / SOURCES_PER_SLIDE));
  for (let p = 0; p < pages; p++) {
    const slide = pptx.addSlide();
    slide.addText(pages > 1 ? `Sources (${p + 1} of ${pages})` : "Sources", { x: 0.5, y: 0.3, w: W - 1, h: 0.6, fontFace: FONT, fontSize: 24, bold: true, color: INK });
    const part = lines.slice(p * SOURCES_PER_SLIDE, (p + 1) * SOURCES_PER_SLIDE);
    slide.addText(
      part.map((l) => ({ text: neutraliseCell(l), options: { bullet: true, breakLine: true } })),
      { x: 0.5, y: 1.0, w: W - 1, h: 5.9, fontFace: FONT, fontSize: 9, color: INK, valign: "top", paraSpaceAfter: 2 },
    );
    slide.addNotes(speakerNotes(ctx, [`Sources of every figure in this deck${pages > 1 ? ` (${p * SOURCES_PER_SLIDE + 1}-${p * SOURCES_PER_SLIDE + part.length} of ${lines.length})` : ""}.`]));
  }
}
