// Runs once when the Next.js server starts (Node.js runtime only): installs the answer to methods Next cannot serve
// and the bounded in-memory cache of the dashboard's page (lib/server/view-cache.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseUnsupportedMethods } = await import("./lib/server/unsupported-methods");
  refuseUnsupportedMethods();
  (await import("./lib/server/view-cache")).installViewCache();
}
