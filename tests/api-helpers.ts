// Shared by the API tests: a GET through a route module, and the check of a JSON 400 naming a parameter.
import { expect } from "vitest";

export const get = (route: { GET: (r: Request) => Response }, qs = "", headers: Record<string, string> = {}) =>
  route.GET(new Request(`http://localhost/api/x${qs}`, { headers }));

interface ErrorBody {
  error: { code: string; message: string; issues: { param: string; message: string }[] };
}
export async function expect400(res: Response, param: string, mention: RegExp) {
  expect(res.status).toBe(400);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe("invalid_query");
  const issue = body.error.issues.find((i) => i.param === param);
  expect(issue, JSON.stringify(body)).toBeDefined();
  expect(issue!.message).toMatch(mention);
}
