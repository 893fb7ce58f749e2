// Serves "/?view..." from a cached per-view path, and a reader's chosen theme without a flash: "/" with no query
// and no theme cookie is the prerendered page itself.
import { NextResponse, type NextRequest } from "next/server";
import { rewriteTarget, themeFromCookie, THEME_COOKIE } from "./lib/view";

export function proxy(request: NextRequest) {
  const target = rewriteTarget(request.nextUrl.searchParams, themeFromCookie(request.cookies.get(THEME_COOKIE)?.value));
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = { matcher: "/" };
