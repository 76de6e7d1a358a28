/**
 * Places blocks down a sheet, top to bottom, and keeps the column widths.
 * Sheet builders say what goes on a sheet; this decides where: which rows are
 * frozen and repeated when printed (the title block), which text wraps (any line
 * wider than the tables, so nothing widens the print range and shrinks the page),
 * and which rows must print together (a heading with what follows it).
 */
import { columnsPixels, wrappedLines } from "./textWidth";
import type {
  CellValue,
  ChartPlan,
  ChartSeriesPlan,
  ColumnPlan,
  HighlightRule,
  NumberFormatName,
  RangeRef,
  SheetKey,
  SheetPlan,
  SheetBlock,
  TextPlan,
  TextStyle,
} from "./plan";
import { TEXT_LOOKS, wrappedRowHeight } from "./plan";

const MIN_WIDTH = 9;
const MAX_WIDTH = 45;
/** Row heights in points, as the writers estimate pages (src/workbook/excel/pageBreaks.ts). */
const DEFAULT_ROW_PT = 15;
const ROW_PT_BY_STYLE: Partial<Record<TextStyle, number>> = { title: 24, subtitle: 16, heading: 18 };
/** Rows a chart takes (about 300 px at the default row height). */
export const CHART_ROWS = 16;
/** Pixels an indented style (findings, one indent level) loses at the left of its cell. */
const INDENT_PX: Partial<Record<TextStyle, number>> = { finding: 12 };
/** Columns a chart spans. */
const CHART_COLS = 8;
/** Default Excel column width, for columns no table sets. */
const DEFAULT_WIDTH = 8.43;
/**
 * Widest sheet (in column units) that prints on A4 landscape at 80% scale or more:
 * about 1,280 px of columns at 7 px a unit plus padding.
 */
export const MAX_PRINT_WIDTH = 175;
/** Body rows of a table kept on the same page as its caption and header. */
const ROWS_KEPT_WITH_HEADER = 3;

export interface TableInput {
  name: string;
  caption: string;
  note?: string;
  columns: ColumnPlan[];
  rows: CellValue[][];
  highlights?: HighlightRule[];
}

/** Where a placed table's cells are, for charts to point at. */
export interface PlacedTable {
  /** Body cells of one column; `from`/`to` (0-based body rows, inclusive) take part of it. */
  column(col: number, from?: number, to?: number): RangeRef;
  /** The header cell of one column. */
  header(col: number): RangeRef;
  /** Header cells of columns `from` to `to` (inclusive), as chart categories. */
  headers(from: number, to: number): RangeRef;
  /** Cells of one body row, columns `from` to `to` (inclusive). */
  row(bodyRow: number, from: number, to: number): RangeRef;
  /** Chart series for columns of the table, named by their headers. */
  series(...cols: number[]): ChartSeriesPlan[];
  /** A chart series along one body row, named by its first cell (the row's label). */
  rowSeries(bodyRow: number, from: number, to: number): ChartSeriesPlan;
}

export type ChartInput = Omit<ChartPlan, "kind" | "from" | "to">;

export class SheetLayout {
  private row = 0;
  private readonly blocks: SheetBlock[] = [];
  private readonly widths: number[] = [];
  private readonly wrapped: TextPlan[] = [];
  private readonly keep: { fromRow: number; toRow: number }[] = [];
  /** A heading waiting for the block it introduces, to be kept with it. */
  private pendingHeading: number | null = null;

  constructor(
    private readonly key: SheetKey,
    private readonly name: string,
    private readonly tabColor: string,
  ) {}

  /**
   * A line of text. `wrap` makes it wrap within the sheet's table width (for long
   * sentences); text too wide for the sheet is wrapped anyway when the sheet is built.
   */
  text(text: string, style: TextStyle, wrap = false): this {
    const block: TextPlan = { kind: "text", at: { row: this.row, col: 0 }, text, style };
    if (wrap) this.wrapped.push(block);
    this.blocks.push(block);
    this.keepHeadingUntil(this.row);
    this.row += 1;
    return this;
  }

