// Every unknown page (and /v/xx/yy, a view path that is not a view): the site's header, what happened and a link
// home, with status 404. No footer, and the content is a client leaf (components/site/not-found-body.tsx): Next
// carries this page's tree in the inline payload of every page (the root layout's not-found boundary).
import type { Metadata } from "next";
import { NotFoundBody } from "@/components/site/not-found-body";

export const metadata: Metadata = { title: "Page not found | US aid to Cambodia dashboard" };

export default function NotFound() {
  return <NotFoundBody />;
}
