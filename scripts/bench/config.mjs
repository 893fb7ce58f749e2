// The bench's fixed settings: paths, the pages and files it measures, timeouts, port ranges (scripts/bench/main.mjs).
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
process.chdir(ROOT);
export const require = createRequire(path.join(ROOT, "package.json"));
export const ART = path.join(ROOT, ".test-artifacts");
export const OUT = path.join(ART, "bench.json");
export const REF = path.join(ROOT, "bench", "reference");
/** What goes into the reference's build (compared with its .next/BUILD_ID). */
export const REF_INPUTS = ["app", "public", "next.config.mjs", "package.json", "package-lock.json", "tsconfig.json", "node_modules/.package-lock.json"];

export const VIEW_PATH = "/?groupBy=year&dollars=constant";
export const RENDERED_VIEW = "/?groupBy=year&dollars=constant&base=2000"; // query in canonical order (lib/view); rendered per request (/r)
export const CANONICAL_VIEW = "/?groupBy=year"; // one of the canonical views (lib/view canonicalViews): built once and cached (/v)
export const SVG_PATH = "/charts/aid-by-period.svg";
export const PNG_PATH = "/charts/aid-by-period.png?width=1920&height=1080";
/** `from` values that make each PNG request a new render: 1955 is the default first year (the cached URL's). */
export const PNG_UNCACHED_FROM = [1956, 1957, 1958, 1959, 1960];
export const PNG_REPEATS = 5;

/** @typedef {{ label: string, path: string, app: "dashboard" | "reference" }} Target */
/** @type {Target} */
export const REF_PAGE = { label: "reference /", path: "/", app: "reference" };
/** @type {Target[]} sequential response times */
export const ENDPOINTS = [
  { label: "page /", path: "/", app: "dashboard" },
  { label: "page, a view", path: RENDERED_VIEW, app: "dashboard" },
  { label: "page, a canonical view", path: CANONICAL_VIEW, app: "dashboard" },
  { label: "API JSON", path: "/api/aid?groupBy=year", app: "dashboard" },
  { label: "API CSV", path: "/api/aid?groupBy=year&format=csv", app: "dashboard" },
  { label: "chart SVG", path: SVG_PATH, app: "dashboard" },
  { label: "chart PNG", path: PNG_PATH, app: "dashboard" },
  REF_PAGE,
];
/** @type {Target[]} autocannon: the reference first and again last, so that a change of machine load during the run shows */
export const LOAD_TARGETS = [
  { ...REF_PAGE, label: "reference / (first)" },
  { label: "page /", path: "/", app: "dashboard" },
  { label: "page, a view (rendered per request)", path: RENDERED_VIEW, app: "dashboard" },
  { label: "page, a canonical view (cached)", path: CANONICAL_VIEW, app: "dashboard" },
  { label: "API JSON, default query", path: "/api/aid", app: "dashboard" },
  { label: "chart SVG", path: SVG_PATH, app: "dashboard" },
  { label: "chart PNG 1920x1080", path: PNG_PATH, app: "dashboard" },
  { ...REF_PAGE, label: "reference / (last)" },
];
/** @type {Target[]} Lighthouse, reference first */
export const LH_TARGETS = [REF_PAGE, { label: "page /", path: "/", app: "dashboard" }, { label: "page, a view", path: RENDERED_VIEW, app: "dashboard" }];
export const LH_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

export const SEQUENTIAL_MAX_MS = 60_000;
export const REQUEST_TIMEOUT_MS = 15_000;
export const LIGHTHOUSE_TIMEOUT_MS = 180_000;
export const LOAD_SETTLE_MS = 5_000;
export const LOAD_WARMUP_S = 2;
export const PORT_RANGE = [3260, 3299];
export const REF_PORT_RANGE = [3300, 3319];
export const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic";
/** Sent by the sequential requests and the load test, as a browser would (Next gzips what it serves). */
export const ACCEPT_ENCODING = "gzip, deflate, br";
