// Where a bar's tooltip goes (components/charts/tooltip-beside.ts): beside its bar where there is room; for a bar as
// wide as the plot (the whole span as one bar), on the side of the pointer with more room and under the texts over
// the bars, so its box holds neither the pointer nor the bar's value label, and stays inside the chart.
import { describe, expect, it } from "vitest";
import { besideBar, clearOfPointer, noRoomBeside, TOOLTIP_GAP } from "@/components/charts/tooltip-beside";

const chart = { width: 360, height: 320, plotTop: 40 };
const wide = { x: 60, width: 290 };
const label = { left: 170, right: 240, top: 20, bottom: 34 };

/** The box a style puts the tooltip in, at its widest and tallest (translate(x, y), and translateX(-100%) on the left). */
function boxOf(style: ReturnType<typeof clearOfPointer>) {
  const [, x, y] = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(String(style.transform))!.map(Number);
  const w = Number(style.maxWidth);
  const left = String(style.transform).includes("translateX(-100%)") ? x - w : x;
  return { left, right: left + w, top: y, bottom: y + Number(style.maxHeight) };
}

describe("a bar's tooltip", () => {
  it("goes beside a bar with room, and finds none beside a bar as wide as the plot", () => {
    expect(besideBar({ x: 60, width: 20 }, 360, 300, 60).transform).toBe(`translateX(${80 + TOOLTIP_GAP}px)`);
    expect(noRoomBeside({ x: 60, width: 20 }, 360, 300)).toBe(false);
    expect(noRoomBeside(wide, 360, 300)).toBe(true);
  });

  it("over a bar as wide as the plot: clear of the pointer and of the value label, inside the chart", () => {
    for (const x of [62, 120, 205, 290, 348])
      for (const y of [60, 200, 300]) {
        const b = boxOf(clearOfPointer({ x, y }, wide, chart, 300, [label]));
        const holds = (p: { x: number; y: number }) => p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom;
        expect(holds({ x, y }), `pointer ${x}, ${y}: ${JSON.stringify(b)}`).toBe(false);
        const overLabel = b.left < label.right && label.left < b.right && b.top < label.bottom && label.top < b.bottom;
        expect(overLabel, `pointer ${x}, ${y}: over the label`).toBe(false);
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(chart.width);
        expect(b.top).toBeGreaterThanOrEqual(0);
        expect(b.bottom).toBeLessThanOrEqual(chart.height);
      }
  });

  it("with no pointer (the keyboard) stands beside the bar's centre", () => {
    const b = boxOf(clearOfPointer(null, wide, chart, 300, []));
    expect(b.right <= 205 - TOOLTIP_GAP || b.left >= 205 + TOOLTIP_GAP).toBe(true);
  });
});
