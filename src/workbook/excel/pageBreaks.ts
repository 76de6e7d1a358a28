/**
 * Where to start a new printed page so that nothing the plan keeps together is cut:
 * a chart, a heading with the start of what it introduces (TextPlan.keepWithNext),
 * and the plan's keepTogether spans (a table's caption, header and first rows).
 * Both writers add these as manual page breaks.
 *
 * The note under a chart (its alt text, chartNotes.ts) counts towards the page's
 * height but is not kept with the chart: the planner sizes the summary's charts to
 * fill what is left of page 1, and a break above them to keep their note would move
 * the headline charts off the first page. At worst the note starts the next page.
 *
 * Pagination is estimated, not measured: A4 landscape with PAGE_MARGINS_INCHES and
 * default row heights (taller for title, heading and wrapped rows), at the scale
 * fit-to-width prints the sheet's columns (printScale). A renderer that prints a
 * wider range shrinks more, so more rows fit than planned, never fewer. Automatic breaks are never
 * relied on, since where they fall depends on the renderer's scale (LibreOffice
 * widens the print range to text that overflows past the last column, so its
 * scale is not the one the column widths give; relying on them cut charts in two).
 * Whatever is taller than a page is left to break where it falls.
 */
import type { SheetBlock, SheetPlan, TextStyle } from "../../report/plan";
import { writtenBlocks } from "./chartNotes";
import { columnWidthPoints } from "./sheetSetup";
import { wrapLook } from "./textLook";

