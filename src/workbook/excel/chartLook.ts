/** How a ChartPlan looks in Excel, the same in both writers: each only translates it to its API. */
import type { ChartLinePlan, ChartPlan, ChartType } from "../../report/plan";

/**
 * Excel's names for the plan's chart types (Office.js ChartType; DrawingML lineChart / barChart).
 * Lines carry a marker on each point, so a year with a gap on either side still shows.
 */
export const EXCEL_CHART_TYPES: Record<ChartType, "LineMarkers" | "ColumnClustered" | "BarClustered"> = {
  line: "LineMarkers",
  columnClustered: "ColumnClustered",
  barClustered: "BarClustered",
};

/** Distinguishable in colour-blind vision and in greyscale print (dark blue, orange, green, purple, grey, red). */
export const SERIES_COLOURS = ["1F5F99", "E07B00", "3A7D44", "7B4F9E", "7F7F7F", "B23A3A"];

export const LEGEND_POSITION = "bottom" as const;

/** The legend's place, or null for none: the plan leaves it out (legend: false) on one-series charts. */
export function legendPosition(chart: ChartPlan): typeof LEGEND_POSITION | null {
  return chart.legend === false ? null : LEGEND_POSITION;
}

export interface ChartAxesLook {
  /**
   * Horizontal bars list the first category at the top, as the table does: the
   * category axis runs from its maximum down, and the value axis crosses it at its
   * maximum (now the bottom), so the value labels stay below the bars.
   */
  categoriesReversed: boolean;
  valueAxisCrossesAtMaxCategory: boolean;
  /** The value axis's lowest value (0 for bars, so their lengths compare), or null: the renderer chooses. */
  valueAxisMin: number | null;
  /** The value axis's highest value (a bounded scale), or null: the renderer chooses. */
  valueAxisMax: number | null;
  /** Axis titles, or null for none; the vertical axis's title reads upwards (rotated -90°). */
  valueAxisTitle: AxisTitle | null;
  categoryAxisTitle: AxisTitle | null;
}

export interface AxisTitle {
  text: string;
  /** Degrees: -90 on a vertical axis (read bottom to top), 0 on a horizontal one. */
  rotation: 0 | -90;
}

export function chartAxesLook(chart: ChartPlan): ChartAxesLook {
  const horizontalBars = chart.type === "barClustered";
  // Horizontal bars put the categories up the side and the values along the bottom.
  const title = (text: string | undefined, vertical: boolean): AxisTitle | null =>
    text ? { text, rotation: vertical ? -90 : 0 } : null;
  return {
    categoriesReversed: horizontalBars,
    valueAxisCrossesAtMaxCategory: horizontalBars,
    valueAxisMin: chart.valueAxisMin ?? null,
    valueAxisMax: chart.valueAxisMax ?? null,
    valueAxisTitle: title(chart.yAxisTitle, !horizontalBars),
    categoryAxisTitle: title(chart.xAxisTitle, horizontalBars),
  };
}

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length];
}

/** How one series is drawn: a line (with round markers) or a filled bar, in the series' colour. */
export interface SeriesLook {
  colour: string;
  /** Line width in points, for lines. */
  lineWidth: number | null;
  marker: { style: "circle"; size: number } | null;
  /** A dashed line (a line over the bars marked `dashed`); null for solid lines and bars. */
  dash: "dash" | null;
}

export function seriesLook(chart: ChartPlan, index: number): SeriesLook {
  const line = chart.type === "line";
  return {
    colour: seriesColour(index),
    lineWidth: line ? 2.25 : null,
    marker: line ? { style: "circle", size: 5 } : null,
    dash: null,
  };
}

/**
 * Lines over the bars (ChartPlan.lines): Excel's plain "Line" type (no markers),
 * dark grey and solid (a mean) or mid grey and dashed (limits), so they read apart
 * from the blue and orange bars in colour and in greyscale print.
 */
export const OVERLAY_LINE_TYPE = "Line" as const;

export function overlayLineLook(line: ChartLinePlan): SeriesLook {
  return line.dashed
    ? { colour: "595959", lineWidth: 1.5, marker: null, dash: "dash" }
    : { colour: "262626", lineWidth: 2, marker: null, dash: null };
}

/**
 * The plan's highlighted point (e.g. the focus area's bar), drawn in its own colour
 * in every series: a bar's fill, or a line's marker (the line itself keeps the
 * series colour, so the trend still reads as one line). Null when there is none.
 */
export interface PointHighlight {
  index: number;
  colour: string;
  part: "fill" | "marker";
}

export function pointHighlight(chart: ChartPlan): PointHighlight | null {
  if (!chart.highlight) return null;
  return { ...chart.highlight, part: chart.type === "line" ? "marker" : "fill" };
}
