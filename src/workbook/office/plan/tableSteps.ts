/**
 * Steps that write a table: its cells (number formats first, then values, one range
 * write per block), then its caption and note, the Excel table itself with its temporary
 * name, and its conditional formats.
 */
import type { TablePlan } from "../../../report/plan";
import { sheetFor, STEP_OVERHEAD_BYTES, type BuildScope, type WriteStep } from "./buildScope";
import { blockBytes, tableBlocks, textBlock, type CellBlock } from "./cellBlocks";
import { queueHighlight } from "./highlightRules";
import { applyFont, CAPTION_FONT, TABLE_NOTE_FONT, TABLE_STYLE, type FontSettings } from "./textFonts";

/** One request carries at most about this much cell data from a single table. */
export const TABLE_SLICE_BYTES = 1_000_000;

export function queueCells(sheet: Excel.Worksheet, block: CellBlock, font?: FontSettings): void {
  const range = sheet.getRangeByIndexes(block.row, block.col, block.values.length, block.values[0].length);
  range.numberFormat = block.formats;
  range.values = block.values;
  if (font) applyFont(range, font);
}

function finishTable(sheetName: string, table: TablePlan): WriteStep {
  const caption = textBlock(table.at.row - 1, table.at.col, table.caption);
  const note =
    table.note === undefined ? null : textBlock(table.at.row + table.rows.length + 1, table.at.col, table.note);
  return {
    bytes:
      STEP_OVERHEAD_BYTES * (2 + table.highlights.length * 2) + blockBytes(caption) + (note ? blockBytes(note) : 0),
    queue(scope: BuildScope) {
      const sheet = sheetFor(scope, sheetName);
      queueCells(sheet, caption, CAPTION_FONT);
      if (note) queueCells(sheet, note, TABLE_NOTE_FONT);
      if (table.rows.length === 0) {
        // An Excel table needs a body row, which would land on the note: leave the headers as plain bold cells.
        sheet.getRangeByIndexes(table.at.row, table.at.col, 1, table.columns.length).format.font.bold = true;
        return;
      }
      const range = sheet.getRangeByIndexes(table.at.row, table.at.col, table.rows.length + 1, table.columns.length);
      const excelTable = sheet.tables.add(range, true);
      const names = scope.placement.tables.get(table.name);
      excelTable.name = names?.tempName ?? table.name;
      excelTable.style = TABLE_STYLE;
      excelTable.showBandedRows = true;
      scope.tables.push({ table: excelTable, finalName: names?.finalName ?? table.name });
      table.highlights.forEach((rule) => queueHighlight(sheet, table, rule));
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
