// The one name of every exported file: the chart file's name for the chart and view (lib/charts/files.ts
// chartFileName), a variant where one chart has several files of a format (PNG presets), and the extension.
import { chartFileName, type ChartSlug } from "../charts/registry";
import type { ViewState } from "../view";

type ExportFormat = "png" | "svg" | "csv" | "pptx";

/** "us-cambodia-aid-by-period-decade-fy1955-2024-constant-2020-usd-1920x1080.png" */
export function exportFileName(target: ChartSlug | "all-charts", view: ViewState, format: ExportFormat, variant?: string): string {
  return `${chartFileName(target, view)}${variant ? `-${variant}` : ""}.${format}`;
}
