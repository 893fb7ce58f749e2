// The clustered-bar chart (charts 5 and 6): model, layout and the static SVG face.
export * from "./derive";
export * from "./layout";
export * from "./render";
