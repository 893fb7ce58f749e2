// What each export menu item does in the browser: fetch the chart file or build the file (CSV, PowerPoint: their
// code is loaded by dynamic import() on the click), save it under its one name, or put it on the clipboard. Every
// action resolves to a sentence for the status line, or throws an Error whose message says what went wrong.
import { chartFileHref, chartTableHref, viewLink, type ChartSlug } from "@/lib/charts/registry";
import { exportFileName } from "@/lib/export/file-name";
import { presetParams } from "@/lib/export/preset-params";
import { presetVariant, type PngPreset } from "@/lib/export/presets";
import type { ViewState } from "@/lib/view";

/** Saves a file the page made: an object URL clicked as a download link, released once the browser has it. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A chart file as a Blob; a refusal (400, 503...) becomes an Error with the server's own words. */
async function fetchChartFile(url: string): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new Error("the server could not be reached");
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `the server answered ${res.status}`);
  }
  return res.blob();
}

function pngHref(chart: ChartSlug, view: ViewState, preset: PngPreset, screenWidth: number): string {
  return chartFileHref(chart, "png", view, { ...presetParams(preset, screenWidth), frame: "full", theme: "light" });
}

export async function downloadPng(chart: ChartSlug, view: ViewState, preset: PngPreset, screenWidth: number): Promise<string> {
  const name = exportFileName(chart, view, "png", presetVariant(preset));
  saveBlob(await fetchChartFile(pngHref(chart, view, preset, screenWidth)), name);
  return `Downloaded ${name}.`;
}

export async function downloadSvg(chart: ChartSlug, view: ViewState): Promise<string> {
  const name = exportFileName(chart, view, "svg");
  saveBlob(await fetchChartFile(chartFileHref(chart, "svg", view, { frame: "full", theme: "light" })), name);
  return `Downloaded ${name}.`;
}

export async function downloadCsv(chart: ChartSlug, view: ViewState): Promise<string> {
  const name = exportFileName(chart, view, "csv");
  saveBlob(await fetchChartFile(chartTableHref(chart, "csv", view)), name);
  return `Downloaded ${name}.`;
}

export async function downloadPptx(chart: ChartSlug, view: ViewState): Promise<string> {
  const { buildChartPptx, PPTX_MIME } = await import("@/lib/export/pptx");
  const bytes = await buildChartPptx(chart, view, location.origin);
  const name = exportFileName(chart, view, "pptx");
  saveBlob(new Blob([bytes as BlobPart], { type: PPTX_MIME }), name);
  return `Downloaded ${name}.`;
}

/** The chart's PNG on the clipboard. The write starts at once (still inside the click) with the image to follow. */
export async function copyImage(chart: ChartSlug, view: ViewState, preset: PngPreset, screenWidth: number): Promise<string> {
  if (typeof ClipboardItem === "undefined" || !navigator.clipboard?.write) throw new Error("this browser does not let pages copy images");
  const png = fetchChartFile(pngHref(chart, view, preset, screenWidth)).then((b) => new Blob([b], { type: "image/png" }));
  try {
    await navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
  } catch (err) {
    await png.catch(() => undefined);
    throw new Error(`the browser refused to copy the image (${err instanceof Error ? err.message : "not allowed"})`);
  }
  return "Image copied: paste it into a slide or a document.";
}

export async function copyText(text: string, what: string): Promise<string> {
  if (!navigator.clipboard?.writeText) throw new Error("this browser does not let pages copy text; select it and copy it yourself");
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    throw new Error("the browser refused to copy; select the text and copy it yourself");
  }
  return `${what} copied.`;
}

export function linkOf(view: ViewState): string {
  return viewLink(location.origin, view);
}
