// Runs once when the Next.js server starts (Node.js runtime only): installs the answer to methods Next cannot serve.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseUnsupportedMethods } = await import("./lib/server/unsupported-methods");
  refuseUnsupportedMethods();
}
