/**
 * Steps that write a table: its cells (number formats first, then values, one range
 * write per block), then its caption and note, the Excel table itself with its temporary
 * name, the header band and column alignment, and its conditional formats.
 */
import type { TablePlan } from "../../../report/plan";
import {
  captionRow,
  columnAlignment,
  HEADER_FILL_COLOUR,
  HEADER_FONT,
  noteRow,
  TABLE_SHOWS_BANDED_ROWS,
  TABLE_STYLE,
  tableBodyRows,
} from "../../excel/tableLayout";
import { CAPTION_FONT, TABLE_NOTE_FONT, type FontLook } from "../../excel/textLook";
import { sheetFor, STEP_OVERHEAD_BYTES, type BuildScope, type WriteStep } from "./buildScope";
import { blockBytes, tableBlocks, textBlock, type CellBlock } from "./cellBlocks";
import { queueHighlights } from "./highlightRules";
import { applyAlignment, applyFont, officeColour } from "./textFonts";

/** One request carries at most about this much cell data from a single table. */
export const TABLE_SLICE_BYTES = 1_000_000;

export function queueCells(sheet: Excel.Worksheet, block: CellBlock, font?: FontLook): void {
  const range = sheet.getRangeByIndexes(block.row, block.col, block.values.length, block.values[0].length);
  range.numberFormat = block.formats;
  range.values = block.values;
  if (font) applyFont(range, font);
}

/** The table over the header and its body (an empty table has one blank row, as in the xlsx writer). */
function queueTable(scope: BuildScope, sheet: Excel.Worksheet, table: TablePlan): void {
  const bodyRows = tableBodyRows(table).length;
  const range = sheet.getRangeByIndexes(table.at.row, table.at.col, bodyRows + 1, table.columns.length);
  const excelTable = sheet.tables.add(range, true);
  const names = scope.placement.tables.get(table.name);
  excelTable.name = names?.tempName ?? table.name;
  excelTable.style = TABLE_STYLE;
  excelTable.showBandedRows = TABLE_SHOWS_BANDED_ROWS;
  scope.tables.push({ table: excelTable, finalName: names?.finalName ?? table.name });
  table.columns.forEach((column, c) =>
    applyAlignment(
      sheet.getRangeByIndexes(table.at.row, table.at.col + c, bodyRows + 1, 1),
      columnAlignment(column.format),
      scope.supportsExcelApi("1.9"),
    ),
  );
  // The header band is also set on the cells, as in the xlsx writer, for viewers that do not draw table styles.
  const header = sheet.getRangeByIndexes(table.at.row, table.at.col, 1, table.columns.length);
  applyFont(header, HEADER_FONT);
  header.format.fill.color = officeColour(HEADER_FILL_COLOUR);
}

function finishTable(sheetName: string, table: TablePlan): WriteStep {
  const caption = textBlock(captionRow(table), table.at.col, table.caption);
  const note = table.note ? textBlock(noteRow(table), table.at.col, table.note) : null;
  return {
    bytes:
      STEP_OVERHEAD_BYTES * (4 + table.columns.length + table.highlights.length * 2) +
      blockBytes(caption) +
      (note ? blockBytes(note) : 0),
    queue(scope: BuildScope) {
      const sheet = sheetFor(scope, sheetName);
      queueCells(sheet, caption, CAPTION_FONT);
      if (note) queueCells(sheet, note, TABLE_NOTE_FONT);
      queueTable(scope, sheet, table);
      queueHighlights(sheet, table);
    },
  };
}

export function tableSteps(sheetName: string, table: TablePlan): WriteStep[] {
  const cells = tableBlocks(table, TABLE_SLICE_BYTES).map((block): WriteStep => ({
    bytes: STEP_OVERHEAD_BYTES + blockBytes(block),
    queue: (scope) => queueCells(sheetFor(scope, sheetName), block),
  }));
  return [...cells, finishTable(sheetName, table)];
}
