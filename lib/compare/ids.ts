// The comparison's ids with no schema attached, so the view (lib/view/settings.ts, loaded by the page's scripts) can name
// them without loading zod; lib/compare/schema.ts builds its enums from these.
export const NEIGHBOUR_IDS = ["cambodia", "laos", "vietnam", "thailand", "myanmar", "malaysia", "indonesia", "philippines"] as const;
export type NeighbourId = (typeof NEIGHBOUR_IDS)[number];
/** Each country as the page names it. */
export const NEIGHBOUR_LABELS: Readonly<Record<NeighbourId, string>> = {
  cambodia: "Cambodia",
  laos: "Laos",
  vietnam: "Vietnam",
  thailand: "Thailand",
  myanmar: "Myanmar (Burma)",
  malaysia: "Malaysia",
  indonesia: "Indonesia",
  philippines: "Philippines",
};

/** How a financier's money is counted: agreed to spend (US), agreed (commitment), paid out, or paid back. */
export const BASES = ["obligation", "commitment", "disbursement", "debt-service"] as const;
export type Basis = (typeof BASES)[number];
