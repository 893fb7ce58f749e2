// Chart 3, the relations-status band: model (derive, with phases.ts and events.ts), sizes and positions (layout), the
// legend, the static face (render, marks) and the caption's summary.
export {
  buildRelationsBandModel,
  type BandAlternative,
  type BandBoundary,
  type BandMarker,
  type BandNotCovered,
  type BandPhase,
  type BandTick,
  type RelationsBandInput,
  type RelationsBandModel,
  type SourceRef,
} from "./derive";
export { publishersOf } from "./events";
export { BAND_HEIGHT, BAND_LAYOUT, markerGeometry } from "./layout";
export { relationsBandHeight, relationsLegendItems, type LegendItem } from "./legend";
export { CLUSTER_R, clusterMarkers, type BandMarkerGroup } from "./clusters";
export { clusterShape, renderMarkers, spanBars } from "./marks";
export { boundaryText } from "./phases";
export { renderRelationsBand, type RelationsBandRenderOptions } from "./render";
export { durationText, relationsSummary } from "./summary";
