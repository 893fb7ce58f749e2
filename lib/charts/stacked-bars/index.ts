// The stacked-bar chart of charts 1 and 2: model (derive), pixel positions (layout), segment looks (marks), legend and
// the static face (render).
export { AREA_RULE, drawnValue, EMPHASIS_NOTE, stackExtent, type BarEmphasis, type BarMarker, type StackedBar, type StackedBarModel } from "./derive";
export {
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  CALLOUT_BASELINE,
  STACKED_MARGIN_TOP,
  barSlots,
  categoryLabels,
  segmentGeometry,
  stackedPlot,
  wrapLabel,
  yAt,
  type BarSlot,
  type CategoryLabel,
  type SegmentGeometry,
} from "./layout";
export { stackedLegendHeight, stackedLegendItems, type StackedLegendItem } from "./legend";
export { hatchPattern, segmentStyle, type SegmentStyle } from "./marks";
export { renderStackedBars, type RenderOptions } from "./render";
export { boxOf, boxesOverlap, placeAnnotations, type Box, type PlacedText, type StackedAnnotations } from "./annotations";
