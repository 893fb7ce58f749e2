// /robots.txt: everything may be crawled except the per-request view renders and the API; the sitemap at this origin.
import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/server/origin";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = siteOrigin(await headers());
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/r/"] }], sitemap: `${origin}/sitemap.xml` };
}
