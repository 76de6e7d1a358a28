/**
 * The report plan: a declarative description of the assessment sheets.
 * The planner (buildReportPlan) decides everything - positions, formats, colours,
 * chart ranges - so a writer (ExcelJS file or Office.js) only applies it.
 *
 * Coordinates are 0-based (row 0 = Excel row 1, col 0 = column A).
 */

import type { SheetKeyOfFinding } from "../engine/assessment/types";

/** Named number formats; the Excel format strings are in NUMBER_FORMATS. */
export type NumberFormatName =
  "text" | "integer" | "signedInteger" | "decimal1" | "decimal2" | "percent0" | "percent1" | "signedPercent1" | "pp1";

/** UK number formats. Percentages are stored as fractions (0.142 shows as 14.2%). */
export const NUMBER_FORMATS: Record<NumberFormatName, string> = {
  text: "@",
  integer: "#,##0",
  signedInteger: "+#,##0;-#,##0;0",
  decimal1: "#,##0.0",
  decimal2: "#,##0.00",
  /** Whole-number percentages, as page 1's sentences give them. */
  percent0: "0%",
  percent1: "0.0%",
  signedPercent1: "+0.0%;-0.0%;0.0%",
  pp1: '+0.0" pp";-0.0" pp";0.0" pp"',
};

/** A cell value. Strings are always written as text, never as formulas; null is blank. */
export type CellValue = string | number | null;

export interface CellRef {
  row: number;
  col: number;
}

