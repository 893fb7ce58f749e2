// GET /api/financiers: see docs/api.md. Other methods answer 405.
import { financiersEndpoint } from "@/lib/api/compare-endpoints";
import { notAllowedHandlers, safely } from "@/lib/api/respond";
import { getDataset } from "@/lib/data/get-dataset";

export const GET = safely((req) => financiersEndpoint(getDataset(), req));
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowedHandlers;
