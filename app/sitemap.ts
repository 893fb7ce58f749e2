// /sitemap.xml: the site's pages at the origin it is served from (SITE_URL, else the request's host).
import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/server/origin";

const SITEMAP_PATHS = ["/", "/timeline", "/briefing", "/data", "/methods"] as const;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteOrigin(await headers());
  return SITEMAP_PATHS.map((p) => ({ url: `${origin}${p}`, changeFrequency: "monthly", priority: p === "/" ? 1 : 0.7 }));
}
