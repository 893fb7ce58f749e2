// Every chart, named once: slug, number in the reading order, titles, the view settings it draws, its embed size and
// its file names. It imports no renderer and no data, so the page's first load, the deck, the export menu and
// citations can read it. What each chart draws lives in its folder (lib/charts/<slug>/), joined to these entries in
// ./definitions.ts. Code elsewhere looks a chart up here; it does not switch over chart names.
import type { GroupBy } from "../aid/aggregate";
import { fyRange } from "../aid/fiscal";
import { normaliseView, serializeView, settingsOf, viewHref, type ViewKey, type ViewState } from "../view";

/** How each grouping reads in a title: "US aid to Cambodia by decade". */
export const GROUPING_WORDS: Record<GroupBy, string> = {
  year: "by fiscal year",
  decade: "by decade",
  "seed-period": "over the seed article's periods",
  "relations-phase": "by phase of relations",
  span: "over the chosen span",
};

/** The page's title for a view (chart 1's title): "US aid to Cambodia by decade, FY1955-2024, current dollars". */
export function viewTitle(state: ViewState): string {
  const v = normaliseView(state);
  const what = v.series === "seed" ? "The seed article's figures for US aid to Cambodia" : `US aid to Cambodia ${GROUPING_WORDS[v.groupBy]}`;
  const dollars = v.dollars === "constant" ? `constant ${v.base} dollars` : "current dollars";
  return `${what}, ${fyRange(v.from, v.to)}, ${dollars}${v.measure === "per-year" ? (v.averageOver === "every-year" && v.series === "annual" ? ", per year over every year" : ", per year") : ""}`;
}

function dollarsPart(v: ViewState): string[] {
  const dollars = v.dollars === "constant" ? `constant-${v.base}-usd` : "nominal-usd";
  return [dollars, ...(v.measure === "per-year" ? [v.series === "annual" && v.averageOver === "every-year" ? "per-year-over-every-year" : "per-year"] : [])];
}

function dollarsOnly(v: ViewState): string {
  return v.dollars === "constant" ? `constant-${v.base}-usd` : "nominal-usd";
}

