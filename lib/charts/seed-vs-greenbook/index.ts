// Chart 4, "Seed figures versus the Greenbook": model (derive, with rows.ts for each row's texts), sizes and positions
// (layout), the marks and labels both faces draw, the legend, the static face (render) and the caption's summary.
export {
  DIFFERENCE_CLAMP_PCT,
  SERIES_COLOR,
  buildSeedVsGreenbookModel,
  type AbsoluteModel,
  type AbsoluteRow,
  type AbsoluteSeriesKey,
  type ComparisonStatus,
  type DifferenceMark,
  type DifferenceModel,
  type DifferenceRow,
  type LegendItem,
  type LegendSwatch,
  type RowTooltip,
  type SeedVsGreenbookMode,
  type SeedVsGreenbookModel,
  type TooltipLine,
} from "./derive";
export { absoluteTickFormat, categoryLines, categoryTickNode, differenceAxisTitles, differenceLabelsNode, differenceTickFormat } from "./labels";
export {
  BAR_CATEGORY_GAP_PERCENT,
  BAR_GAP,
  DIFFERENCE_X_AXIS_HEIGHT,
  FONT_SIZE,
  absoluteBarRect,
  barPositions,
  differenceBarRect,
  layoutLegend,
  seedVsGreenbookHeight,
  seedVsGreenbookLayout,
  xOfPct,
  type LegendPlacement,
  type Rect,
  type SeedVsGreenbookLayout,
} from "./layout";
export { legendNode } from "./legend";
export { absoluteBarMarks, differenceRowMarks, hatchId, patternDefs, precisionAttrs, valueLabelNode } from "./marks";
export { renderSeedVsGreenbook, type RenderOptions } from "./render";
export { AGREE_WITHIN_PCT, PRECISION_LABEL, PRIMARY_RULE, comparisonName, comparisonStatus, pctText, primaryComparison, rowLabelLines, spanLabel } from "./rows";
export { primaryCounts, seedVsGreenbookSummary, type PrimaryCounts } from "./summary";
