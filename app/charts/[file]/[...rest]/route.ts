// Any deeper path under /charts (/charts/a/b): the chart files' JSON 404 that lists them, not an HTML page.
import { chartFileNotFound } from "@/lib/api/chart-files";

const answer = (req: Request) => chartFileNotFound(new URL(req.url).pathname.replace(/^\/charts\//, ""));
export const GET = answer;
export const POST = answer;
export const PUT = answer;
export const PATCH = answer;
export const DELETE = answer;
