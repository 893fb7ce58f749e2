// GET /charts/<chart>.svg, .png, .csv and .json: see docs/api.md "Chart files". Other methods answer 405.
import { chartFileEndpoint } from "@/lib/api/chart-files";
import { internalError, notAllowedHandlers } from "@/lib/api/respond";
import { getDataset } from "@/lib/data/get-dataset";

export async function GET(req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  try {
    // the view's link drawn in the file: the public origin (SITE_URL) when set, so instances behind a cache draw the
    // same bytes (and ETag) whatever address each one listens on; else the address this server answered on
    return await chartFileEndpoint(getDataset(), req, file, new URL(process.env.SITE_URL ?? req.url).origin);
  } catch (err) {
    return internalError(err);
  }
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowedHandlers;
