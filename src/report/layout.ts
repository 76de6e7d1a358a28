/**
 * Places blocks down a sheet, top to bottom, and keeps the column widths.
 * Sheet builders say what goes on a sheet; this decides where.
 */
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

const MIN_WIDTH = 9;
const MAX_WIDTH = 45;
/** Rows a chart takes (about 300 px at the default row height). */
export const CHART_ROWS = 16;
/**
 * Characters of proportional text per column-width unit: Calibri 11 averages
 * about 0.76 of the digit width that column units count (measured on the
 * rendered demo); 0.9 leaves room for other renderers. Too few lines would hide text.
 */
const WRAP_SLACK = 0.9;
/** Columns a chart spans. */
const CHART_COLS = 8;

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
  /** Body cells of one column. */
  column(col: number): RangeRef;
  /** The header cell of one column. */
  header(col: number): RangeRef;
  /** Chart series for columns of the table, named by their headers. */
  series(...cols: number[]): ChartSeriesPlan[];
}

export class SheetLayout {
  private row = 0;
  private readonly blocks: SheetBlock[] = [];
  private readonly widths: number[] = [];
  private readonly wrapped: TextPlan[] = [];

  constructor(
    private readonly key: SheetKey,
    private readonly name: string,
    private readonly tabColor: string,
  ) {}

  /** A line of text; `wrap` makes it wrap within the sheet's table width (for long sentences). */
  text(text: string, style: TextStyle, wrap = false): this {
    const block: TextPlan = { kind: "text", at: { row: this.row, col: 0 }, text, style };
    if (wrap) this.wrapped.push(block);
    this.blocks.push(block);
    this.row += 1;
    return this;
  }

  gap(rows = 1): this {
    this.row += rows;
    return this;
  }

  table(input: TableInput): PlacedTable {
    const headerRow = this.row + 1; // caption sits on this.row
    this.blocks.push({
      kind: "table",
      name: input.name,
      caption: input.caption,
      note: input.note,
      at: { row: headerRow, col: 0 },
      columns: input.columns,
      rows: input.rows,
      highlights: input.highlights ?? [],
    });
    input.columns.forEach((c, i) => this.widen(i, [c.header, ...input.rows.map((r) => display(r[i], c.format))]));
    this.row = headerRow + input.rows.length + 1 + (input.note ? 1 : 0) + 1;
    const sheet = this.name;
    const firstBody = headerRow + 1;
    const lastBody = headerRow + Math.max(1, input.rows.length);
    const column = (col: number): RangeRef => ({
      sheet,
      firstRow: firstBody,
      lastRow: lastBody,
      firstCol: col,
      lastCol: col,
    });
    const header = (col: number): RangeRef => ({
      sheet,
      firstRow: headerRow,
      lastRow: headerRow,
      firstCol: col,
      lastCol: col,
    });
    return {
      column,
      header,
      series: (...cols) =>
        cols.map((col) => ({ name: input.columns[col].header, nameRef: header(col), values: column(col) })),
    };
  }

  chart(chart: Omit<ChartPlan, "kind" | "from" | "to">, rows = CHART_ROWS): this {
    const from = { row: this.row, col: 0 };
    const to = { row: this.row + rows, col: CHART_COLS };
    this.blocks.push({ kind: "chart", ...chart, from, to });
    this.row += rows + 1;
    return this;
  }

  build(printTitle: string, freezeRows = 0): SheetPlan {
    const columnWidths = this.widths.map((w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)));
    const columns = Math.max(1, columnWidths.length);
    const width = columnWidths.reduce((a, b) => a + b, 0) || MAX_WIDTH;
    for (const block of this.wrapped) {
      block.wrap = { columns, lines: Math.max(1, Math.ceil((block.text.length * WRAP_SLACK) / width)) };
    }
    return {
      key: this.key,
      name: this.name,
      tabColor: this.tabColor,
      columnWidths,
      freezeRows,
      blocks: this.blocks,
      print: { landscape: true, fitToWidth: true, title: printTitle },
    };
  }

  private widen(col: number, texts: string[]): void {
    const longest = Math.max(...texts.map((t) => t.length));
    this.widths[col] = Math.max(this.widths[col] ?? 0, longest);
  }
}

/** Roughly how a value displays, for column widths only. */
function display(value: CellValue, format: NumberFormatName): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (format === "percent1" || format === "signedPercent1") return `+${(value * 100).toFixed(1)}%`;
  if (format === "pp1") return `+${value.toFixed(1)} pp`;
  return Math.round(value).toLocaleString("en-GB");
}
