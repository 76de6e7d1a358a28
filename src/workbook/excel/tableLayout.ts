/**
 * What a table's cells hold and how the table looks once written, the same in both
 * writers and in the chart caches (so a chart's cached values are what its cells hold).
 */
import type { NumberFormatName, TablePlan } from "../../report/plan";
import { cellEntry, excelValue, textEntry, type CellEntry } from "./cellText";
import { BODY_FONT_NAME, type FontLook } from "./textLook";

/** Excel's built-in table style, with banded rows and no first/last column or column stripes. */
export const TABLE_STYLE = "TableStyleMedium2";
export const TABLE_SHOWS_BANDED_ROWS = true;

/**
 * The header band, also set on the header cells themselves: LibreOffice and some
 * viewers do not draw Excel's built-in table styles. White on dark blue: 8.6:1 contrast.
 */
export const HEADER_FILL_COLOUR = "2F5597";
export const HEADER_FONT: FontLook = { name: BODY_FONT_NAME, size: 11, bold: true, colour: "FFFFFF" };

/** Horizontal alignment of a column's header and body cells. */
export interface ColumnAlignment {
  horizontal: "left" | "right";
  indent: number;
}

/**
 * Text columns line up on the left; numbers, and anything in a number column
 * (e.g. "new"), on the right. Both are indented one step, so a number never runs
 * into the text column beside it: Excel honours the indent on right-aligned
 * cells, but LibreOffice ignores it there and honours it only on the left.
 */
export function columnAlignment(format: NumberFormatName): ColumnAlignment {
  return format === "text" ? { horizontal: "left", indent: 1 } : { horizontal: "right", indent: 1 };
}

/**
 * Excel needs a table to have at least one body row (it repairs a header-only
 * table), so an empty table gets one blank row, as Excel itself does. Both writers
 * make it a real table, so it looks and filters like every other one.
 */
export function tableBodyRows(table: TablePlan): (string | number | null)[][] {
  if (table.rows.length === 0) return [table.columns.map(() => null)];
  return table.rows.map((row) => row.map(excelValue));
}

/**
 * Excel requires non-empty column names, unique regardless of case; it repairs
 * the file otherwise. Duplicates get " 2", " 3" as Excel does when you type one.
 */
export function tableColumnNames(table: TablePlan): string[] {
  const seen = new Set<string>();
  return table.columns.map((column, index) => {
    const base = column.header.trim() === "" ? `Column${index + 1}` : column.header;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** 0-based row of the note: directly below the last body row. */
export function noteRow(table: TablePlan): number {
  return table.at.row + tableBodyRows(table).length + 1;
}

/** 0-based row of the caption: directly above the header. */
export function captionRow(table: TablePlan): number {
  return table.at.row - 1;
}

/** The header cells, always text, so a header such as "2023/24" is never read as a date. */
export function tableHeaderEntries(table: TablePlan): CellEntry[] {
  return tableColumnNames(table).map(textEntry);
}

/** Body rows [from, to) of tableBodyRows as cell entries. */
export function tableBodyEntries(table: TablePlan, from = 0, to?: number): CellEntry[][] {
  // Sliced before mapping: the Office writer asks for one row at a time when it splits a big table.
  const rows = table.rows.length === 0 ? tableBodyRows(table) : table.rows;
  return rows.slice(from, to).map((row) => row.map((value, c) => cellEntry(value, table.columns[c].format)));
}
