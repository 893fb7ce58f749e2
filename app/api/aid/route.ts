// GET /api/aid: see docs/api.md. Other methods answer 405.
import { aidEndpoint } from "@/lib/api/endpoints";
import { notAllowedHandlers, safely } from "@/lib/api/respond";
import { getDataset } from "@/lib/data/get-dataset";

export const GET = safely((req) => aidEndpoint(getDataset(), req));
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowedHandlers;
