// The site's pages, in the order the header lists them.
export const NAV_LINKS = [
  { key: "dashboard", href: "/", label: "Dashboard" },
  { key: "timeline", href: "/timeline", label: "Timeline" },
  { key: "briefing", href: "/briefing", label: "Briefing" },
  { key: "data", href: "/data", label: "Data" },
  { key: "methods", href: "/methods", label: "Methods" },
] as const;
export type NavKey = (typeof NAV_LINKS)[number]["key"];
