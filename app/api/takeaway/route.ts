// GET /api/takeaway: a chart slide's computed title, takeaway and sources (docs/dashboard.md, "Briefing"). Other methods answer 405.
import { takeawayEndpoint } from "@/lib/briefing/takeaway-endpoint";
import { notAllowedHandlers, safely } from "@/lib/api/respond";
import { getDataset } from "@/lib/data/get-dataset";

export const GET = safely((req) => takeawayEndpoint(getDataset(), req));
export const { POST, PUT, PATCH, DELETE, OPTIONS } = notAllowedHandlers;