  /** A heading, kept on the same printed page as the start of what follows it. */
  heading(text: string): this {
    const block: TextPlan = { kind: "text", at: { row: this.row, col: 0 }, text, style: "heading", keepWithNext: true };
    this.blocks.push(block);
    this.pendingHeading = this.row;
    this.row += 1;
    return this;
  }

  gap(rows = 1): this {
    this.row += rows;
    return this;
  }

  /**
   * A table with its caption above it. Its note is written as a line of text below
   * it (style "note"), so that a long note wraps like any other text.
   */
  table(input: TableInput): PlacedTable {
    const captionRow = this.row;
    const headerRow = this.row + 1; // caption sits on this.row
    this.blocks.push({
      kind: "table",
      name: input.name,
      caption: input.caption,
      at: { row: headerRow, col: 0 },
      columns: input.columns,
      rows: input.rows,
      highlights: input.highlights ?? [],
    });
    input.columns.forEach((c, i) => this.widen(i, [c.header, ...input.rows.map((r) => display(r[i], c.format))]));
    // An empty table is written with one blank body row (Excel needs one).
    const lastBody = headerRow + Math.max(1, input.rows.length);
    // A caption is never left alone: it prints with the header and the first rows.
    this.keepTogether(captionRow, Math.min(lastBody, headerRow + ROWS_KEPT_WITH_HEADER));
    this.keepHeadingUntil(Math.min(lastBody, headerRow + ROWS_KEPT_WITH_HEADER));
    this.row = lastBody + 1;
    if (input.note) this.text(input.note, "note");
    this.row += 1;
    const sheet = this.name;
    const firstBody = headerRow + 1;
    const range = (firstRow: number, lastRow: number, firstCol: number, lastCol: number): RangeRef => ({
      sheet,
      firstRow,
      lastRow,
      firstCol,
      lastCol,
    });
    const column = (col: number, from = 0, to = input.rows.length - 1) =>
      range(firstBody + from, Math.max(firstBody + from, firstBody + to), col, col);
    const header = (col: number) => range(headerRow, headerRow, col, col);
    const row = (bodyRow: number, from: number, to: number) =>
      range(firstBody + bodyRow, firstBody + bodyRow, from, to);
    return {
      column,
      header,
      headers: (from, to) => range(headerRow, headerRow, from, to),
      row,
      series: (...cols) =>
        cols.map((col) => ({ name: input.columns[col].header, nameRef: header(col), values: column(col) })),
      rowSeries: (bodyRow, from, to) => ({
        name: String(input.rows[bodyRow][0]),
        nameRef: row(bodyRow, 0, 0),
        values: row(bodyRow, from, to),
      }),
    };
  }

  chart(chart: ChartInput, rows = CHART_ROWS): this {
    return this.charts([chart], rows);
  }

  /** Charts side by side in one band of rows, splitting the chart width between them. */
  charts(charts: ChartInput[], rows = CHART_ROWS): this {
    const bounds = this.chartColumns(charts.length);
    charts.forEach((chart, i) => {
      const from = { row: this.row, col: bounds[i] };
      const to = { row: this.row + rows, col: bounds[i + 1] };
      // Bars are read by their length: their axis starts at zero.
      const fromZero = chart.type !== "line" && chart.valueAxisMin === undefined ? { valueAxisMin: 0 } : {};
      this.blocks.push({ kind: "chart", ...chart, ...fromZero, from, to });
    });
    this.keepHeadingUntil(this.row + rows - 1);
    this.row += rows + 1;
    return this;
  }

  /**
   * `freezeRows`: rows frozen at the top and repeated on every printed page; by
   * default the title block (the title and subtitle lines the sheet starts with).
   */
  build(printTitle: string, freezeRows = this.titleRows()): SheetPlan {
    const columnWidths = this.columnWidths();
    const { columns, widths } = this.textSpan();
    for (const block of this.blocks) {
      if (block.kind !== "text") continue;
      // Text wider than the sheet would widen the print range and shrink every page: wrap it.
      if (this.wrapped.includes(block) || linesFor(block.text, block.style, widths) > 1) {
        block.wrap = { columns, lines: linesFor(block.text, block.style, widths) };
      }
    }
    return {
      key: this.key,
      name: this.name,
      tabColor: this.tabColor,
      columnWidths,
      freezeRows,
      repeatRows: freezeRows,
      keepTogether: this.keep,
      blocks: this.blocks,
      print: { landscape: true, fitToWidth: true, title: printTitle },
    };
  }

