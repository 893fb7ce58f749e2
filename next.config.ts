import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The data files are read from disk by server code; make sure they travel with the server output.
  outputFileTracingIncludes: {
    "/**": ["./data/**/*"],
    // the font chart PNGs are drawn in, read by file path (lib/charts/png.ts)
    "/charts/**": ["./node_modules/@expo-google-fonts/inter/400Regular/*.ttf", "./node_modules/@expo-google-fonts/inter/600SemiBold/*.ttf"],
  },
  // a native module with its own binary: loaded by Node at run time, not bundled
  serverExternalPackages: ["@resvg/resvg-js"],
};

export default nextConfig;