/** A rectangular range on a named sheet (inclusive bounds). */
export interface RangeRef {
  sheet: string;
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

/** Colours a highlight can take: polarity-aware good/bad, or RAG status. */
export type Tone = "good" | "bad" | "green" | "amber" | "red";

/** Fill and font colours (hex RGB, no #) for each tone, chosen to pass contrast checks. */
export const TONE_COLOURS: Record<Tone, { fill: string; font: string }> = {
  good: { fill: "C6EFCE", font: "006100" },
  green: { fill: "C6EFCE", font: "006100" },
  bad: { fill: "FFC7CE", font: "9C0006" },
  red: { fill: "FFC7CE", font: "9C0006" },
  amber: { fill: "FFEB9C", font: "7A4500" },
};

/**
 * A conditional format on one column of a table body.
 * fromRow/toRow are 0-based indexes into TablePlan.rows (inclusive).
 * The planner gives fill colours only where they mean something: a change is
 * coloured only on the rows where it is statistically significant.
 */
export type HighlightRule =
  /** Colour by sign: value > 0 takes `positive`, value < 0 takes `negative` (polarity decides which is good). */
  | { kind: "sign"; column: number; fromRow: number; toRow: number; positive: Tone; negative: Tone }
  /** Colour cells whose text equals `equals` (case-insensitive), e.g. RAG status. */
  | { kind: "text"; column: number; fromRow: number; toRow: number; equals: string; tone: Tone }
  /** A data bar across the cells. */
  | { kind: "dataBar"; column: number; fromRow: number; toRow: number };

export interface ColumnPlan {
  header: string;
  format: NumberFormatName;
}

/**
 * An Excel table (ListObject). The header row sits at `at`; the caption is written
 * in the cell directly above it (at.row - 1) and the note, if any, in the cell
 * directly below the last body row (at.row + rows.length + 1).
 */
export interface TablePlan {
  kind: "table";
  /** Excel table name: unique in the workbook, letters, digits and underscores. */
  name: string;
  /** Title, source and period, e.g. "Recorded crime by year. Source: police.uk street-level crime, Apr 2022 to Mar 2025." */
  caption: string;
  /** What is excluded or how to read the table. */
  note?: string;
  at: CellRef;
  columns: ColumnPlan[];
  /** Body rows; each row has exactly columns.length cells. */
  rows: CellValue[][];
  highlights: HighlightRule[];
}

export type TextStyle = "title" | "subtitle" | "heading" | "body" | "finding" | "note";

/**
 * Text in one cell. Without `wrap`, long text overflows to the right. With it,
 * the cell is merged across `wrap.columns` columns from `at`, wraps, aligns to
 * the top, and its row is made tall enough for `wrap.lines` lines of its font
 * (Excel does not fit a merged cell's height by itself), so it prints whole.
 */
export interface TextPlan {
  kind: "text";
  at: CellRef;
  text: string;
  style: TextStyle;
  wrap?: { columns: number; lines: number };
  /**
   * Optional. Print this line on the same page as the block that follows it (set on
   * headings, so none is left alone at the foot of a page). SheetPlan.keepTogether
   * gives the same as row spans.
   */
  keepWithNext?: boolean;
}

/** How a kind of text looks: size in points, colour as hex RGB (no #). Both writers follow it. */
export interface TextLook {
  size: number;
  bold?: boolean;
  italic?: boolean;
  colour: string;
}

/** Dark blue for titles and headings; a grey that still passes 4.5:1 contrast on white. */
const HEADING_COLOUR = "1F3864";
const NOTE_COLOUR = "595959";

export const TEXT_LOOKS: Record<TextStyle, TextLook> = {
  title: { size: 18, bold: true, colour: HEADING_COLOUR },
  subtitle: { size: 12, colour: NOTE_COLOUR },
  heading: { size: 13, bold: true, colour: HEADING_COLOUR },
  body: { size: 11, colour: "000000" },
  finding: { size: 11, colour: "000000" },
  note: { size: 9, italic: true, colour: NOTE_COLOUR },
};

/** A table's caption (the cell above its header); its note looks like TEXT_LOOKS.note. */
export const CAPTION_LOOK: TextLook = { size: 11, bold: true, colour: HEADING_COLOUR };

/** Row height in points for `lines` lines of text of a font size (Calibri 11 pt -> 15 pt a line). */
export function wrappedRowHeight(fontSize: number, lines: number): number {
  return Math.ceil(fontSize * 1.36) * lines;
}

export type ChartType = "line" | "columnClustered" | "barClustered";

export interface ChartSeriesPlan {
  /** Series name as shown in the legend. */
  name: string;
  /** The single header cell holding the name. */
  nameRef: RangeRef;
  /** One column (or row) of numbers in a table body. */
  values: RangeRef;
}

/** A series drawn as a line over a column chart's bars, on the same axes (see ChartPlan.lines). */
export interface ChartLinePlan extends ChartSeriesPlan {
  /** Optional. Drawn dashed (e.g. control limits); absent or false: a solid line (e.g. a mean). */
  dashed?: boolean;
}

export interface ChartPlan {
  kind: "chart";
  /** Unique within the workbook, e.g. "TrendChart". */
  name: string;
  type: ChartType;
  /** The chart's message in words, e.g. "Crime by type in Middlesbrough, 2025". */
  title: string;
  /** Category (x axis) labels: one column of a table body. */
  categories: RangeRef;
  series: ChartSeriesPlan[];
  /** Top-left cell of the chart and its bottom-right cell (exclusive). */
  from: CellRef;
  to: CellRef;
  /** Number format for the value axis. */
  valueFormat: NumberFormatName;
  /**
   * Optional. The value axis's lowest value; the planner sets 0 on column and bar charts,
   * whose bars mislead when the axis starts above zero. Absent: the renderer chooses.
   */
  valueAxisMin?: number;
  /** Optional. The value axis's highest value, for a bounded scale (scores 1 to 4, percentages to 100). */
  valueAxisMax?: number;
  /** Title of the value axis (vertical for line and column charts, horizontal for bar charts). */
  yAxisTitle?: string;
  /** Optional. Title of the category axis (horizontal for line and column charts, vertical for bar charts). */
  xAxisTitle?: string;
  /**
   * Optional. The chart's alternative text (Excel's Alt Text description): its message
   * with its numbers, e.g. "All crime in Middlesbrough: 22,880 in 2025; Jan–Apr 2025 was
   * 7.9% below Jan–Apr 2024". Every number in it is shown in the table it plots.
   */
  altText?: string;
  /** Optional. Whether to show a legend; absent means shown. The planner sets false for one series. */
  legend?: boolean;
  /**
   * Optional. One data point (0-based index into the categories) drawn in `colour`
   * (hex RGB, no #) in every series, e.g. the focus area's bar in a share chart.
   */
  highlight?: { index: number; colour: string };
  /**
   * Optional. Series drawn as lines over the bars, sharing the chart's axes (a combo
   * chart), after `series` in the legend: e.g. a group's mean and its control limits,
   * one value a category (the same in every row of the table they come from). Only
   * on "columnClustered" charts: Excel does not share a horizontal bar chart's axes
   * with a line. Lines carry no markers and no highlighted point.
   */
  lines?: ChartLinePlan[];
}

/** The colour of a highlighted data point (the focus area): dark orange, distinct from the series blue in greyscale too. */
export const HIGHLIGHT_COLOUR = "C55A11";

export type SheetBlock = TextPlan | TablePlan | ChartPlan;

/**
 * Which of the add-in's sheets this is; a refresh rebuilds each in place. A theme
 * page's key is "themeAsb" or "theme1", "theme2"... (ThemeKey), one per priority.
 * The findings point at the same sheets, so the engine's list is the one list.
 */
export type SheetKey = SheetKeyOfFinding;

export interface SheetPlan {
  key: SheetKey;
  /** Valid Excel sheet name (31 chars max, none of : \ / ? * [ ]). */
  name: string;
  /** Hex RGB, no #. */
  tabColor: string;
  /** Width of each column in characters, from column A. */
  columnWidths: number[];
  /** Rows to freeze at the top (0 for none): the sheet's title rows. */
  freezeRows: number;
  /**
   * Optional. Rows at the top repeated on every printed page (print titles); absent
   * means the same as freezeRows.
   */
  repeatRows?: number;
  /**
   * Optional. Row spans (0-based, inclusive) not to split across printed pages when
   * they fit on one: a heading with the start of what it introduces, a table's caption
   * and header with its first rows. A writer that plans page breaks starts a new page
   * before a span that would straddle one.
   */
  keepTogether?: { fromRow: number; toRow: number }[];
  blocks: SheetBlock[];
  /** Print: landscape, fit to one page wide. */
  print: { landscape: boolean; fitToWidth: boolean; title: string };
}

export interface ReportPlan {
  title: string;
  sheets: SheetPlan[];
  /** Shown in document properties; marks the workbook as written by the add-in. */
  generator: string;
}
