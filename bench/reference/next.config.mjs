// The reference app is its own project: its root is this folder, not the dashboard's (whose lockfile is further up).
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root: here },
  outputFileTracingRoot: here,
};

export default nextConfig;
