// Requests whose method Next.js cannot handle (TRACE, WebDAV's PROPFIND, ...) answered with the API's own JSON 405
// before they reach Next: Next builds a WHATWG Request for every route, and undici refuses to build one for TRACE,
// so a TRACE to any page, API endpoint or chart file became a plain-text 500 (other unknown methods an empty 400).
// Installed once at server start by instrumentation.ts.
import http from "node:http";
import { methodNotAllowed } from "../api/respond";
import { COMMON_HEADERS, PAGE_CSP } from "./security-headers";

/** The methods Next's route handlers and pages serve (next/dist/server/web/http HTTP_METHODS). */
const SERVED_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);

/** The status, headers and body of the answer to a method no route serves: the API's 405, with the security headers. */
async function unsupportedMethodAnswer(): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const res = methodNotAllowed();
  const headers: Record<string, string> = Object.fromEntries(COMMON_HEADERS.map((h) => [h.key, h.value]));
  res.headers.forEach((value, key) => (headers[key] = value));
  headers["Content-Security-Policy"] = PAGE_CSP;
  return { status: res.status, headers, body: await res.text() };
}

let installed = false;

/** Answers every request whose method is not in SERVED_METHODS with unsupportedMethodAnswer(), on every server of
 * this process; other requests go on to Next untouched. */
export function refuseUnsupportedMethods(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      if (!SERVED_METHODS.has(req.method ?? "")) {
        req.resume();
        void unsupportedMethodAnswer().then((a) => {
          res.writeHead(a.status, { ...a.headers, "Content-Length": Buffer.byteLength(a.body) });
          res.end(a.body);
        });
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
