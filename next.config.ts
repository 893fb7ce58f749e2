import type { NextConfig } from "next";
import { CHART_FILE_CSP, COMMON_HEADERS, EMBED_CSP, PAGE_CSP } from "./lib/server/security-headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // An instance is one folder to copy: .next/standalone holds server.js, the traced node_modules and data/ (the
  // static files are copied beside it by scripts/edge/instance.mjs; deploy/README.md). `next start` still serves .next.
  output: "standalone",
  // The data files are read from disk by server code; make sure they travel with the server output.
  outputFileTracingIncludes: {
    "/**": ["./data/**/*"],
    // the font chart PNGs are drawn in, read by file path (lib/charts/png.ts)
    "/charts/**": ["./node_modules/@expo-google-fonts/inter/400Regular/*.ttf", "./node_modules/@expo-google-fonts/inter/600SemiBold/*.ttf"],
  },
  // a native module with its own binary: loaded by Node at run time, not bundled
  serverExternalPackages: ["@resvg/resvg-js"],
  // no image optimiser: charts are our own SVG and PNG files, and nothing else is an image
  images: { unoptimized: true },
  productionBrowserSourceMaps: false,
  // the PowerPoint export's JSZip needs no Node streams in the browser; their polyfill would run eval under the CSP
  turbopack: { resolveAlias: { stream: { browser: "./lib/export/no-node-stream.ts" } } },
  headers: async () => [
    { source: "/:path*", headers: COMMON_HEADERS },
    { source: "/((?!charts/|embed/).*)", headers: [{ key: "Content-Security-Policy", value: PAGE_CSP }] },
    // other sites may frame the embed pages, and only them
    { source: "/embed/:path*", headers: [{ key: "Content-Security-Policy", value: EMBED_CSP }] },
    { source: "/charts/:path*", headers: [{ key: "Content-Security-Policy", value: CHART_FILE_CSP }] },
  ],
};

export default nextConfig;
