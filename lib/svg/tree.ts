// A tiny SVG element tree: pure renderers build it; it serialises to a standalone SVG string (export, print,
// preview images) and renders as React elements (the server-painted static face) from the same data.
export type SvgAttrValue = string | number | undefined;

export interface SvgNode {
  tag: string;
  attrs?: Record<string, SvgAttrValue>;
  children?: (SvgNode | string)[];
}

export function el(tag: string, attrs: Record<string, SvgAttrValue> = {}, children: (SvgNode | string | null | false | undefined)[] = []): SvgNode {
  return { tag, attrs, children: children.filter((c): c is SvgNode | string => c !== null && c !== false && c !== undefined) };
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

/** Attribute names are written as in SVG (kebab-case: "font-size", "stroke-dasharray"). */
export function toSvgString(node: SvgNode | string): string {
  if (typeof node === "string") return escapeText(node);
  const attrs = Object.entries(node.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(typeof v === "number" ? round(v) : v))}"`)
    .join("");
  const kids = (node.children ?? []).map(toSvgString).join("");
  return kids ? `<${node.tag}${attrs}>${kids}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}

/** Two decimals are far below a pixel and keep exported files small. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A standalone SVG document (XML declaration-free, with the SVG namespace). */
export function toSvgDocument(root: SvgNode): string {
  const withNs: SvgNode = { ...root, attrs: { xmlns: "http://www.w3.org/2000/svg", ...root.attrs } };
  return toSvgString(withNs);
}
