// The root <svg> of every chart's static face: its size, the font stack (every chart file carries it, so no face falls
// back to a serif), and its accessible name and description from its own
// <title> and <desc>, whose ids carry the chart's prefix so several charts can share a page.
import { el, type SvgAttrValue, type SvgNode } from "../svg/tree";
import { FONT_FAMILY } from "./text";

interface ChartSvgSpec {
  width: number;
  height: number;
  idPrefix: string;
  title: string;
  description: string;
  /** "describes": <desc> is the chart's description (aria-describedby); "names": title and desc together are its name */
  desc?: "describes" | "names";
  /** further attributes of the root, after the size and ARIA ones */
  attrs?: Record<string, SvgAttrValue>;
}

export function chartSvg(spec: ChartSvgSpec, children: (SvgNode | null | undefined)[]): SvgNode {
  const titleId = `${spec.idPrefix}-title`;
  const descId = `${spec.idPrefix}-desc`;
  const aria = spec.desc === "names" ? { "aria-labelledby": `${titleId} ${descId}` } : { "aria-labelledby": titleId, "aria-describedby": descId };
  return el("svg", { viewBox: `0 0 ${spec.width} ${spec.height}`, width: spec.width, height: spec.height, role: "img", ...aria, "font-family": FONT_FAMILY, ...spec.attrs }, [
    el("title", { id: titleId }, [spec.title]),
    el("desc", { id: descId }, [spec.description]),
    ...children,
  ]);
}
