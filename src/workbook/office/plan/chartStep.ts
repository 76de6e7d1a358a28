/**
 * A native chart whose series are bound to the plan's table cells (setValues /
 * setXAxisValues, ExcelApi 1.7), so the chart follows the numbers if they are edited.
 */
import { NUMBER_FORMATS, type ChartPlan, type ChartType } from "../../../report/plan";
import { cellAddress } from "../a1";
import { rangeOf, sheetFor, STEP_OVERHEAD_BYTES, type BuildScope, type WriteStep } from "./buildScope";

const EXCEL_CHART_TYPES: Record<ChartType, "Line" | "ColumnClustered" | "BarClustered"> = {
  line: "Line",
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
};

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
  chart.legend.position = "Bottom";
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(rangeOf(scope, plan.categories));
  for (const series of rest) {
    const added = chart.series.add(series.name);
    added.setValues(rangeOf(scope, series.values));
    added.setXAxisValues(rangeOf(scope, plan.categories));
  }
  if (plan.yAxisTitle) chart.axes.valueAxis.title.text = plan.yAxisTitle;
  // The axis number format came in ExcelApi 1.8.
  if (scope.supportsExcelApi("1.8")) chart.axes.valueAxis.numberFormat = NUMBER_FORMATS[plan.valueFormat];
  // The plan's `to` cell is exclusive; setPosition's end cell is covered.
  chart.setPosition(cellAddress(plan.from.row, plan.from.col), cellAddress(plan.to.row - 1, plan.to.col - 1));
}

export function chartStep(sheetName: string, plan: ChartPlan): WriteStep {
  return {
    bytes: STEP_OVERHEAD_BYTES * (4 + plan.series.length * 3) + JSON.stringify(plan).length,
    queue: (scope) => queueChart(scope, sheetName, plan),
  };
}
