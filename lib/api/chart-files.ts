// GET /charts/<slug>.svg, .png, .csv and .json: every chart of any view as a file, and the table of its numbers. The query is validated as the API's is (400
// JSON naming the parameter and the allowed values), each normalised request is drawn once and kept in a bounded
// cache, PNG renders run a few at a time, and responses carry validators a CDN can use.
import { BoundedCache, TaskLimiter } from "../cache/bounded-cache";
import { renderChartFile, type ChartFileRequest } from "../charts/files";
import { CHART_FRAMES, CHART_HEIGHT, CHART_SLUGS, CHART_THEMES, CHART_WIDTH, chartFileName, isChartSlug, type ChartFrame, type ChartSlug, type ChartTheme } from "../charts/registry";
import { drawnFromDataset } from "../export/drawn/from-dataset";
import { drawnCsv } from "../export/drawn-csv";
import { PALETTE } from "../charts/palette";
import type { Dataset } from "../data/dataset";
import { VIEW_KEYS, parseViewQuery, serializeView, type ViewState } from "../view";
import type { QuerySpec } from "./query";
import { badRequest, etagFor, matches } from "./respond";

/** Largest PNG side in pixels (width or height times scale). */
const MAX_PNG_PIXELS = 4000;
const CHART_FILE_CACHE_CONTROL = "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800";

const COMMON = {
  theme: { kind: "enum", values: CHART_THEMES },
  width: { kind: "int", min: CHART_WIDTH.min, max: CHART_WIDTH.max, what: "a width in pixels" },
  height: { kind: "int", min: CHART_HEIGHT.min, max: CHART_HEIGHT.max, what: "a height in pixels" },
  frame: { kind: "enum", values: CHART_FRAMES },
  download: { kind: "enum", values: ["0", "1"] },
  minText: { kind: "int", min: 1, max: 200, what: "the smallest text in pixels (laid out for projection)" },
} as const satisfies QuerySpec;
const PNG_ONLY = { scale: { kind: "int", min: 1, max: 4, what: "a pixel density" } } as const satisfies QuerySpec;

interface Rendered {
  body: Buffer;
  etag: string;
  title: string;
}

const svgCache = new BoundedCache<Rendered>(400, 16 * 1024 * 1024, (r) => r.body.byteLength);
const pngCache = new BoundedCache<Rendered>(120, 32 * 1024 * 1024, (r) => r.body.byteLength);
/** Two cores here: two renders at once, the rest wait in a short queue, and beyond it a request is told to retry. */
const pngRenders = new TaskLimiter(2, 32);

export const chartFileCaches = { svg: svgCache, png: pngCache, pngRenders };