const COUNTRY_WORDS: Record<string, string> = { cambodia: "Cambodia", laos: "Laos", vietnam: "Vietnam", thailand: "Thailand", myanmar: "Myanmar", malaysia: "Malaysia", indonesia: "Indonesia", philippines: "the Philippines" };
/** "Cambodia, Laos and Vietnam" */
function countryList(ids: readonly string[]): string {
  const names = ids.map((c) => COUNTRY_WORDS[c] ?? c);
  return names.length < 2 ? (names[0] ?? "Cambodia") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
/** Chart 5's measures in its titles. */
export const NB_MEASURE_TITLE: Record<ViewState["nbMeasure"], string> = {
  total: "total obligations",
  "per-year": "obligations per year",
  "per-person": "obligations per person",
  "gdp-share": "obligations as a share of GDP",
  "cambodia-share": "Cambodia's share",
};

function periodsPart(v: ViewState): string[] {
  return [v.series === "seed" ? "seed-figures" : v.groupBy, `fy${v.from}-${v.to}`];
}

interface ChartEntry {
  slug: string;
  /** the chart's number in the page's reading order ("Chart 1") */
  number: number;
  /** the figure's heading on the page, and a slide's heading until its computed title arrives */
  heading: string;
  /** how the export button names the chart ("Export chart: state of relations") */
  menuName: string;
  /** the view settings the chart draws (it ignores the others): the settings table's `charts` (lib/view/settings.ts) */
  settings: readonly ViewKey[];
  /** the height of its embed frame at the default width (chart file and caption) */
  embedHeight: number;
  /** the chart's title for a view, as a citation and an embed's iframe name it */
  citationTitle: (v: ViewState) => string;
  /** the view's words in the chart's file names, after "us-cambodia-<slug>" */
  fileNameParts: (v: ViewState) => string[];
}

export const CHARTS = [
  {
    slug: "aid-by-period",
    number: 1,
    heading: "How much",
    menuName: "how much (aid by period)",
    settings: settingsOf("aid-by-period"),
    embedHeight: 760,
    citationTitle: (v) => viewTitle(v),
    fileNameParts: (v) => [...periodsPart(v), ...dollarsPart(v), ...(v.split !== "kind" ? [`by-${v.split}`] : [])],
  },
  {
    slug: "relations-band",
    number: 2,
    heading: "State of US-Cambodia relations",
    menuName: "state of relations",
    // the band's time axis is chart 1's: its periods come from the same settings
    settings: settingsOf("relations-band"),
    embedHeight: 560,
    citationTitle: (v) => `State of US-Cambodia relations, ${fyRange(v.from, v.to)}`,
    fileNameParts: (v) => periodsPart(v),
  },
  {
    slug: "military-share",
    number: 3,
    heading: "In what form",
    menuName: "military versus economic",
    settings: settingsOf("military-share"),
    embedHeight: 760,
    citationTitle: (v) =>
      `Military versus economic US aid to Cambodia ${v.series === "seed" ? "in the seed article's figures" : GROUPING_WORDS[v.groupBy]}, ${fyRange(v.from, v.to)}, ${v.share === "percent" ? "shares" : "amounts"}`,
    fileNameParts: (v) => [...periodsPart(v), ...dollarsPart(v), ...(v.share === "absolute" ? ["amounts"] : [])],
  },
  {
    slug: "seed-vs-greenbook",
    number: 4,
    heading: "Seed figures versus the Greenbook",
    menuName: "seed figures versus the Greenbook",
    settings: settingsOf("seed-vs-greenbook"),
    embedHeight: 900,
    citationTitle: (v) => `Seed figures versus the Greenbook (${v.compare === "dollars" ? "dollars" : "difference"})`,
    fileNameParts: (v) => [v.compare === "dollars" ? "dollars" : "difference"],
  },
  {
    slug: "neighbours",
    number: 5,
    heading: "Cambodia among its neighbours",
    menuName: "Cambodia among its neighbours",
    // the neighbours' periods and dollars follow the dashboard's own; its countries and measure are its own
    settings: settingsOf("neighbours"),
    embedHeight: 820,
    citationTitle: (v) => `US aid to ${countryList(v.countries)} ${GROUPING_WORDS[normaliseView(v).groupBy]} (${NB_MEASURE_TITLE[v.nbMeasure]})`,
    fileNameParts: (v) => [normaliseView(v).groupBy, ...v.countries.filter((c) => c !== "cambodia"), v.nbMeasure, dollarsOnly(v)],
  },
  {
    slug: "financiers",
    number: 6,
    heading: "The United States among Cambodia's financiers",
    menuName: "Cambodia's financiers",
    settings: settingsOf("financiers"),
    embedHeight: 860,
    citationTitle: (v) => `The United States among Cambodia's financiers ${GROUPING_WORDS[v.fgroupBy]}, 2000 on (${v.basis})`,
    fileNameParts: (v) => [v.basis, v.fgroupBy, dollarsOnly(v)],
  },
] as const satisfies readonly ChartEntry[];

export type ChartSlug = (typeof CHARTS)[number]["slug"];
export const CHART_SLUGS = CHARTS.map((c) => c.slug) as readonly ChartSlug[] as [ChartSlug, ...ChartSlug[]];

const BY_SLUG = new Map<string, ChartEntry>(CHARTS.map((c) => [c.slug, c]));

export function isChartSlug(s: string): s is ChartSlug {
  return BY_SLUG.has(s);
}

export function chartEntry(slug: ChartSlug): ChartEntry {
  const e = BY_SLUG.get(slug);
  if (!e) throw new Error(`unknown chart ${slug}`);
  return e;
}

export const CHART_THEMES = ["light", "dark"] as const;
export type ChartTheme = (typeof CHART_THEMES)[number];
/** "full": title, subtitle, legend, notes, source and link drawn in the file; "plot": the chart alone (the page's
 * first paint, whose caption and legend are HTML beside it); "legend": the chart with its colour key drawn in (an
 * embed, whose caption is HTML); "slide": subtitle, chart with its legend, and notes (a briefing slide, whose title,
 * takeaway and sources are its own). */
export const CHART_FRAMES = ["full", "plot", "legend", "slide"] as const;
export type ChartFrame = (typeof CHART_FRAMES)[number];

export const CHART_WIDTH = { min: 280, max: 4000, default: 960 } as const;
export const CHART_HEIGHT = { min: 120, max: 4000 } as const;

/** The address of a chart file of a view: the view's settings, then the file's own (frame, width, theme...). */
export function chartFileHref(chart: ChartSlug, format: "svg" | "png", view: ViewState, extra: Record<string, string | number> = {}): string {
  const q = new URLSearchParams(serializeView(view));
  for (const [k, v] of Object.entries(extra)) q.set(k, String(v));
  return `/charts/${chart}.${format}?${q.toString().replace(/%2C/g, ",")}`;
}

/** The address of a chart's table of the numbers drawn for a view, as JSON or CSV (/charts/<slug>.csv): the one
 * table behind the figure's "Download CSV", the export menu's CSV, the PowerPoint chart and its workbook. */
export function chartTableHref(chart: ChartSlug, format: "json" | "csv", view: ViewState, download = false): string {
  const q = new URLSearchParams(serializeView(view));
  if (download) q.set("download", "1");
  const qs = q.toString().replace(/%2C/g, ",");
  return `/charts/${chart}.${format}${qs ? `?${qs}` : ""}`;
}

/** The view's address as printed in a file. */
export function viewLink(origin: string, view: ViewState): string {
  return `${origin}${viewHref(view)}`;
}

/** Kebab-case words of a chart file's name: chart, grouping, years, dollars, measure ("us-cambodia-aid-by-period-decade-fy1955-2024-nominal-usd").
 * "all-charts" names a whole-page export (the deck) of the view. Every export's name starts here (lib/export/file-name.ts). */
export function chartFileName(chart: ChartSlug | "all-charts", state: ViewState): string {
  const v = normaliseView(state);
  if (chart === "all-charts") return ["us-cambodia", chart, ...periodsPart(v), ...dollarsPart(v)].join("-");
  return ["us-cambodia", chart, ...chartEntry(chart).fileNameParts(v)].join("-");
}
