/** How a ChartPlan looks in Excel, the same in both writers: each only translates it to its API. */
import type { ChartPlan, ChartType } from "../../report/plan";

/** Excel's names for the plan's chart types (Office.js ChartType; DrawingML lineChart / barChart). */
export const EXCEL_CHART_TYPES: Record<ChartType, "Line" | "ColumnClustered" | "BarClustered"> = {
  line: "Line",
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
};

/** Distinguishable in colour-blind vision and in greyscale print (dark blue, orange, green, purple, grey, red). */
export const SERIES_COLOURS = ["1F5F99", "E07B00", "3A7D44", "7B4F9E", "7F7F7F", "B23A3A"];

export const LEGEND_POSITION = "bottom" as const;

export interface ChartAxesLook {
  /**
   * Horizontal bars list the first category at the top, as the table does: the
   * category axis runs from its maximum down, and the value axis crosses it at its
   * maximum (now the bottom), so the value labels stay below the bars.
   */
  categoriesReversed: boolean;
  valueAxisCrossesAtMaxCategory: boolean;
}

export function chartAxesLook(chart: ChartPlan): ChartAxesLook {
  const horizontalBars = chart.type === "barClustered";
  return { categoriesReversed: horizontalBars, valueAxisCrossesAtMaxCategory: horizontalBars };
}

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length];
}