  /**
   * Points from the top of the sheet to the next free row, estimated as the
   * writers' page-break planning does (default rows 15 pt; taller title, subtitle,
   * heading and wrapped rows), at full scale.
   */
  usedHeight(): number {
    const { widths } = this.textSpan();
    const tall = new Map<number, number>();
    for (const block of this.blocks) {
      if (block.kind !== "text") continue;
      const lines = linesFor(block.text, block.style, widths);
      const wraps = this.wrapped.includes(block) || lines > 1;
      const points = wraps
        ? wrappedRowHeight(TEXT_LOOKS[block.style].size, lines)
        : (ROW_PT_BY_STYLE[block.style] ?? DEFAULT_ROW_PT);
      tall.set(block.at.row, Math.max(points, tall.get(block.at.row) ?? 0));
    }
    let sum = 0;
    for (let row = 0; row < this.row; row++) sum += tall.get(row) ?? DEFAULT_ROW_PT;
    return sum;
  }

  private columnWidths(): number[] {
    return this.widths.map((w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)));
  }

  /**
   * Columns, and their widths (in column units), that wrapped text spans: the tables' width,
   * or the charts' when they are wider (a narrow table with a chart below it).
   */
  private textSpan(): { columns: number; widths: number[] } {
    const set = this.columnWidths();
    const hasChart = this.blocks.some((b) => b.kind === "chart");
    const columns = Math.max(1, set.length, hasChart ? CHART_COLS : 0);
    return { columns, widths: Array.from({ length: columns }, (_, c) => set[c] ?? DEFAULT_WIDTH) };
  }

  /** Leading title and subtitle rows. */
  private titleRows(): number {
    let rows = 0;
    for (const block of this.blocks) {
      if (block.kind !== "text" || block.at.row !== rows || (block.style !== "title" && block.style !== "subtitle"))
        break;
      rows += 1;
    }
    return rows;
  }

  private keepTogether(fromRow: number, toRow: number): void {
    if (toRow > fromRow) this.keep.push({ fromRow, toRow });
  }

  private keepHeadingUntil(row: number): void {
    if (this.pendingHeading === null) return;
    this.keepTogether(this.pendingHeading, row);
    this.pendingHeading = null;
  }

  /** Column bounds for `count` charts side by side across the chart width. */
  private chartColumns(count: number): number[] {
    if (count <= 1) return [0, CHART_COLS];
    const width = (col: number) => this.widths[col] ?? DEFAULT_WIDTH;
    const total = Array.from({ length: CHART_COLS }, (_, c) => width(c)).reduce((a, b) => a + b, 0);
    const bounds = [0];
    let sum = 0;
    for (let col = 0; col < CHART_COLS && bounds.length < count; col++) {
      sum += width(col);
      if (sum >= (total * bounds.length) / count) bounds.push(col + 1);
    }
    while (bounds.length < count) bounds.push(bounds[bounds.length - 1] + 1);
    bounds.push(Math.max(CHART_COLS, bounds[bounds.length - 1] + 1));
    return bounds;
  }

  private widen(col: number, texts: string[]): void {
    const longest = Math.max(...texts.map((t) => t.length));
    this.widths[col] = Math.max(this.widths[col] ?? 0, longest);
  }
}

/** Lines a text needs when wrapped across columns of these widths, in its font. */
function linesFor(text: string, style: TextStyle, widths: readonly number[]): number {
  const look = TEXT_LOOKS[style];
  const available = columnsPixels(widths) - (INDENT_PX[style] ?? 0);
  return wrappedLines(text, look.size, available, look.bold);
}

/** Roughly how a value displays, for column widths only. */
function display(value: CellValue, format: NumberFormatName): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (format === "percent1" || format === "signedPercent1") return `+${(value * 100).toFixed(1)}%`;
  if (format === "percent0") return `${Math.round(value * 100)}%`;
  if (format === "pp1") return `+${value.toFixed(1)} pp`;
  if (format === "decimal1") return value.toFixed(1);
  return Math.round(value).toLocaleString("en-GB");
}
