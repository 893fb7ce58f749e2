// A view of the dashboard for a theme, reached through proxy.ts: rendered on first request, then cached.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { viewDescription, viewPreviewImage, viewTitle } from "@/lib/view-title";
import { Dashboard } from "@/components/dashboard/dashboard";
import { THEMES, viewFromSegment, type Theme } from "@/lib/view";

export const dynamicParams = true;

export function generateStaticParams() {
  return THEMES.flatMap((theme) => [{ theme, view: "default" }]);
}

export async function generateMetadata({ params }: { params: Promise<{ theme: string; view: string }> }): Promise<Metadata> {
  const parsed = viewFromSegment(decodeURIComponent((await params).view));
  if (!parsed || parsed.broken) return {};
  const title = `${viewTitle(parsed.view)} | US aid to Cambodia dashboard`;
  const image = viewPreviewImage(parsed.view);
  return {
    title,
    description: viewDescription(parsed.view),
    openGraph: { title, description: viewDescription(parsed.view), type: "website", images: [image] },
    twitter: { card: "summary_large_image", title, description: viewDescription(parsed.view), images: [image] },
  };
}

export default async function ViewPage({ params }: { params: Promise<{ theme: string; view: string }> }) {
  const { theme, view } = await params;
  const parsed = viewFromSegment(decodeURIComponent(view));
  if (!(THEMES as readonly string[]).includes(theme) || !parsed) notFound();
  return <Dashboard view={parsed.view} theme={theme as Theme} brokenLink={parsed.broken} badParams={parsed.badParams} />;
}
