import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The data files are read from disk by server code; make sure they travel with the server output.
  outputFileTracingIncludes: { "/**": ["./data/**/*"] },
};

export default nextConfig;