/** Margins in inches, as the xlsx format keeps them. */
export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export const PAGE_MARGINS_INCHES: PageMargins = {
  left: 0.5,
  right: 0.5,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

/** A4 landscape (595 pt tall), less the top and bottom margins, in points. */
const PRINTABLE_HEIGHT_PT = 595 - (PAGE_MARGINS_INCHES.top + PAGE_MARGINS_INCHES.bottom) * 72;
/** A4 landscape (842 pt wide), less the left and right margins, in points. */
const PRINTABLE_WIDTH_PT = 842 - (PAGE_MARGINS_INCHES.left + PAGE_MARGINS_INCHES.right) * 72;
/** Excel's default column width, in characters, for columns the plan does not size. */
const DEFAULT_COLUMN_CHARACTERS = 8.43;
const DEFAULT_ROW_PT = 15;
/** Plan for pages a tenth shorter, for renderers' own row heights: a little white space rather than a cut chart. */
const SAFETY = 0.9;
const ROW_PT_BY_STYLE: Partial<Record<TextStyle, number>> = { title: 24, subtitle: 16, heading: 18 };

/** Rows (0-based, inclusive) printed on one page when they fit on one. */
export interface RowSpan {
  fromRow: number;
  toRow: number;
}

/** Rows repeated at the top of every printed page: the plan's repeatRows, or else its frozen rows. */
export function printTitleRowCount(sheet: SheetPlan): number {
  return sheet.repeatRows ?? sheet.freezeRows;
}

/** 0-based rows that should start a new page. */
export function pageBreaks(sheet: SheetPlan): number[] {
  const rowHeight = rowHeights(sheet);
  const height = (span: RowSpan) => {
    let sum = 0;
    for (let r = span.fromRow; r <= span.toRow; r++) sum += rowHeight(r);
    return sum;
  };
  const pageHeight = (SAFETY * PRINTABLE_HEIGHT_PT) / printScale(sheet);
  const titleRows = printTitleRowCount(sheet);
  const laterPageHeight = pageHeight - height({ fromRow: 0, toRow: titleRows - 1 });
  const breaks: number[] = [];
  let pageStart = 0;
  let capacity = pageHeight;
  // Pages start only at the sheet's top or at a break placed here: where the automatic
  // breaks fall depends on the renderer's scale, so none is assumed. A span starts a
  // new page unless everything since the last such start, span included, fits on one.
  const place = (span: RowSpan) => {
    const fitsHere = height({ fromRow: pageStart, toRow: span.toRow }) <= capacity;
    if (fitsHere || span.fromRow <= pageStart || span.fromRow < titleRows || height(span) > laterPageHeight) return;
    breaks.push(span.fromRow);
    pageStart = span.fromRow;
    capacity = laterPageHeight;
  };
  for (const group of overlapping(keptSpans(sheet))) {
    // Spans that overlap print together; if together they are taller than a page, each is kept alone.
    const whole = { fromRow: group[0].fromRow, toRow: Math.max(...group.map((s) => s.toRow)) };
    if (height(whole) <= laterPageHeight) place(whole);
    else group.forEach(place);
  }
  return breaks;
}

/**
 * The scale a sheet set to fit one page wide prints at: the printable width over the
 * width of the columns its blocks use (a chart's columns included, as Excel prints
 * charts in the used area); 1 when they fit, or when the sheet is not fitted to width.
 * LibreOffice also takes in text overflowing the last column, so it shrinks as much or
 * more: more rows fit than planned, never fewer.
 */
export function printScale(sheet: SheetPlan): number {
  if (!sheet.print.fitToWidth) return 1;
  const columns = Math.max(0, ...writtenBlocks(sheet).map(lastColumn));
  let width = 0;
  for (let c = 0; c < columns; c++) width += columnWidthPoints(sheet.columnWidths[c] ?? DEFAULT_COLUMN_CHARACTERS);
  return width > PRINTABLE_WIDTH_PT ? PRINTABLE_WIDTH_PT / width : 1;
}

/** The columns a block reaches (exclusive): a table's, a chart's span, wrapped text's width. */
function lastColumn(block: SheetBlock): number {
  switch (block.kind) {
    case "text":
      return block.at.col + (block.wrap?.columns ?? 1);
    case "chart":
      return block.to.col;
    case "table":
      return block.at.col + block.columns.length;
  }
}

/** Every span the sheet keeps on one page, by its first row. */
function keptSpans(sheet: SheetPlan): RowSpan[] {
  const blocks = writtenBlocks(sheet);
  const spans: RowSpan[] = [...(sheet.keepTogether ?? [])];
  for (const block of sheet.blocks) {
    if (block.kind === "chart") spans.push(blockSpan(block));
    if (block.kind === "text" && block.keepWithNext) {
      const next = blocks
        .filter((other) => blockSpan(other).fromRow > block.at.row)
        .sort((a, b) => blockSpan(a).fromRow - blockSpan(b).fromRow)[0];
      if (next) spans.push({ fromRow: block.at.row, toRow: leadingRows(next).toRow });
    }
  }
  return spans.filter((span) => span.toRow >= span.fromRow).sort((a, b) => a.fromRow - b.fromRow);
}

/** The rows a block covers: a chart's own rows, a table from its caption to its note. */
function blockSpan(block: SheetBlock): RowSpan {
  switch (block.kind) {
    case "text":
      return { fromRow: block.at.row, toRow: block.at.row };
    case "chart":
      return { fromRow: block.from.row, toRow: block.to.row - 1 };
    case "table":
      return { fromRow: block.at.row - 1, toRow: block.at.row + Math.max(1, block.rows.length) + (block.note ? 1 : 0) };
  }
}

/** What a heading is kept with: a whole chart, a table's caption, header and first row, or a line of text. */
function leadingRows(block: SheetBlock): RowSpan {
  const span = blockSpan(block);
  return block.kind === "table" ? { fromRow: span.fromRow, toRow: block.at.row + 1 } : span;
}

/** Spans sorted by first row, grouped where they share a row. */
function overlapping(spans: RowSpan[]): RowSpan[][] {
  const groups: RowSpan[][] = [];
  let end = -1;
  for (const span of spans) {
    if (groups.length > 0 && span.fromRow <= end) {
      groups[groups.length - 1].push(span);
      end = Math.max(end, span.toRow);
    } else {
      groups.push([span]);
      end = span.toRow;
    }
  }
  return groups;
}

function rowHeights(sheet: SheetPlan): (row: number) => number {
  const tall = new Map<number, number>();
  for (const block of writtenBlocks(sheet)) {
    if (block.kind !== "text") continue;
    const points = wrapLook(block)?.rowHeight ?? ROW_PT_BY_STYLE[block.style];
    if (points) tall.set(block.at.row, Math.max(points, tall.get(block.at.row) ?? 0));
  }
  return (row) => tall.get(row) ?? DEFAULT_ROW_PT;
}
