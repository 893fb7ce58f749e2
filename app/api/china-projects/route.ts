// GET /api/china-projects: see docs/api.md. Other methods answer 405.
import { chinaProjectsEndpoint } from "@/lib/api/compare-endpoints";
import { notAllowedHandlers, safely } from "@/lib/api/respond";
import { getDataset } from "@/lib/data/get-dataset";

export const GET = safely((req) => chinaProjectsEndpoint(getDataset(), req));
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowedHandlers;
