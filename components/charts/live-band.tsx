"use client";
// The relations band: the chart file first, the interactive band after (live-band-face.tsx, loaded on demand).
import type { ReactNode } from "react";
import { FaceSwitch } from "./face-switch";
import type { LiveBandProps } from "./live-band-face";

const load = () => import("./live-band-face");

export function LiveBand({ children, label, ...props }: LiveBandProps & { children: ReactNode; label: string }) {
  const key = props.periods.map((p) => `${p.from}-${p.to}`).join(",");
  return (
    <FaceSwitch key={key} load={load} liveProps={props} chart="relations-band" label={label}>
      {children}
    </FaceSwitch>
  );
}
