/** A TablePlan as a real Excel table (ListObject) with caption, formats, note and highlights. */
import type { Alignment, Fill, Font, Worksheet } from "exceljs";
import { NUMBER_FORMATS, type TablePlan } from "../../report/plan";
import { cellAddress } from "./cellAddress";
import { applyHighlights } from "./highlights";
import { tableBodyRows, tableColumnNames } from "./tableLayout";
import { argbColour, CAPTION_FONT, TEXT_FONTS } from "./textStyles";

export const TABLE_STYLE = "TableStyleMedium2";

/** White on dark blue: 8.6:1 contrast. */
export const HEADER_FILL_COLOUR = "2F5597";
const HEADER_FONT: Partial<Font> = { name: "Calibri", size: 11, bold: true, color: argbColour("FFFFFF") };
const HEADER_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: argbColour(HEADER_FILL_COLOUR) };

export function writeTable(sheet: Worksheet, table: TablePlan): void {
  const bodyRows = tableBodyRows(table);
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(table.at.row, table.at.col),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: TABLE_STYLE,
      showRowStripes: true,
      showFirstColumn: false,
      showLastColumn: false,
      showColumnStripes: false,
    },
    columns: tableColumnNames(table).map((name) => ({ name, filterButton: true })),
    rows: bodyRows,
  });
  applyColumnFormats(sheet, table, bodyRows.length);
  writeCaptionAndNote(sheet, table, bodyRows.length);
  applyHighlights(sheet, table);
}

function applyColumnFormats(sheet: Worksheet, table: TablePlan, bodyRowCount: number): void {
  table.columns.forEach((column, index) => {
    const numFmt = NUMBER_FORMATS[column.format];
    // Numbers and anything in a number column (e.g. "new") line up on the right,
    // indented one step so they do not run into a text column beside them.
    const alignment: Partial<Alignment> =
      column.format === "text" ? { horizontal: "left" } : { horizontal: "right", indent: 1 };
    for (let r = 1; r <= bodyRowCount; r++) {
      const cell = sheet.getCell(table.at.row + r + 1, table.at.col + index + 1);
      cell.numFmt = numFmt;
      cell.alignment = alignment;
    }
    const header = sheet.getCell(table.at.row + 1, table.at.col + index + 1);
    // Headers are always text, so a header such as "2023/24" is never read as a date.
    header.numFmt = NUMBER_FORMATS.text;
    header.alignment = alignment;
    // The header band is also set on the cells, matching the table style, because
    // LibreOffice and some viewers do not draw Excel's built-in table styles.
    header.font = HEADER_FONT;
    header.fill = HEADER_FILL;
  });
}

function writeCaptionAndNote(sheet: Worksheet, table: TablePlan, bodyRowCount: number): void {
  const caption = sheet.getCell(table.at.row, table.at.col + 1);
  caption.value = table.caption;
  caption.font = CAPTION_FONT;
  caption.numFmt = NUMBER_FORMATS.text;
  if (table.note === undefined || table.note === "") return;
  const note = sheet.getCell(table.at.row + bodyRowCount + 2, table.at.col + 1);
  note.value = table.note;
  note.font = TEXT_FONTS.note;
  note.numFmt = NUMBER_FORMATS.text;
}
