// One section of /methods: its stable id (each chart's "Sources and notes" links to it) and its heading.
import type { ReactNode } from "react";
import { METHOD_SECTIONS, type MethodSection } from "@/lib/pages/methods";

export function Section({ id, children }: { id: MethodSection; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="prose">
      <h2 id={`${id}-h`}>{METHOD_SECTIONS[id]}</h2>
      {children}
    </section>
  );
}
