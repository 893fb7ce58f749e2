// Dense event markers drawn as one: markers whose circles would touch are merged into a cluster (a larger circle
// with its count) that lists its events, so no marker hides another (12 and 17 April 1975 are one cluster, not a
// 12 April circle under a 17 April one). Every marker belongs to exactly one group, in date order.
import type { BandMarker } from "./derive";
import { BAND_LAYOUT } from "./layout";

export interface BandMarkerGroup {
  /** the single marker's id, or "cluster-<first id>" */
  id: string;
  /** centre of the circle: the marker's x, or the mean of a cluster's */
  x: number;
  r: number;
  members: BandMarker[];
  /** "3 May 1965: ..." for one marker; "12 April 1975 to 17 April 1975, 2 events: ...; ..." for a cluster */
  ariaLabel: string;
}

export const CLUSTER_R = 7;
/** space kept between two circles' edges */
const CLEARANCE = 2;

function group(members: BandMarker[]): BandMarkerGroup {
  if (members.length === 1) return { id: members[0].id, x: members[0].x, r: BAND_LAYOUT.markerR, members, ariaLabel: members[0].ariaLabel };
  const first = members[0];
  const last = members[members.length - 1];
  return {
    id: `cluster-${first.id}`,
    x: members.reduce((s, m) => s + m.x, 0) / members.length,
    r: CLUSTER_R,
    members,
    // "first to last" only where every member is one date: a span ("1975-1979") may end after a later-starting member
    ariaLabel: `${members.some((m) => m.bar) ? [...new Set(members.map((m) => m.dateText))].join(", ") : `${first.dateText} to ${last.dateText}`}, ${members.length} events: ${members.map((m) => m.ariaLabel).join("; ")}`,
  };
}

/** Groups markers (in date order) so that no two circles overlap; merges repeat until every pair is clear. */
export function clusterMarkers(markers: readonly BandMarker[]): BandMarkerGroup[] {
  let groups = markers.map((m) => group([m]));
  for (let merged = true; merged; ) {
    merged = false;
    const out: BandMarkerGroup[] = [];
    for (const g of groups) {
      const prev = out[out.length - 1];
      if (prev && g.x - prev.x < prev.r + g.r + CLEARANCE) {
        out[out.length - 1] = group([...prev.members, ...g.members]);
        merged = true;
      } else out.push(g);
    }
    groups = out;
  }
  return groups;
}
