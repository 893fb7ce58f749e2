// GET /api/reconciliation: see docs/api.md. Other methods answer 405.
import { reconciliationEndpoint } from "@/lib/api/endpoints";
import { notAllowedHandlers, safely } from "@/lib/api/respond";
import { getDataset } from "@/lib/data/get-dataset";

export const GET = safely((req) => reconciliationEndpoint(getDataset(), req));
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowedHandlers;
