// What "stream" is in the browser build (next.config.ts turbopack.resolveAlias): nothing. JSZip (inside pptxgenjs)
// probes for Node streams and, finding none, writes the deck without them; the stream polyfill it would otherwise
// pull in runs `Function(...)` on load, which the page's Content-Security-Policy (no eval) refuses.
export {};
