// What a chart draws in a view, read straight from the data set (server side: /charts/<slug>.json and .csv, the embed
// page's caption, tests). The browser reads the same through /charts/<slug>.json (./index.ts).
export { drawnChart as drawnFromDataset } from "../../charts/definitions";
