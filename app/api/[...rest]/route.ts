// Any other /api path: a JSON 404 that lists the endpoints, not an HTML page.
import { notFound } from "@/lib/api/respond";

const answer = (req: Request) => notFound(new URL(req.url).pathname);
export const GET = answer;
export const POST = answer;
export const PUT = answer;
export const PATCH = answer;
export const DELETE = answer;
