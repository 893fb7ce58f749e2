// Methods Next.js cannot serve (TRACE, PROPFIND, ...) are answered before Next sees them: a real HTTP server in this
// process, with refuseUnsupportedMethods() installed, answers them with the API's JSON 405 and the security headers,
// and passes every other method on to its own handler untouched.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseUnsupportedMethods } from "@/lib/server/unsupported-methods";

let server: http.Server;
let port = 0;

function send(method: string, path = "/api/aid"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  refuseUnsupportedMethods();
  refuseUnsupportedMethods(); // installing twice changes nothing
  server = http.createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/plain" });
    res.end(`next saw ${req.method}`);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("methods Next.js cannot serve", () => {
  it("TRACE and PROPFIND get a JSON 405 with Allow and the security headers", async () => {
    for (const method of ["TRACE", "PROPFIND", "MKCOL"]) {
      const res = await send(method, "/charts/aid-by-period.svg");
      expect(res.status, method).toBe(405);
      expect(res.headers["allow"], method).toBe("GET, HEAD, OPTIONS");
      expect(res.headers["content-type"], method).toMatch(/^application\/json/);
      expect(res.headers["x-content-type-options"], method).toBe("nosniff");
      expect(res.headers["content-security-policy"], method).toContain("default-src 'self'");
      expect(JSON.parse(res.body).error.code, method).toBe("method_not_allowed");
    }
  });

  it("every method Next serves reaches the server's own handler", async () => {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
      const res = await send(method);
      expect(res.status, method).toBe(200);
      expect(res.body, method).toBe(`next saw ${method}`);
    }
    expect((await send("HEAD")).status).toBe(200);
  });
});
