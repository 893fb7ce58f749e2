// The site's public origin: SITE_URL when it is set, otherwise the request's own host (behind a proxy, the forwarded
// host and protocol), so addresses the site gives out point where it is actually served. Pages built ahead of any
// request (prerendered) can only know SITE_URL, or else the port the build ran for (PORT, as `npm start` passes it).
export function siteOrigin(h: Pick<Headers, "get"> | null, env: string | undefined = process.env.SITE_URL): string {
  if (env) {
    try {
      return new URL(env).origin;
    } catch {
      // an unreadable SITE_URL falls through to the request's host
    }
  }
  const host = h?.get("x-forwarded-host")?.split(",")[0].trim() || h?.get("host");
  if (host && /^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) && !/^\[/.test(host)) {
    const proto = h?.get("x-forwarded-proto")?.split(",")[0].trim() === "https" ? "https" : "http";
    return `${proto}://${host}`;
  }
  return `http://localhost:${process.env.PORT && /^\d{1,5}$/.test(process.env.PORT) ? process.env.PORT : "3000"}`;
}
