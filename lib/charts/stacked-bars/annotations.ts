// Where the stacked-bar chart's annotations go (value labels, the source-change note, the highlighted bar's callout),
// for both faces: each text is placed only where it fits inside the drawing and clear of the texts placed before it,
// trying shorter wordings and the other side of a marker first; a text that fits nowhere is left out (the tooltip, the
// table and the caption still carry it). Nothing is ever printed over anything else.
import { textWidth } from "../text";
import { markWords, type StackedBarModel } from "./derive";
import { CALLOUT_BASELINE, barSlots, markSlice, segmentGeometry, stackedPlot, yAt } from "./layout";

const VALUE_LABEL_SIZE = 11;
const MARKER_LABEL_SIZE = 10;
const CALLOUT_SIZE = 11;

export interface PlacedText {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  text: string;
  size: number;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A text's box, a little wider than the estimate (a browser may substitute a wider font for Inter). */
export function boxOf(t: PlacedText, bold = false): Box {
  const w = textWidth(t.text, t.size, bold ? "bold" : "normal") * 1.1 + 2;
  const left = t.anchor === "start" ? t.x : t.anchor === "end" ? t.x - w : t.x - w / 2;
  return { left, right: left + w, top: t.y - t.size * 1.0, bottom: t.y + t.size * 0.3 };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export interface StackedAnnotations {
  values: (PlacedText & { barId: string })[];
  markers: { x: number; label: PlacedText | null; full: string }[];
  highlight: (PlacedText & { barId: string }) | null;
  /** the marked year: its slice of the plot, and its label where one fits (the table and the caption say it too) */
  mark: { x: number; width: number; top: number; height: number; year: number; label: PlacedText | null } | null;
}

export function placeAnnotations(model: StackedBarModel, width: number, height: number): StackedAnnotations {
  const plot = stackedPlot(width, height);
  const slots = barSlots(model, plot);
  const placed: Box[] = [];
  const inside = (b: Box) => b.left >= 1 && b.right <= width - 1 && b.top >= 0;
  const free = (b: Box) => inside(b) && placed.every((p) => !boxesOverlap(p, b));

  // the reader's marked year first: they came to see it
  let mark: StackedAnnotations["mark"] = null;
  const slice = markSlice(model, plot);
  if (slice && model.mark) {
    let label: PlacedText | null = null;
    for (const text of markWords(model.mark, model.bars[model.mark.index])) {
      const w = boxOf({ x: 0, y: 0, anchor: "start", text, size: CALLOUT_SIZE }, true).right;
      const t: PlacedText = { x: Math.min(Math.max(slice.center, w / 2 + 2), width - w / 2 - 2), y: CALLOUT_BASELINE, anchor: "middle", text, size: CALLOUT_SIZE };
      if (free(boxOf(t, true))) {
        label = t;
        placed.push(boxOf(t, true));
        break;
      }
    }
    mark = { x: slice.x, width: slice.width, top: plot.top, height: plot.height, year: model.mark.year, label };
  }

  let highlight: StackedAnnotations["highlight"] = null;
  if (model.highlight) {
    const slot = slots[model.highlight.index];
    for (const text of [model.highlight.text, ...(model.highlight.shorter ?? [])]) {
      const w = boxOf({ x: 0, y: 0, anchor: "start", text, size: CALLOUT_SIZE }, true).right;
      // centred on its bar where it can be, else slid inside the drawing
      const x = Math.min(Math.max(slot.center, w / 2 + 2), width - w / 2 - 2);
      const t: PlacedText = { x, y: CALLOUT_BASELINE, anchor: "middle", text, size: CALLOUT_SIZE };
      if (free(boxOf(t, true))) {
        highlight = { ...t, barId: model.bars[model.highlight.index].id };
        placed.push(boxOf(t, true));
        break;
      }
    }
  }

  const markers = model.markers.map((m) => {
    const x = slots[m.beforeIndex].start;
    for (const text of [m.label, ...(m.shorter ?? [])])
      for (const side of ["end", "start"] as const) {
        const t: PlacedText = { x: side === "end" ? x - 4 : x + 4, y: CALLOUT_BASELINE, anchor: side, text, size: MARKER_LABEL_SIZE };
        if (free(boxOf(t))) {
          placed.push(boxOf(t));
          return { x, label: t, full: m.label };
        }
      }
    return { x, label: null, full: m.label };
  });

  const geometry = segmentGeometry(model, width, height);
  const zeroY = yAt(0, model, plot);
  const values = model.bars.flatMap((b, i) => {
    if (!b.valueLabel || model.highlight?.index === i) return [];
    const slot = slots[i];
    const top = Math.min(...geometry.filter((g) => g.barIndex === i).map((g) => g.y), zeroY);
    const t: PlacedText = { x: slot.center, y: top - 5, anchor: "middle", text: b.valueLabel, size: VALUE_LABEL_SIZE };
    const box = boxOf(t);
    // a label wider than its bar's band is left out (the tooltip and the table give the value)
    if (box.right - box.left > slot.band - 2 || !free(box)) return [];
    placed.push(boxOf(t));
    return [{ ...t, barId: b.id }];
  });
  return { values, markers, highlight, mark };
}
