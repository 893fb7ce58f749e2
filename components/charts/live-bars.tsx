"use client";
// Charts 1 and 2: the chart file first, the Recharts face after (components/charts/live-bars-face.tsx, loaded on demand).
import type { ReactNode } from "react";
import { FaceSwitch } from "./face-switch";
import type { LiveBarsProps } from "./live-bars-face";

const load = () => import("./live-bars-face");

export function LiveBars({ children, label, ...props }: LiveBarsProps & { children: ReactNode; label: string }) {
  return (
    <FaceSwitch key={props.query} load={load} liveProps={props} chart={props.chart} label={label}>
      {children}
    </FaceSwitch>
  );
}
