// Category labels set level where the deck says nothing of their angle. pptxgenjs writes no angle for a category
// axis unless it is turned (catAxisLabelRotate: 0 is taken as "not given"), and a viewer left to choose turns crowded
// labels by 45°: LibreOffice does, and then shrinks the chart's whole text to make room (11 pt became 10), with the
// turned labels running into the legend. Level labels wrap at their spaces instead. PowerPoint writes level labels
// as rot="0" itself; upright ones (slides.ts turns them by -90° where they cannot stand side by side) are kept.
import type JSZip from "jszip";

/** The category axis's own text body without an angle, as pptxgenjs writes it */
const UNSET = "<a:bodyPr/>";
const LEVEL = '<a:bodyPr rot="0" vert="horz"/>';

export function levelCategoryLabels(chartXml: string): string {
  return chartXml.replace(/<c:catAx>[\s\S]*?<\/c:catAx>/g, (axis) => axis.replace(UNSET, LEVEL));
}

/** Every chart part of a written deck with its category labels set level where their angle was left open. */
export async function levelDeckLabels(bytes: Uint8Array, Zip: typeof JSZip): Promise<Uint8Array> {
  const zip = await Zip.loadAsync(bytes);
  const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
  if (!charts.length) return bytes;
  for (const name of charts) zip.file(name, levelCategoryLabels(await zip.file(name)!.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation" });
}
