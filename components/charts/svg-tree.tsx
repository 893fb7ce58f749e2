// Renders a pure SvgNode tree as React elements: the static face, painted on the server.
import { createElement, type ReactNode } from "react";
import type { SvgNode } from "@/lib/svg/tree";

/** SVG attribute names in the tree are kebab-case; React wants camelCase except for data-*, aria-* and a few. */
function reactAttr(name: string): string {
  if (name.startsWith("data-") || name.startsWith("aria-")) return name;
  if (name === "class") return "className";
  if (name === "xlink:href") return "xlinkHref";
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

export function renderSvgNode(node: SvgNode | string, key?: number): ReactNode {
  if (typeof node === "string") return node;
  const props: Record<string, unknown> = { key };
  for (const [k, v] of Object.entries(node.attrs ?? {})) if (v !== undefined) props[reactAttr(k)] = v;
  const children = (node.children ?? []).map((c, i) => renderSvgNode(c, i));
  return createElement(node.tag, props, ...children);
}

export function SvgTree({ node }: { node: SvgNode }) {
  return <>{renderSvgNode(node)}</>;
}
