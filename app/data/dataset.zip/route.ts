// GET /data/dataset.zip: the whole data set (lib/data/download.ts), built once at build time.
import JSZip from "jszip";
import { getDataset } from "@/lib/data/get-dataset";
import { datasetFiles } from "@/lib/data/download";

export const dynamic = "force-static";

/** Fixed file times, so the same data makes the same bytes (and the same ETag). */
const FILE_DATE = new Date(Date.UTC(2026, 0, 1));

export async function GET(): Promise<Response> {
  const zip = new JSZip();
  for (const f of datasetFiles(getDataset())) zip.file(`us-aid-cambodia-data/${f.name}`, f.text, { date: FILE_DATE });
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
  return new Response(new Blob([bytes.slice().buffer]), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": 'attachment; filename="us-aid-cambodia-data.zip"',
      "Cache-Control": "public, max-age=3600",
    },
  });
}
