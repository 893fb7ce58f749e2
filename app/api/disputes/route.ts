// GET /api/disputes: see docs/api.md. Other methods answer 405.
import { disputesEndpoint } from "@/lib/api/endpoints";
import { notAllowedHandlers, safely } from "@/lib/api/respond";
import { getDataset } from "@/lib/data/get-dataset";

export const GET = safely((req) => disputesEndpoint(getDataset(), req));
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowedHandlers;
