// Serves "/?view..." from the view's page (/v/... built and kept for the canonical views, /r/... rendered per request
// for any other) and a reader's chosen theme without a flash: "/" with no query and no theme cookie is the
// prerendered page itself.
import { NextResponse, type NextRequest } from "next/server";
import { rewriteTarget, themeFromCookie, THEME_COOKIE } from "./lib/view";

/** Shared views rendered per request: public for a minute in browsers, an hour at a CDN, then served stale while it
 * refetches. */
export const VIEW_CACHE_CONTROL = "public, max-age=60, s-maxage=3600, stale-while-revalidate=86400";

/** A page drawn in the theme the reader chose: for that reader's browser only. */
export const THEMED_CACHE_CONTROL = "private, max-age=60";

export function proxy(request: NextRequest) {
  const theme = themeFromCookie(request.cookies.get(THEME_COOKIE)?.value);
  const target = rewriteTarget(request.nextUrl.searchParams, theme);
  let res: NextResponse;
  if (!target) res = NextResponse.next();
  else {
    const url = request.nextUrl.clone();
    url.pathname = target;
    url.search = "";
    res = NextResponse.rewrite(url);
    // Next keeps its own Vary, so a shared cache cannot be told to key on the theme cookie: a page drawn in a chosen
    // theme stays private (built or not: a built /v page would otherwise say s-maxage=31536000), and only the
    // system-theme page of a view is offered to shared caches. A cache that keys on the theme (deploy/varnish) keeps
    // the themed pages too.
    if (theme !== "system") res.headers.set("Cache-Control", THEMED_CACHE_CONTROL);
    else if (target.startsWith("/r/")) res.headers.set("Cache-Control", VIEW_CACHE_CONTROL);
  }
  return res;
}

export const config = { matcher: "/" };
