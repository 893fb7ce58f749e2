// Which population a per-person figure divides by: the country's own, except that the Greenbook's "Vietnam" before
// 1976 is South Vietnam, divided by South Vietnam's population (Correlates of War), never by all of today's Vietnam.
import type { NeighbourId, PopulationSeries } from "./schema";

/** The last fiscal year the Greenbook's "Vietnam" is South Vietnam alone. */
export const SOUTH_VIETNAM_LAST_YEAR = 1975;

export function populationSeriesFor(country: NeighbourId, year: number): PopulationSeries {
  return country === "vietnam" && year <= SOUTH_VIETNAM_LAST_YEAR ? "south-vietnam" : country;
}

export const SOUTH_VIETNAM_NOTE =
  "Vietnam before 1976 is South Vietnam (the Republic of Vietnam): per person, its aid is divided by South Vietnam's population (Correlates of War, National Material Capabilities v6.0, read from a third-party copy), not by all of Vietnam.";
