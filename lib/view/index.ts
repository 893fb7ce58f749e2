// The one view module: state and defaults (zod), URL form, path segment and API query form.
export * from "./state";
export * from "./url";
export * from "./path";
export * from "./api";
