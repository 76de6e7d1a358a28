/** A TablePlan as a real Excel table (ListObject) with caption, formats, note and highlights. */
import type { Worksheet } from "exceljs";
import type { TablePlan } from "../../report/plan";
import { cellAddress } from "../excel/addresses";
import { textEntry } from "../excel/cellText";
import {
  captionRow,
  columnAlignment,
  HEADER_FILL_COLOUR,
  HEADER_FONT,
  noteRow,
  TABLE_SHOWS_BANDED_ROWS,
  TABLE_STYLE,
  tableBodyEntries,
  tableColumnNames,
  tableHeaderEntries,
} from "../excel/tableLayout";
import { CAPTION_FONT, TABLE_NOTE_FONT } from "../excel/textLook";
import { applyHighlights } from "./highlights";
import { excelAlignment, excelFont, solidFill } from "./textStyles";
import { writeEntry } from "./textWriter";

export function writeTable(sheet: Worksheet, table: TablePlan): void {
  const body = tableBodyEntries(table);
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(table.at.row, table.at.col),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: TABLE_STYLE,
      showRowStripes: TABLE_SHOWS_BANDED_ROWS,
      showFirstColumn: false,
      showLastColumn: false,
      showColumnStripes: false,
    },
    columns: tableColumnNames(table).map((name) => ({ name, filterButton: true })),
    rows: body.map((row) => row.map((entry) => entry.value)),
  });
  formatCells(sheet, table);
  writeEntry(sheet.getCell(captionRow(table) + 1, table.at.col + 1), textEntry(table.caption), CAPTION_FONT);
  if (table.note !== undefined && table.note !== "") {
    writeEntry(sheet.getCell(noteRow(table) + 1, table.at.col + 1), textEntry(table.note), TABLE_NOTE_FONT);
  }
  applyHighlights(sheet, table);
}

/** Each body cell's own format (text stays text), each column's alignment, and the header band. */
function formatCells(sheet: Worksheet, table: TablePlan): void {
  const at = (row: number, col: number) => sheet.getCell(table.at.row + row + 1, table.at.col + col + 1);
  tableBodyEntries(table).forEach((row, r) =>
    row.forEach((entry, c) => {
      const cell = at(r + 1, c);
      cell.numFmt = entry.format;
      cell.alignment = excelAlignment(columnAlignment(table.columns[c].format));
    }),
  );
  tableHeaderEntries(table).forEach((entry, c) => {
    const header = at(0, c);
    header.numFmt = entry.format;
    header.alignment = excelAlignment(columnAlignment(table.columns[c].format));
    header.font = excelFont(HEADER_FONT);
    header.fill = solidFill(HEADER_FILL_COLOUR);
  });
}
