// GET /api/neighbours: see docs/api.md. Other methods answer 405.
import { neighboursEndpoint } from "@/lib/api/compare-endpoints";
import { notAllowedHandlers, safely } from "@/lib/api/respond";
import { getDataset } from "@/lib/data/get-dataset";

export const GET = safely((req) => neighboursEndpoint(getDataset(), req));
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowedHandlers;