/** A JSON 404 listing the chart files: an unknown name, or any other path under /charts. */
export function chartFileNotFound(name: string): Response {
  const files = CHART_SLUGS.flatMap((s) => [`/charts/${s}.svg`, `/charts/${s}.png`, `/charts/${s}.csv`, `/charts/${s}.json`]);
  return Response.json(
    { error: { code: "not_found", message: `No chart file ${name.slice(0, 60)}; the chart files are ${files.join(", ")}.` } },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}

type FileFormat = "svg" | "png" | "json" | "csv";

function parseName(name: string): { chart: ChartSlug; format: FileFormat } | null {
  const m = /^([a-z-]+)\.(svg|png|json|csv)$/.exec(name);
  if (!m || !isChartSlug(m[1])) return null;
  return { chart: m[1], format: m[2] as FileFormat };
}

/** /charts/<slug>.json and .csv: the table of the numbers the chart draws in the view, the one table behind the HTML
 * table's download, the export menu's CSV, the PowerPoint chart and its workbook. */
function tableFile(ds: Dataset, req: Request, chart: ChartSlug, format: "json" | "csv", view: ViewState, download: boolean): Response {
  const drawn = drawnFromDataset(ds, chart, view);
  const body = Buffer.from(format === "json" ? JSON.stringify(drawn) : drawnCsv(drawn), "utf8");
  const r: Rendered = { body, etag: etagFor(body), title: drawn.text.title };
  const type = format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";
  return respond(req, r, type, `${chartFileName(chart, view)}.${format}`, format === "csv" || download);
}

function respond(req: Request, r: Rendered, type: string, filename: string, download: boolean): Response {
  const headers: Record<string, string> = {
    ETag: r.etag,
    "Cache-Control": CHART_FILE_CACHE_CONTROL,
    Vary: "Accept-Encoding",
    "X-Content-Type-Options": "nosniff",
  };
  if (matches(req.headers.get("if-none-match"), r.etag)) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(r.body), {
    status: 200,
    headers: {
      ...headers,
      "Content-Type": type,
      "Content-Length": String(r.body.byteLength),
      "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${filename}"`,
    },
  });
}

export async function chartFileEndpoint(ds: Dataset, req: Request, name: string, origin: string): Promise<Response> {
  const file = parseName(name);
  if (!file) return chartFileNotFound(name);
  const params = new URL(req.url).searchParams;
  if (file.format === "json" || file.format === "csv") {
    const t = parseViewQuery(params, VIEW_KEYS, { download: COMMON.download });
    if (!t.ok) return badRequest(t.issues);
    return tableFile(ds, req, file.chart, file.format, t.view, t.extra.download === "1");
  }
  const parsed = file.format === "png" ? parseViewQuery(params, VIEW_KEYS, { ...COMMON, ...PNG_ONLY }) : parseViewQuery(params, VIEW_KEYS, COMMON);
  if (!parsed.ok) return badRequest(parsed.issues);
  const x = parsed.extra as { theme?: ChartTheme; width?: number; height?: number; frame?: ChartFrame; download?: "0" | "1"; scale?: number; minText?: number };
  const scale = x.scale ?? 1;
  const width = x.width ?? CHART_WIDTH.default;
  if (file.format === "png") {
    const issues = [];
    if (width * scale > MAX_PNG_PIXELS) issues.push({ param: "width", message: `width x scale is ${width * scale} pixels; at most ${MAX_PNG_PIXELS} (lower width or scale)` });
    if ((x.height ?? 0) * scale > MAX_PNG_PIXELS) issues.push({ param: "height", message: `height x scale is ${(x.height ?? 0) * scale} pixels; at most ${MAX_PNG_PIXELS} (lower height or scale)` });
    if (issues.length) return badRequest(issues);
  }
  const request: ChartFileRequest = { chart: file.chart, view: parsed.view, theme: x.theme ?? "light", width, height: x.height ?? null, frame: x.frame ?? "full", minText: x.minText };
  const key = [request.chart, serializeView(request.view), request.theme, request.width, request.height ?? "auto", request.frame, request.minText ?? "", origin].join("|");
  const filename = `${chartFileName(request.chart, request.view)}${request.theme === "dark" ? "-dark" : ""}.${file.format}`;
  const download = x.download === "1";

  let svg = svgCache.get(key);
  if (!svg) {
    const drawn = renderChartFile(ds, request, origin);
    const body = Buffer.from(drawn.svg, "utf8");
    svg = { body, etag: etagFor(body), title: drawn.title };
    svgCache.set(key, svg);
  }
  if (file.format === "svg") return respond(req, svg, "image/svg+xml; charset=utf-8", filename, download);

  const pngKey = `${key}|x${scale}`;
  let png = pngCache.get(pngKey);
  if (!png) {
    const source = svg;
    const { svgToPng } = await import("../charts/png");
    const done = await pngRenders.run(() => svgToPng(source.body.toString("utf8"), width * scale, PALETTE[request.theme]["--bg"]));
    if (!done.ok)
      return Response.json(
        { error: { code: "busy", message: "Too many chart images are being drawn right now; try again in a few seconds." } },
        { status: 503, headers: { "Retry-After": "2", "Cache-Control": "no-store" } },
      );
    png = { body: done.value, etag: etagFor(done.value), title: source.title };
    pngCache.set(pngKey, png);
  }
  return respond(req, png, "image/png", filename, download);
}
