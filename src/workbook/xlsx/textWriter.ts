/** A TextPlan: one cell of styled text, written by the shared rules (src/workbook/excel). */
import type { Cell, Worksheet } from "exceljs";
import type { TextPlan } from "../../report/plan";
import type { CellEntry } from "../excel/cellText";
import { textEntry } from "../excel/cellText";
import { TEXT_FONTS, TEXT_INDENT, wrapLook, type FontLook } from "../excel/textLook";
import { excelFont } from "./textStyles";

/**
 * A plain string value is stored as a string cell, never a formula, even if it
 * starts with "="; the "@" format keeps it text if someone later edits the cell.
 * ExcelJS has no quote prefix, and a string cell needs none (see CellEntry.markAsText).
 */
export function writeEntry(cell: Cell, entry: CellEntry, font?: FontLook): void {
  cell.value = entry.value;
  cell.numFmt = entry.format;
  if (font) cell.font = excelFont(font);
}

export function writeText(sheet: Worksheet, text: TextPlan): void {
  const row = text.at.row + 1;
  const col = text.at.col + 1;
  const cell = sheet.getCell(row, col);
  writeEntry(cell, textEntry(text.text), TEXT_FONTS[text.style]);
  const indent = TEXT_INDENT[text.style];
  const wrap = wrapLook(text);
  if (indent || wrap) {
    cell.alignment = { ...(indent ? { indent } : {}), ...(wrap ? { wrapText: true, vertical: "top" as const } : {}) };
  }
  if (wrap) {
    if (wrap.merge) sheet.mergeCells(row, col, row, col + wrap.columns - 1);
    sheet.getRow(row).height = wrap.rowHeight;
  }
}
