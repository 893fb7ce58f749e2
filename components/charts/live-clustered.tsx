"use client";
// Charts 5 and 6: the chart file first, the Recharts face after (live-clustered-face.tsx, loaded on demand).
import type { ReactNode } from "react";
import { FaceSwitch } from "./face-switch";
import type { LiveClusteredProps } from "./live-clustered-face";

const load = () => import("./live-clustered-face");

export function LiveClustered({ children, label, ...props }: LiveClusteredProps & { children: ReactNode; label: string }) {
  return (
    <FaceSwitch key={props.src} load={load} liveProps={props} chart={props.chart} label={label}>
      {children}
    </FaceSwitch>
  );
}
