// Titles, descriptions and link-preview images of the pages beside the dashboard, built one way.
import type { Metadata } from "next";
import { DEFAULT_VIEW } from "../view";
import { viewPreviewImage } from "../view/title";

const SITE = "US aid to Cambodia dashboard";

export function pageMetadata(p: { path: string; title: string; description: string; origin?: string }): Metadata {
  const preview = viewPreviewImage(DEFAULT_VIEW);
  return {
    ...(p.origin ? { metadataBase: new URL(p.origin) } : {}),
    title: `${p.title} | ${SITE}`,
    description: p.description,
    alternates: { canonical: p.path },
    openGraph: { title: p.title, description: p.description, type: "website", url: p.path, siteName: SITE, images: [preview] },
    twitter: { card: "summary_large_image", title: p.title, description: p.description, images: [preview] },
  };
}
