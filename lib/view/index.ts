// The one view module: the settings table, state and defaults, URL form, path segment and API query form.
export * from "./settings";
export * from "./state";
export * from "./url";
export * from "./path";
export * from "./api";
