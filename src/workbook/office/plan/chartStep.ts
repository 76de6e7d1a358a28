/**
 * A native chart whose series are bound to the plan's table cells (setValues /
 * setXAxisValues, ExcelApi 1.7), so the chart follows the numbers if they are edited.
 */
import { NUMBER_FORMATS, type ChartPlan } from "../../../report/plan";
import { cellAddress } from "../../excel/addresses";
import {
  chartAxesLook,
  EXCEL_CHART_TYPES,
  legendPosition,
  OVERLAY_LINE_TYPE,
  overlayLineLook,
  pointHighlight,
  seriesLook,
  type PointHighlight,
  type SeriesLook,
} from "../../excel/chartLook";
import { rangeOf, sheetFor, STEP_OVERHEAD_BYTES, type BuildScope, type WriteStep } from "./buildScope";
import { officeColour } from "./textFonts";

const LEGEND_POSITIONS = { bottom: "Bottom" } as const;
const MARKER_STYLES = { circle: "Circle" } as const;

const LINE_STYLES = { dash: "Dash" } as const;

/** The series' colour, line width and dash, and markers (ExcelApi 1.7), as the xlsx writer draws them. */
function applySeriesLook(series: Excel.ChartSeries, look: SeriesLook): void {
  const colour = officeColour(look.colour);
  if (look.lineWidth === null) {
    series.format.fill.setSolidColor(colour);
  } else {
    series.format.line.color = colour;
    series.format.line.weight = look.lineWidth;
  }
  if (look.dash) series.format.line.lineStyle = LINE_STYLES[look.dash];
  if (look.marker) {
    series.markerStyle = MARKER_STYLES[look.marker.style];
    series.markerSize = look.marker.size;
    series.markerBackgroundColor = colour;
    series.markerForegroundColor = colour;
  }
}

/**
 * The highlighted point (ExcelApi 1.1 for points and their fill, 1.7 for markers).
 * getItemAt fails the whole batch on a point that does not exist, so checkPlan
 * refuses a highlight outside the categories before anything is written.
 */
function applyPointHighlight(series: Excel.ChartSeries, highlight: PointHighlight | null): void {
  if (!highlight) return;
  const point = series.points.getItemAt(highlight.index);
  const colour = officeColour(highlight.colour);
  if (highlight.part === "fill") {
    point.format.fill.setSolidColor(colour);
  } else {
    point.markerBackgroundColor = colour;
    point.markerForegroundColor = colour;
  }
}

function queueChart(scope: BuildScope, sheetName: string, plan: ChartPlan): void {
  const [first, ...rest] = plan.series;
  const firstIsColumn = first.values.firstCol === first.values.lastCol;
  const chart = sheetFor(scope, sheetName).charts.add(
    EXCEL_CHART_TYPES[plan.type],
    rangeOf(scope, first.values),
    firstIsColumn ? "Columns" : "Rows",
  );
  chart.name = plan.name;
  chart.title.text = plan.title;
  const legend = legendPosition(plan);
  if (legend) chart.legend.position = LEGEND_POSITIONS[legend];
  else chart.legend.visible = false;
  const highlight = pointHighlight(plan);
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(rangeOf(scope, plan.categories));
  applySeriesLook(firstSeries, seriesLook(plan, 0));
  applyPointHighlight(firstSeries, highlight);
  rest.forEach((series, index) => {
    const added = chart.series.add(series.name);
    added.setValues(rangeOf(scope, series.values));
    added.setXAxisValues(rangeOf(scope, plan.categories));
    applySeriesLook(added, seriesLook(plan, index + 1));
    applyPointHighlight(added, highlight);
  });
  // Lines over the bars: each series' own chart type (ExcelApi 1.7, the manifest's minimum) on the bars' axes.
  for (const line of plan.lines ?? []) {
    const added = chart.series.add(line.name);
    added.setValues(rangeOf(scope, line.values));
    added.setXAxisValues(rangeOf(scope, plan.categories));
    // The type before the look: Excel redraws a series in its new type's default format.
    added.chartType = OVERLAY_LINE_TYPE;
    applySeriesLook(added, overlayLineLook(line));
  }
  // Axis titles, and the value axis's bounds (a minimum of 0 so bars compare by length), are ExcelApi 1.1.
  // The title's rotation is left to Excel, which turns a vertical axis's title as the file does.
  const axes = chartAxesLook(plan);
  if (axes.valueAxisTitle) chart.axes.valueAxis.title.text = axes.valueAxisTitle.text;
  if (axes.categoryAxisTitle) chart.axes.categoryAxis.title.text = axes.categoryAxisTitle.text;
  if (axes.valueAxisMin !== null) chart.axes.valueAxis.minimum = axes.valueAxisMin;
  if (axes.valueAxisMax !== null) chart.axes.valueAxis.maximum = axes.valueAxisMax;
  if (axes.categoriesReversed) chart.axes.categoryAxis.reversePlotOrder = true;
  // The axis number format and where the axes cross came in ExcelApi 1.8.
  if (scope.supportsExcelApi("1.8")) {
    chart.axes.valueAxis.numberFormat = NUMBER_FORMATS[plan.valueFormat];
    if (axes.valueAxisCrossesAtMaxCategory) chart.axes.categoryAxis.position = "Maximum";
  }
  // The plan's `to` cell is exclusive; setPosition's end cell is covered.
  chart.setPosition(cellAddress(plan.from.row, plan.from.col), cellAddress(plan.to.row - 1, plan.to.col - 1));
}

export function chartStep(sheetName: string, plan: ChartPlan): WriteStep {
  return {
    bytes:
      STEP_OVERHEAD_BYTES * (6 + (plan.series.length + (plan.lines?.length ?? 0)) * 9) + JSON.stringify(plan).length,
    queue: (scope) => queueChart(scope, sheetName, plan),
  };
}
