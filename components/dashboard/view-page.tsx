// What both view routes render: /v/[theme]/[view] (a canonical view, built once and kept) and /r/[theme]/[view]
// (any other view, rendered per request and not stored). proxy.ts picks the route.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Dashboard } from "@/components/dashboard/dashboard";
import { THEMES, viewFromSegment, type Theme } from "@/lib/view";
import { viewDescription, viewPreviewImage, viewTitle } from "@/lib/view/title";

type ViewParams = { params: Promise<{ theme: string; view: string }> };

export async function viewMetadata({ params }: ViewParams): Promise<Metadata> {
  const parsed = viewFromSegment(decodeURIComponent((await params).view));
  if (!parsed || parsed.broken) return {};
  const title = `${viewTitle(parsed.view)} | US aid to Cambodia dashboard`;
  const description = viewDescription(parsed.view);
  const image = viewPreviewImage(parsed.view);
  return {
    title,
    description,
    openGraph: { title, description, type: "website", images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export async function ViewPage({ params }: ViewParams) {
  const { theme, view } = await params;
  const parsed = viewFromSegment(decodeURIComponent(view));
  if (!(THEMES as readonly string[]).includes(theme) || !parsed) notFound();
  return <Dashboard view={parsed.view} theme={theme as Theme} brokenLink={parsed.broken} badParams={parsed.badParams} />;
}
