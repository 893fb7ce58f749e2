// Security headers for every response (next.config.ts): pages, API, chart files, errors, 404s and static files.
//
// Script policy: 'unsafe-inline' for scripts, not nonces or hashes. A nonce must differ per response, so every page
// would be rendered per request and nothing could be served from the prerendered or per-view cache or a CDN; build-time
// hashes (experimental.sri) cover Next's script files but not its inline bootstrap and RSC payload scripts, whose
// contents differ per view. What 'unsafe-inline' would open is closed elsewhere: no page renders markup from data
// (no dangerouslySetInnerHTML; React escapes text), and there is no 'unsafe-eval' in production.
const dev = process.env.NODE_ENV === "development";

export const PAGE_CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  // React writes style attributes (legend swatches, tooltip positions)
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${dev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** The embed pages (/embed/<chart>) are the only pages other sites may frame: the page policy with any frame ancestor. */
export const EMBED_CSP = PAGE_CSP.replace("frame-ancestors 'none'", "frame-ancestors *");

/** A chart file opened on its own runs nothing and loads nothing. */
export const CHART_FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox";

const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
  // export (copy image) and briefing (full screen) use these, on this site only
  "clipboard-write=(self)",
  "fullscreen=(self)",
].join(", ");

export const COMMON_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // browsers ignore HSTS on plain HTTP (RFC 6797 8.1), so it takes effect exactly when the site is served over HTTPS
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];
