"use client";
// Chart 4: the chart file first, the Recharts face after (live-seed-face.tsx, loaded on demand).
import type { ReactNode } from "react";
import { FaceSwitch } from "./face-switch";
import type { LiveSeedProps } from "./live-seed-face";

const load = () => import("./live-seed-face");

export function LiveSeed({ children, label, ...props }: LiveSeedProps & { children: ReactNode; label: string }) {
  return (
    <FaceSwitch load={load} liveProps={props} chart="seed-vs-greenbook" label={label}>
      {children}
    </FaceSwitch>
  );
}
